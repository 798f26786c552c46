"""The VAT report for a period (see ledgerpost.domain.vat_report), and the journal's own VAT
figures it must equal."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal

from ledgerpost.domain import accounts
from ledgerpost.domain.documents import Document, DocumentState
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.vat_report import VAT_TYPES, VatReport, counts_in, vat_report
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import journal_repository as journal_repo

CHUNK = 500


def _posted_ids(ledger: Ledger, start: dt.date, end: dt.date) -> tuple[list[int], set[str]]:
    ids: list[int] = []
    currencies: set[str] = set()
    for doc_type in sorted(VAT_TYPES):
        flt = DocumentFilter(type=doc_type, dates=(start, end), state=DocumentState.POSTED)
        for summary in ledger.documents(flt, newest_first=False):
            ids.append(summary.id)
            currencies.add(summary.currency)
    return ids, currencies


def report(
    ledger: Ledger, start: dt.date, end: dt.date, currency: str | None = None
) -> tuple[VatReport, tuple[str, ...]]:
    """The report in ``currency`` (the company's by default), and the other currencies that
    have VAT documents in the period (each makes a report of its own)."""
    if end < start:
        raise LedgerError.of("period-reversed", "", start=start.isoformat(), end=end.isoformat())
    company = ledger.require_company().currency
    currency = currency or company
    ids, _currencies = _posted_ids(ledger, start, end)
    documents: list[Document] = []
    for at in range(0, len(ids), CHUNK):
        documents += ledger.documents_by_id(ids[at : at + CHUNK]).values()
    # Documents in another currency with a rate are in the company's report, converted.
    others = tuple(sorted({d.currency for d in documents if not counts_in(d, currency, company)}))
    return vat_report(documents, start, end, currency, company), others


@dataclass(frozen=True, slots=True)
class JournalVat:
    output_vat: Decimal
    input_vat: Decimal


def journal_vat(ledger: Ledger, start: dt.date, end: dt.date, currency: str) -> JournalVat:
    """The VAT accounts' movements in the period, as the journal has them."""
    with ledger.db.read() as s:
        out_debit, out_credit = journal_repo.account_movement(
            s, accounts.OUTPUT_VAT, currency, start, end
        )
        in_debit, in_credit = journal_repo.account_movement(
            s, accounts.INPUT_VAT, currency, start, end
        )
    return JournalVat(out_credit - out_debit, in_debit - in_credit)


def print_vat_report(ledger: Ledger, found: VatReport, language: str | None = None) -> bytes:
    """The report as a PDF in ``language`` (the company's by default)."""
    from ledgerpost.documents.layout import Letterhead  # reportlab: only when printing
    from ledgerpost.documents.vat_report_pdf import render_vat_report
    from ledgerpost.services.printing import company_logo

    company = ledger.require_company()
    head = Letterhead(company, company_logo(ledger))
    return render_vat_report(found, head, language=language or company.language)


def as_rows(found: VatReport) -> list[dict[str, str]]:
    """One row per document per rate (every figure traceable), for CSV and JSON."""
    rows = []
    for side, lines in (("output", found.output), ("input", found.input)):
        for line in lines:
            for d in line.documents:
                rows.append(
                    {
                        "side": side,
                        "rate": str(line.rate),
                        "date": d.date.isoformat(),
                        "type": d.type.value,
                        "document": d.number,
                        "document_id": str(d.document_id),
                        "party": d.party,
                        "net": str(d.net),
                        "vat": str(d.vat),
                        "currency": found.currency,
                    }
                )
    return rows


CSV_FIELDS = ("side", "rate", "date", "type", "document", "document_id", "party", "net", "vat",
              "currency")  # fmt: skip


def as_csv(found: VatReport) -> str:
    """The report's rows (:func:`as_rows`) as CSV text with a header line."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(as_rows(found))
    return out.getvalue()

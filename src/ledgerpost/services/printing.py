"""Print copies as the user asks for them: a document's PDF, a statement, an employee report.

A posted document's copy is rendered the first time it is printed or mailed and stored with
its sha256; every later print and mail gets those same bytes, whatever changed in the company
settings since. For a customer taking Factur-X it is a PDF/A-3 with the e-invoice's XML inside
(see ``services.einvoice_copies``). The stored copy is in the party's language. A print in
another language (``language=``) and a draft's print are rendered fresh and never stored; a
draft carries a DRAFT mark.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
from dataclasses import dataclass

from ledgerpost.documents.document_pdf import print_language, render_document
from ledgerpost.documents.file_names import document_file_name, period_file_name
from ledgerpost.documents.layout import Letterhead
from ledgerpost.documents.open_items_pdf import render_open_items
from ledgerpost.documents.report_pdf import (
    employee_report,
    render_employee_report,
    render_statement,
)
from ledgerpost.domain.accounts import Role
from ledgerpost.domain.documents import Document, DocumentType, PaymentMethod, document_language
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.parties import LANGUAGES, Party, PartyKind
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.templates import EMPLOYEE_REPORT, STATEMENT_FORMS
from ledgerpost.i18n.translate import translator
from ledgerpost.services import settings
from ledgerpost.services.einvoice_copies import facturx_archive, remember_check, wants_facturx
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.receivables import open_items_statement
from ledgerpost.storage import chart_repository
from ledgerpost.storage.print_copies import add_print_copy, get_print_copy


@dataclass(frozen=True, slots=True)
class PrintCopy:
    """PDF bytes with their file name; ``stored`` when these are the document's kept copy."""

    pdf: bytes
    file_name: str
    language: str
    stored: bool = False
    draft: bool = False
    einvoice_problems: tuple[Problem, ...] = ()
    """Why a copy that should be Factur-X is a plain PDF (only when it was just stored)."""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()


def company_logo(ledger: Ledger) -> bytes | None:
    """The logo from the settings (already checked when it was saved), or None."""
    stored = settings.get(ledger, "company.logo")
    if not stored:
        return None
    try:
        return base64.b64decode(str(stored), validate=True)
    except (binascii.Error, ValueError):
        return None


def _check_language(language: str | None) -> None:
    if language is not None and language not in LANGUAGES:
        raise LedgerError.of(
            "print-language", "", language=language, languages=", ".join(LANGUAGES)
        )


def print_document(
    ledger: Ledger, document_id: int, *, language: str | None = None, logo: bytes | None = None
) -> PrintCopy:
    """The print copy of a document: the stored one when there is (or now should be) one."""
    _check_language(language)
    with ledger.db.read() as session:
        kept = get_print_copy(session, document_id)
    if kept is not None and language in (None, kept.language):
        return PrintCopy(kept.pdf, kept.file_name, kept.language, stored=True)
    document = ledger.document(document_id)
    party = ledger.party(document.party_id)
    usual = document_language(document, party)
    chosen = language or usual
    logo = logo if logo is not None else company_logo(ledger)
    to_store = document.is_posted and kept is None and chosen == usual
    facturx = (
        facturx_archive(ledger, document, party, chosen)
        if to_store and wants_facturx(document, party)
        else None
    )
    archive = facturx.archive if facturx is not None else None
    head = Letterhead(ledger.require_company(), logo)
    if document.type is DocumentType.REMINDER:
        from ledgerpost.services.reminder_copy import render_reminder_copy

        pdf = render_reminder_copy(ledger, document, party, head, chosen)
    else:
        pdf = render_document(
            document,
            party,
            head,
            language=chosen,
            archival=archive is not None,
            archive=archive,
            bank_account=_bank_account_label(ledger, document),
        )
    name = document_file_name(document, chosen)
    if not document.is_posted:
        return PrintCopy(pdf, name, chosen, draft=True)
    if not to_store:
        return PrintCopy(pdf, name, chosen)
    with ledger.db.write() as session:
        kept = add_print_copy(session, document_id, pdf, name, chosen)
    problems: tuple[Problem, ...] = ()
    if facturx is not None:
        problems = facturx.problems
        if kept.pdf == pdf:
            remember_check(pdf, facturx)
    return PrintCopy(
        kept.pdf, kept.file_name, kept.language, stored=True, einvoice_problems=problems
    )


def _bank_account_label(ledger: Ledger, document: Document) -> str:
    """ "1010 Savings bank" for a receipt or payment by bank or card; empty for the rest."""
    if document.method is None or document.method is PaymentMethod.CASH:
        return ""
    with ledger.db.read() as session:
        chart = chart_repository.chart(session)
    default = next((a for a in chart.values() if a.role is Role.BANK), None)
    account = chart.get(document.bank_account) if document.bank_account else default
    return f"{account.code} {account.name}" if account is not None else document.bank_account


def find_document_id(ledger: Ledger, doc_type: DocumentType, number: str) -> int:
    """A posted document by its number, ``17``, or series and number, ``INV-17``."""
    series, _, digits = number.strip().rpartition("-")
    if not digits.isdigit():
        raise LedgerError.of("document-number", "", number=number)
    document = ledger.find_document(doc_type, int(digits), series or None)
    if document is None or document.id is None:
        raise LedgerError.of("document-not-found", "", type=doc_type, number=number)
    return document.id


def find_party(ledger: Ledger, key: str) -> Party:
    """A party by its id (``12``) or its code (``C0001``)."""
    key = key.strip()
    if key.isdigit():
        return ledger.party(int(key))
    matches = [p for p in ledger.parties(archived=True) if p.code.casefold() == key.casefold()]
    if not matches:
        raise LedgerError.of("party-unknown", "", party=key)
    return matches[0]


def _period_party(
    ledger: Ledger,
    party_id: int,
    start: dt.date,
    end: dt.date,
    language: str | None,
    kind: PartyKind,
    refusal: str,
) -> Party:
    """The party of a period report, after checking the language, the period and its kind."""
    _check_language(language)
    if end < start:
        raise LedgerError.of("period-reversed", "", start=start.isoformat(), end=end.isoformat())
    party = ledger.party(party_id)
    if party.kind is not kind:
        raise LedgerError.of(refusal, "", name=party.name)
    return party


def print_statement(
    ledger: Ledger,
    party_id: int,
    start: dt.date,
    end: dt.date,
    *,
    language: str | None = None,
    logo: bytes | None = None,
    form: str = "statement",
) -> PrintCopy:
    """A customer statement for ``start..end``, rendered fresh (reports are not stored).

    ``form="open-items"`` lists only the invoices and credits still open at ``end``, with their
    due dates, days overdue and open amounts, and the total open."""
    if form not in STATEMENT_FORMS:
        raise ValueError(f"{form!r} is no form of statement ({', '.join(STATEMENT_FORMS)})")
    party = _period_party(
        ledger,
        party_id,
        start,
        end,
        language,
        PartyKind.CUSTOMER,
        "statement-not-customer",
    )
    logo = logo if logo is not None else company_logo(ledger)
    chosen = print_language(party, language)
    head = Letterhead(ledger.require_company(), logo)
    if form == "open-items":
        pdf = render_open_items(
            open_items_statement(ledger, party, end), party, head, language=chosen
        )
        title = translator(chosen).gettext("Open items")
        return PrintCopy(pdf, period_file_name(title, party.name, start, end), chosen)
    statement = ledger.statement(party_id, start, end)
    pdf = render_statement(statement, party, head, language=chosen)
    title = translator(chosen).gettext("Customer statement")
    return PrintCopy(pdf, period_file_name(title, party.name, start, end), chosen)


def print_period_report(
    ledger: Ledger,
    report: str,
    party_id: int,
    start: dt.date,
    end: dt.date,
    *,
    language: str | None = None,
) -> PrintCopy:
    """The PDF a message about a period carries: ``report`` is ``statement``, ``open-items``
    or ``employee-report`` (domain.templates.PERIOD_REPORTS)."""
    if report == EMPLOYEE_REPORT:
        return print_employee_report(ledger, party_id, start, end, language=language)
    return print_statement(ledger, party_id, start, end, language=language, form=report)


def print_employee_report(
    ledger: Ledger,
    party_id: int,
    start: dt.date,
    end: dt.date,
    *,
    language: str | None = None,
    logo: bytes | None = None,
) -> PrintCopy:
    """The payments made to an employee over ``start..end``."""
    party = _period_party(
        ledger, party_id, start, end, language, PartyKind.EMPLOYEE, "report-not-employee"
    )
    logo = logo if logo is not None else company_logo(ledger)
    company = ledger.require_company()
    rows = ledger.documents(
        DocumentFilter(type=DocumentType.PAYMENT, party_id=party_id, dates=(start, end)),
        newest_first=False,
    )
    documents = [ledger.document(r.id) for r in rows if r.id is not None]
    report = employee_report(party_id, company.currency, start, end, documents)
    chosen = print_language(party, language)
    pdf = render_employee_report(report, party, Letterhead(company, logo), language=chosen)
    title = translator(chosen).gettext("Payments to employee")
    return PrintCopy(pdf, period_file_name(title, party.name, start, end), chosen)

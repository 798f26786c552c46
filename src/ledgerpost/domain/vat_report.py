"""The VAT report for a period: output VAT by rate, input VAT by rate, and the net due.

Every figure is traceable: each rate's line lists the posted documents that make it, with the
net and VAT each one put there. Sales invoices add output VAT, credit notes take it back;
purchase invoices add input VAT. Receipts, payments, quotations and letters carry no VAT in the
books (their journal entries have no VAT line), so they are not in the report. A report is in
one currency: documents in another make a report of their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from ledgerpost.domain.documents import Document, DocumentType
from ledgerpost.domain.exchange import to_company

OUTPUT_SIGN: dict[DocumentType, int] = {DocumentType.INVOICE: 1, DocumentType.CREDIT_NOTE: -1}
INPUT_SIGN: dict[DocumentType, int] = {DocumentType.PURCHASE_INVOICE: 1}
VAT_TYPES: frozenset[DocumentType] = frozenset(OUTPUT_SIGN) | frozenset(INPUT_SIGN)


@dataclass(frozen=True, slots=True)
class VatDocument:
    """What one document puts on one rate's line (negative for a credit note)."""

    document_id: int
    type: DocumentType
    number: str
    date: dt.date
    party: str
    net: Decimal
    vat: Decimal


@dataclass(frozen=True, slots=True)
class VatRateLine:
    rate: Decimal
    net: Decimal
    vat: Decimal
    documents: tuple[VatDocument, ...]


@dataclass(frozen=True, slots=True)
class VatReport:
    start: dt.date
    end: dt.date
    currency: str
    output: tuple[VatRateLine, ...]
    input: tuple[VatRateLine, ...]

    @property
    def output_vat(self) -> Decimal:
        return sum((line.vat for line in self.output), Decimal(0))

    @property
    def input_vat(self) -> Decimal:
        return sum((line.vat for line in self.input), Decimal(0))

    @property
    def net_due(self) -> Decimal:
        """What the company owes the tax office for the period (negative: a refund due)."""
        return self.output_vat - self.input_vat

    @property
    def document_count(self) -> int:
        return len({d.document_id for line in (*self.output, *self.input) for d in line.documents})


def vat_report(
    documents: Iterable[Document],
    start: dt.date,
    end: dt.date,
    currency: str,
    company_currency: str = "",
) -> VatReport:
    """The report over the posted ``documents`` in ``currency`` dated ``start``..``end``; in
    ``company_currency``, documents in another currency with a rate count too, converted as
    their journal entry was."""
    output: dict[Decimal, list[VatDocument]] = {}
    purchases: dict[Decimal, list[VatDocument]] = {}
    for document in documents:
        if (
            not document.is_posted
            or not counts_in(document, currency, company_currency)
            or not start <= document.date <= end
            or document.type not in VAT_TYPES
            or document.id is None
        ):
            continue
        sign = OUTPUT_SIGN.get(document.type) or INPUT_SIGN[document.type]
        side = output if document.type in OUTPUT_SIGN else purchases
        for rate, net, vat in _by_rate(document, currency):
            side.setdefault(rate, []).append(
                VatDocument(
                    document.id,
                    document.type,
                    document.display_number,
                    document.date,
                    document.party_name,
                    sign * net,
                    sign * vat,
                )
            )
    return VatReport(start, end, currency, _lines(output), _lines(purchases))


def counts_in(document: Document, currency: str, company_currency: str = "") -> bool:
    """Whether ``document`` is in the report in ``currency``: its own, or the company's when it
    has a rate to it."""
    if document.currency == currency:
        return True
    return currency == company_currency and document.rate is not None


def _by_rate(document: Document, currency: str) -> list[tuple[Decimal, Decimal, Decimal]]:
    """(rate, net, VAT) per VAT rate in ``currency``. Converted, the VAT total and the net
    total are the journal's (VAT at the rate, net the converted gross less it); the last VAT
    rate takes what rounding the others leaves."""
    by_rate = document.totals.by_rate
    if document.currency == currency or document.rate is None:
        return [(s.rate, s.net, s.vat) for s in by_rate]
    rate = document.rate
    vat_total = to_company(document.totals.vat, rate, currency)
    net_total = to_company(document.totals.gross, rate, currency) - vat_total
    found = []
    net_left, vat_left = net_total, vat_total
    for index, summary in enumerate(by_rate):
        if index == len(by_rate) - 1:
            net, vat = net_left, vat_left
        else:
            net = to_company(summary.net, rate, currency)
            vat = to_company(summary.vat, rate, currency)
        net_left, vat_left = net_left - net, vat_left - vat
        found.append((summary.rate, net, vat))
    return found


def _lines(by_rate: dict[Decimal, list[VatDocument]]) -> tuple[VatRateLine, ...]:
    lines = []
    for rate in sorted(by_rate, reverse=True):
        made = sorted(by_rate[rate], key=lambda d: (d.date, d.document_id))
        lines.append(
            VatRateLine(
                rate,
                sum((d.net for d in made), Decimal(0)),
                sum((d.vat for d in made), Decimal(0)),
                tuple(made),
            )
        )
    return tuple(lines)

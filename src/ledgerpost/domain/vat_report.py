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
    documents: Iterable[Document], start: dt.date, end: dt.date, currency: str
) -> VatReport:
    """The report over the posted ``documents`` in ``currency`` dated ``start``..``end``."""
    output: dict[Decimal, list[VatDocument]] = {}
    purchases: dict[Decimal, list[VatDocument]] = {}
    for document in documents:
        if (
            not document.is_posted
            or document.currency != currency
            or not start <= document.date <= end
            or document.type not in VAT_TYPES
            or document.id is None
        ):
            continue
        sign = OUTPUT_SIGN.get(document.type) or INPUT_SIGN[document.type]
        side = output if document.type in OUTPUT_SIGN else purchases
        for summary in document.totals.by_rate:
            side.setdefault(summary.rate, []).append(
                VatDocument(
                    document.id,
                    document.type,
                    document.display_number,
                    document.date,
                    document.party_name,
                    sign * summary.net,
                    sign * summary.vat,
                )
            )
    return VatReport(start, end, currency, _lines(output), _lines(purchases))


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

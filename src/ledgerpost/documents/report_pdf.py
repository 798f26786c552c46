"""The two reports a bookkeeper mails: a customer statement and a per-employee payment report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ledgerpost.documents.blocks import Column, column_table, letterhead, money, party_block
from ledgerpost.documents.blocks import totals_block as totals
from ledgerpost.documents.document_pdf import document_title, print_language
from ledgerpost.documents.layout import Letterhead, Sheet
from ledgerpost.domain.documents import Document, DocumentType
from ledgerpost.domain.parties import Party
from ledgerpost.domain.statement import Statement


@dataclass(frozen=True, slots=True)
class EmployeePayment:
    date: dt.date
    number: str
    description: str
    amount: Decimal


@dataclass(frozen=True, slots=True)
class EmployeeReport:
    """Payments made to one employee over a period."""

    party_id: int
    currency: str
    start: dt.date
    end: dt.date
    payments: tuple[EmployeePayment, ...]

    @property
    def total(self) -> Decimal:
        return sum((p.amount for p in self.payments), Decimal(0))


def employee_report(
    party_id: int, currency: str, start: dt.date, end: dt.date, documents: Iterable[Document]
) -> EmployeeReport:
    """The posted payment vouchers to ``party_id`` in ``currency`` dated ``start..end``."""
    chosen = sorted(
        (
            d
            for d in documents
            if d.type is DocumentType.PAYMENT
            and d.is_posted
            and d.party_id == party_id
            and d.currency == currency
            and start <= d.date <= end
        ),
        key=lambda d: (d.date, d.number or 0),
    )
    payments = tuple(
        EmployeePayment(
            d.date,
            d.display_number,
            "; ".join(line.description for line in d.lines),
            d.totals.gross,
        )
        for d in chosen
    )
    return EmployeeReport(party_id, currency, start, end, payments)


def _period(sheet: Sheet, start: dt.date, end: dt.date) -> str:
    return sheet._("{start} – {end}").format(start=sheet.t.date(start), end=sheet.t.date(end))


def render_statement(
    statement: Statement, party: Party, head: Letterhead, *, language: str | None = None
) -> bytes:
    """Opening balance, the period's documents and payments, and the closing balance."""
    sheet = Sheet(print_language(party, language), head)
    t, currency = sheet.t, statement.currency
    title = sheet._("Customer statement")
    facts = [
        (sheet._("Period"), _period(sheet, statement.start, statement.end)),
        (sheet._("Currency"), currency),
    ]
    columns = [
        Column(sheet._("Date"), 22),
        Column(sheet._("Document"), 48),
        Column(sheet._("Charged"), 24, "end"),
        Column(sheet._("Paid or credited"), 24, "end"),
        Column(sheet._("Balance"), 24, "end"),
    ]
    rows = [["", sheet._("Opening balance"), "", "", t.amount(statement.opening, currency)]]
    for line in statement.lines:
        rows.append(
            [
                t.date(line.date),
                f"{document_title(t, line.document_type)} {line.reference}",
                t.amount(line.debit, currency) if line.debit else "",
                t.amount(line.credit, currency) if line.credit else "",
                t.amount(line.balance, currency),
            ]
        )
    rows.append(["", sheet._("Closing balance"), "", "", t.amount(statement.closing, currency)])
    summary = [
        (sheet._("Opening balance"), money(sheet, statement.opening, currency)),
        (sheet._("Charged"), money(sheet, statement.charged, currency)),
        (sheet._("Paid or credited"), money(sheet, statement.paid, currency)),
        (sheet._("Closing balance"), money(sheet, statement.closing, currency)),
    ]
    story: list[Flowable] = [letterhead(sheet, title, facts)]
    story += party_block(sheet, sheet._("Customer"), party)
    story += [
        column_table(sheet, columns, rows, bold_rows=frozenset({0, len(rows) - 1})),
        Spacer(1, 5 * mm),
        totals(sheet, summary),
    ]
    return sheet.build(
        story, title=f"{title} {party.name}", running_head=f"{title} · {party.name}", draft=False
    )


def render_employee_report(
    report: EmployeeReport, party: Party, head: Letterhead, *, language: str | None = None
) -> bytes:
    sheet = Sheet(print_language(party, language), head)
    t, currency = sheet.t, report.currency
    title = sheet._("Payments to employee")
    facts = [
        (sheet._("Period"), _period(sheet, report.start, report.end)),
        (sheet._("Currency"), currency),
    ]
    columns = [
        Column(sheet._("Date"), 22),
        Column(sheet._("Number"), 18),
        Column(sheet._("Description"), 70, content=True),
        Column(sheet._("Amount"), 24, "end"),
    ]
    rows = [
        [t.date(p.date), p.number, p.description, t.amount(p.amount, currency)]
        for p in report.payments
    ]
    story: list[Flowable] = [letterhead(sheet, title, facts)]
    story += party_block(sheet, sheet._("Employee"), party)
    if rows:
        story.append(column_table(sheet, columns, rows))
    else:
        story.append(sheet.text(sheet._("No payments in this period."), size=9))
    story += [
        Spacer(1, 5 * mm),
        totals(sheet, [(sheet._("Total paid"), money(sheet, report.total, currency))]),
    ]
    return sheet.build(
        story, title=f"{title} {party.name}", running_head=f"{title} · {party.name}", draft=False
    )

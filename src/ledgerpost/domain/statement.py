"""Customer statements: opening balance, the period's documents and payments, closing balance."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.money import round_money

RECEIVABLE_SIGN: dict[DocumentType, int] = {
    DocumentType.INVOICE: 1,
    DocumentType.CREDIT_NOTE: -1,
    DocumentType.RECEIPT: -1,
}
"""How each posted document moves what a customer owes."""


@dataclass(frozen=True, slots=True)
class Movement:
    """One posted document's effect on what the party owes (positive: they owe more)."""

    date: date
    document_type: DocumentType
    reference: str
    amount: Decimal
    document_id: int | None = None


@dataclass(frozen=True, slots=True)
class StatementLine:
    date: date
    document_type: DocumentType
    reference: str
    debit: Decimal
    credit: Decimal
    balance: Decimal


@dataclass(frozen=True, slots=True)
class Statement:
    party_id: int
    party_name: str
    currency: str
    start: date
    end: date
    opening: Decimal
    lines: tuple[StatementLine, ...]
    closing: Decimal

    @property
    def charged(self) -> Decimal:
        return sum((line.debit for line in self.lines), Decimal(0))

    @property
    def paid(self) -> Decimal:
        return sum((line.credit for line in self.lines), Decimal(0))


def build_statement(
    party_id: int,
    party_name: str,
    currency: str,
    start: date,
    end: date,
    movements: Iterable[Movement],
    opening: Decimal = Decimal(0),
) -> Statement:
    """``opening`` plus every movement before ``start`` makes the opening balance;
    ``start..end`` is listed."""
    if end < start:
        raise ValueError(f"statement period ends ({end}) before it starts ({start})")
    in_period: list[Movement] = []
    for movement in movements:
        if movement.date < start:
            opening += movement.amount
        elif movement.date <= end:
            in_period.append(movement)
    opening = round_money(opening, currency)
    in_period.sort(key=lambda m: (m.date, m.document_id or 0))
    balance = opening
    lines = []
    for m in in_period:
        balance += m.amount
        lines.append(
            StatementLine(
                m.date,
                m.document_type,
                m.reference,
                debit=m.amount if m.amount > 0 else Decimal(0),
                credit=-m.amount if m.amount < 0 else Decimal(0),
                balance=balance,
            )
        )
    return Statement(
        party_id, party_name, currency, start, end, opening, tuple(lines), closing=balance
    )

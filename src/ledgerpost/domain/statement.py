"""Customer statements: opening balance, the period's documents and payments, closing balance;
or, in the open-items form, only what is still open at a date."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.money import round_money
from ledgerpost.domain.open_items import OpenItem, Side

RECEIVABLE_SIGN: dict[DocumentType, int] = {
    DocumentType.INVOICE: 1,
    DocumentType.CREDIT_NOTE: -1,
    DocumentType.RECEIPT: -1,
    DocumentType.REMINDER: 1,  # its fee; a reminder without one moves nothing
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


@dataclass(frozen=True, slots=True)
class OpenItemsStatement:
    """A customer statement in its open-items form: what is still open at ``as_of``, by due
    date (money on account last, negative), and the total open per currency."""

    party_id: int
    party_name: str
    currency: str
    """The company's: the total's currency while nothing is open."""
    as_of: date
    items: tuple[OpenItem, ...]

    @property
    def totals(self) -> tuple[tuple[str, Decimal], ...]:
        """The total open in each currency, in the order the items first name it."""
        sums: dict[str, Decimal] = {}
        for item in self.items:
            sums[item.currency] = sums.get(item.currency, Decimal(0)) + item.open
        return tuple(sums.items()) or ((self.currency, Decimal(0)),)


def open_items_statement(
    party_id: int, party_name: str, currency: str, as_of: date, items: Iterable[OpenItem]
) -> OpenItemsStatement:
    """The party's receivable open items at ``as_of``: invoices by due date, then credit notes
    and receipts not yet allocated in full."""
    chosen = [
        i
        for i in items
        if i.party_id == party_id and i.side is Side.RECEIVABLE and i.open and i.date <= as_of
    ]
    chosen.sort(key=lambda i: (i.is_credit, i.due_date, i.date, i.document_id))
    return OpenItemsStatement(party_id, party_name, currency, as_of, tuple(chosen))

"""Open items per party at a date, and their ageing by days overdue.

An open item is an invoice (or a payment reminder's fee) with something left to pay, or money on
account: a receipt, payment or credit note not yet allocated in full (its ``open`` is negative:
it lowers what is owed). The sum of a party's open items is its balance on the receivables
(payables) account at that date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from ledgerpost.domain.documents import SETTLED, DocumentType


class Side(StrEnum):
    RECEIVABLE = "receivable"  # customers owe us
    PAYABLE = "payable"  # we owe suppliers


SIDE_OF: dict[DocumentType, Side] = {
    DocumentType.INVOICE: Side.RECEIVABLE,
    DocumentType.CREDIT_NOTE: Side.RECEIVABLE,
    DocumentType.RECEIPT: Side.RECEIVABLE,
    DocumentType.REMINDER: Side.RECEIVABLE,  # its fee, when it charged one
    DocumentType.PURCHASE_INVOICE: Side.PAYABLE,
    DocumentType.PAYMENT: Side.PAYABLE,
}


@dataclass(frozen=True, slots=True)
class OpenItem:
    """One document with an amount still open at ``as_of``; negative for money on account."""

    document_id: int
    type: DocumentType
    number: str
    party_id: int
    party: str
    date: dt.date
    due_date: dt.date
    currency: str
    total: Decimal
    open: Decimal
    as_of: dt.date
    reminder_level: int = 0
    """The highest level of payment reminder sent for it by ``as_of`` (0: none)."""
    reminded_on: dt.date | None = None
    """The day of that reminder's run."""
    paid_since_reminder: Decimal = Decimal(0)
    """What was paid of it by allocations dated after that reminder, up to ``as_of``."""

    @property
    def side(self) -> Side:
        return SIDE_OF[self.type]

    @property
    def is_credit(self) -> bool:
        """Money on account rather than an invoice to pay."""
        return self.type not in SETTLED

    @property
    def days_overdue(self) -> int:
        """Days past the due date at ``as_of``; 0 when not due yet or on account."""
        if self.is_credit:
            return 0
        return max(0, (self.as_of - self.due_date).days)


BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("current", 0, 0),
    ("1-30", 1, 30),
    ("31-60", 31, 60),
    ("61-90", 61, 90),
    ("over-90", 91, None),
)
"""Ageing columns by days overdue (inclusive); money on account has a column of its own."""
ON_ACCOUNT = "on-account"
COLUMNS = (*(name for name, _low, _high in BUCKETS), ON_ACCOUNT)


def bucket_of(item: OpenItem) -> str:
    if item.is_credit:
        return ON_ACCOUNT
    days = item.days_overdue
    for name, low, high in BUCKETS:
        if low <= days and (high is None or days <= high):
            return name
    raise AssertionError(days)  # the last bucket has no end


@dataclass(frozen=True, slots=True)
class AgeingRow:
    """One party's open amounts by column, and their total (its balance)."""

    party_id: int | None
    party: str
    side: Side
    currency: str
    amounts: tuple[Decimal, ...] = field(default=())

    def amount(self, column: str) -> Decimal:
        return self.amounts[COLUMNS.index(column)]

    @property
    def total(self) -> Decimal:
        return sum(self.amounts, Decimal(0))


@dataclass(frozen=True, slots=True)
class Ageing:
    as_of: dt.date
    rows: tuple[AgeingRow, ...]
    totals: tuple[AgeingRow, ...]
    """One total row per side and currency."""


@dataclass(frozen=True, slots=True)
class AgeingSum:
    """What a party has open in one ageing column (negative on account)."""

    party_id: int
    party: str
    side: Side
    currency: str
    column: str
    amount: Decimal


def ageing(items: Iterable[OpenItem], as_of: dt.date) -> Ageing:
    """Sum ``items`` per party (side, currency) and per column, and per side in total."""
    return ageing_of_sums(
        (AgeingSum(i.party_id, i.party, i.side, i.currency, bucket_of(i), i.open) for i in items),
        as_of,
    )


def ageing_of_sums(sums: Iterable[AgeingSum], as_of: dt.date) -> Ageing:
    """The report from sums per party and column (as a grouped query gives them)."""
    per_party: dict[tuple[Side, str, int], tuple[str, list[Decimal]]] = {}
    per_side: dict[tuple[Side, str], list[Decimal]] = {}
    for found in sums:
        index = COLUMNS.index(found.column)
        key = (found.side, found.currency, found.party_id)
        _name, amounts = per_party.setdefault(key, (found.party, [Decimal(0)] * len(COLUMNS)))
        amounts[index] += found.amount
        side = per_side.setdefault((found.side, found.currency), [Decimal(0)] * len(COLUMNS))
        side[index] += found.amount
    order = list(Side)  # customers first
    rows = tuple(
        AgeingRow(party_id, name, side, currency, tuple(amounts))
        for (side, currency, party_id), (name, amounts) in sorted(
            per_party.items(),
            key=lambda kv: (order.index(kv[0][0]), kv[0][1], kv[1][0].casefold(), kv[0][2]),
        )
        if any(amounts)
    )
    shown = {(row.side, row.currency) for row in rows}
    # A side's total only beside its parties: documents that net out to nothing (an invoice
    # paid in full) are summed by the database but are no one's open items.
    totals = tuple(
        AgeingRow(None, "", side, currency, tuple(amounts))
        for (side, currency), amounts in sorted(
            per_side.items(), key=lambda kv: (order.index(kv[0][0]), kv[0][1])
        )
        if (side, currency) in shown
    )
    return Ageing(as_of, rows, totals)

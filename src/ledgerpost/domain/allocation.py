"""Matching money to invoices: allocations, what is left open, and each invoice's paid state.

A receipt settles sales invoices and reminder fees, a credit note sales invoices, a payment
settles purchase invoices. An allocation is a row of its own: from one posted document to
another, an amount, a date; undone by reversing it, never by changing a posted document. In
the company's currency it posts no journal entry: the receipt already moved the receivables,
allocation only matches within the party's sub-ledger. Between documents in another currency it
books the exchange difference of their rates (``services.exchange_differences``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from ledgerpost.domain.documents import SETTLED, SETTLES, DocumentType
from ledgerpost.domain.problems import Problem


class PaidState(StrEnum):
    """Where an invoice stands with its payment, on a given day."""

    OPEN = "open"  # nothing of it paid, not due yet
    PARTLY = "partly"  # part of it paid, not due yet
    PAID = "paid"  # nothing left open
    OVERDUE = "overdue"  # something left open after its due date


@dataclass(frozen=True, slots=True)
class Settleable:
    """What allocation needs of one posted document: its total and how much is matched."""

    id: int
    type: DocumentType
    number: str
    party_id: int
    date: dt.date
    currency: str
    total: Decimal
    allocated: Decimal
    due_date: dt.date | None = None
    freed_on: dt.date | None = None
    """The latest day one of its allocations was reversed: what is left now is free only from
    then (an allocation dated earlier would overlap the one reversed, and settle twice)."""

    @property
    def earliest(self) -> dt.date:
        """The first day an allocation of what is left now may be dated."""
        return self.date if self.freed_on is None else max(self.date, self.freed_on)

    @property
    def left(self) -> Decimal:
        """Open on an invoice; not yet allocated on a receipt, payment or credit note."""
        return self.total - self.allocated


@dataclass(frozen=True, slots=True)
class Allocation:
    """``amount`` of document ``source_id`` settles document ``target_id`` from ``date``."""

    source_id: int
    target_id: int
    amount: Decimal
    date: dt.date
    id: int | None = None
    reversed_on: dt.date | None = None

    def active_on(self, day: dt.date) -> bool:
        return self.date <= day and (self.reversed_on is None or self.reversed_on > day)


@dataclass(frozen=True, slots=True)
class AllocationRequest:
    """Settle the invoice numbered ``number`` (``INV-7``) by ``amount`` (None: all it can)."""

    number: str
    amount: Decimal | None = None


def due_date_of(date: dt.date, due_date: dt.date | None, terms_days: int) -> dt.date:
    """The document's own due date, else its date plus the company's payment terms."""
    return due_date if due_date is not None else date + dt.timedelta(days=terms_days)


def paid_state(total: Decimal, open_amount: Decimal, due: dt.date, today: dt.date) -> PaidState:
    if open_amount <= 0:
        return PaidState.PAID
    if due < today:
        return PaidState.OVERDUE
    return PaidState.OPEN if open_amount >= total else PaidState.PARTLY


def allocation_problems(
    source: Settleable, target: Settleable, amount: Decimal, day: dt.date
) -> list[Problem]:
    """Every reason ``amount`` of ``source`` cannot settle ``target`` on ``day``."""
    where = target.number or str(target.id)
    if target.type not in SETTLES.get(source.type, frozenset()):
        return [
            Problem.of("allocation-type", where, source=source.type.value, target=target.type.value)
        ]
    problems = []
    if source.party_id != target.party_id:
        problems.append(Problem.of("allocation-party", where, number=source.number))
    if source.currency != target.currency:
        problems.append(
            Problem.of("allocation-currency", where, source=source.currency, target=target.currency)
        )
    if amount <= 0:
        problems.append(Problem.of("allocation-amount", where))
    if amount > target.left:
        problems.append(Problem.of("allocation-beyond-open", where, open=target.left))
    if amount > source.left:
        problems.append(
            Problem.of("allocation-beyond-left", where, number=source.number, left=source.left)
        )
    if day < first_day(source, target):
        problems.append(Problem.of("allocation-date", where, date=first_day(source, target)))
    return problems


def oldest_first(left: Decimal, targets: Iterable[Settleable]) -> list[tuple[Settleable, Decimal]]:
    """Spread ``left`` over ``targets`` oldest (by due date, then date) first."""
    plan = []
    ordered = sorted(targets, key=lambda t: (t.due_date or t.date, t.date, t.id))
    for target in ordered:
        if left <= 0:
            break
        amount = min(left, target.left)
        if amount > 0:
            plan.append((target, amount))
            left -= amount
    return plan


def plan_allocations(
    source: Settleable,
    requests: Sequence[AllocationRequest] | None,
    candidates: Sequence[Settleable],
    day: dt.date | None = None,
) -> tuple[list[tuple[Settleable, Decimal]], list[Problem]]:
    """What ``source`` settles: ``requests`` as named (an amount of None takes what is left of
    either side), or oldest first among ``candidates`` when ``requests`` is None. ``day`` is the
    allocations' date (None: each takes the later of its two documents' dates)."""
    if requests is None:
        if day is not None and day < source.earliest:
            return [], [Problem.of("allocation-date", source.number, date=source.earliest)]
        # On a day of its own, only what existed (and was free) by then can be settled then.
        open_then = (c for c in candidates if c.left > 0 and (day is None or c.earliest <= day))
        return oldest_first(source.left, open_then), []
    by_number = {c.number.casefold(): c for c in candidates}
    plan: list[tuple[Settleable, Decimal]] = []
    problems: list[Problem] = []
    left = source.left
    taken: dict[int, Decimal] = {}
    for request in requests:
        target = by_number.get(request.number.strip().casefold())
        if target is None:
            problems.append(Problem.of("allocation-unknown", request.number))
            continue
        open_now = target.left - taken.get(target.id, Decimal(0))
        amount = min(left, open_now) if request.amount is None else request.amount
        on = day or first_day(source, target)
        problems += allocation_problems(
            _with_left(source, left), _with_left(target, open_now), amount, on
        )
        plan.append((target, amount))
        left -= amount
        taken[target.id] = taken.get(target.id, Decimal(0)) + amount
    return plan, problems


def first_day(source: Settleable, target: Settleable) -> dt.date:
    """The earliest date an allocation between the two may have."""
    return max(source.earliest, target.earliest)


def _with_left(doc: Settleable, left: Decimal) -> Settleable:
    return replace(doc, allocated=doc.total - left)


def is_settled(doc_type: DocumentType) -> bool:
    return doc_type in SETTLED


def check_allocations(
    documents: Iterable[tuple[int, Decimal, Decimal]], sums: dict[int, Decimal]
) -> list[Problem]:
    """Each document's kept allocated amount equals the sum of its active allocations, and is
    between zero and its total. ``documents`` are (id, total, kept) where kept is not zero."""
    problems = []
    seen = set()
    for doc_id, total, kept in documents:
        seen.add(doc_id)
        where = f"document {doc_id}"
        summed = sums.get(doc_id, Decimal(0))
        if kept != summed:
            problems.append(Problem.of("allocation-kept", where, kept=kept, total=summed))
        if not Decimal(0) <= kept <= total:
            problems.append(Problem.of("allocation-over", where, allocated=kept, total=total))
    for doc_id, summed in sorted(sums.items()):
        if doc_id not in seen and summed != 0:
            problems.append(
                Problem.of("allocation-kept", f"document {doc_id}", kept=Decimal(0), total=summed)
            )
    return problems

"""Allocation inside a write transaction: the domain decides, storage writes, under one lock.

Used by posting (a credit note settles its invoice) and by the payment use cases
(:mod:`ledgerpost.services.payments`); each caller holds the transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session

from ledgerpost.domain.allocation import (
    Allocation,
    AllocationRequest,
    Settleable,
    first_day,
    plan_allocations,
)
from ledgerpost.domain.documents import SETTLES, Document, DocumentType
from ledgerpost.domain.problems import Problem
from ledgerpost.services import exchange_differences
from ledgerpost.storage import allocation_repository as repo
from ledgerpost.storage import document_repository as document_repo


def hold(session: Session) -> None:
    """Take the allocation lock first, before any document row, in every allocating write."""
    repo.hold_allocations(session)


def _named(session: Session, source: Settleable, numbers: Sequence[str]) -> list[Settleable]:
    """The documents ``numbers`` name (``INV-7``, ``REM-3`` or ``7``), whether open or not; a
    bare number is looked for among the invoices first."""
    target_types = sorted(SETTLES[source.type], key=lambda t: t is not DocumentType.INVOICE)
    found = []
    for text in numbers:
        series, _, digits = text.strip().rpartition("-")
        if not digits.isdigit():
            continue
        for target_type in target_types:
            doc = document_repo.find_document(session, target_type, int(digits), series or None)
            if doc is not None and doc.id is not None and doc.is_posted:
                target = repo.settleable(session, doc.id)
                if target is not None:
                    found.append(target)
                    break
    return found


def _spelled(requests: Sequence[AllocationRequest], named: list[Settleable]) -> list[str]:
    """A request of ``7`` matches ``INV-7``: spell each one as the number it found."""
    by_digits = {t.number.rpartition("-")[2]: t.number for t in named}
    return [by_digits.get(r.number.strip(), r.number) for r in requests]


def allocate_in(
    session: Session,
    source_id: int,
    requests: Sequence[AllocationRequest] | None,
    day: dt.date | None = None,
) -> tuple[list[Allocation], list[Problem]]:
    """Allocate posted ``source_id`` to what ``requests`` name (None: the party's open
    documents, oldest first), dated ``day`` (default: the later of the two documents' dates).
    Writes nothing when there is a problem."""
    hold(session)
    source = repo.settleable(session, source_id)
    if source is None or source.type not in SETTLES:
        return [], [Problem.of("allocation-source", str(source_id))]
    if requests is None:
        candidates = [
            c
            for c in repo.open_documents(session, source.party_id, SETTLES[source.type])
            if c.currency == source.currency
        ]
    else:
        candidates = _named(session, source, [r.number for r in requests])
        spelled = _spelled(requests, candidates)
        requests = [
            AllocationRequest(number, r.amount) for number, r in zip(spelled, requests, strict=True)
        ]
    plan, problems = plan_allocations(source, requests, candidates, day)
    if problems:
        return [], problems
    made = []
    for target, amount in plan:
        allocation = Allocation(source.id, target.id, amount, day or first_day(source, target))
        made.append(repo.add_allocation(session, allocation, source.currency))
        exchange_differences.book(session, made[-1])
    return made, []


def settle_credited(session: Session, credit_note: Document) -> Allocation | None:
    """A posted credit note settles the invoice it corrects, as far as that is still open;
    the rest stays on account."""
    if credit_note.id is None or credit_note.credited_document_id is None:
        return None
    hold(session)
    source = repo.settleable(session, credit_note.id)
    target = repo.settleable(session, credit_note.credited_document_id)
    if source is None or target is None:
        return None
    amount = min(source.left, target.left)
    if amount <= 0:
        return None
    allocation = Allocation(source.id, target.id, amount, first_day(source, target))
    made = repo.add_allocation(session, allocation, source.currency)
    exchange_differences.book(session, made)
    return made


def reverse_in(session: Session, allocation_id: int, on: dt.date) -> Allocation:
    """Undo an allocation from ``on`` (never before it was made); both documents stay posted."""
    hold(session)
    allocation = repo.get_allocation(session, allocation_id)
    undone = repo.reverse_allocation(session, allocation_id, max(on, allocation.date))
    exchange_differences.unbook(session, undone)
    return undone

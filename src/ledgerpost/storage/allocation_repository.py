"""Allocations in and out of the database and the kept allocated amount of each document (open
items at a date are read in ``open_items_repository``).

Every write here runs after :func:`hold_allocations` in the same transaction: on PostgreSQL two
desks allocating the same receipt (or to the same invoice) take turns, and the second reads
what the first committed before it decides, so together they never allocate beyond an amount.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from ledgerpost.domain.allocation import Allocation, Settleable
from ledgerpost.domain.documents import DocumentState, DocumentType
from ledgerpost.domain.open_items import SIDE_OF
from ledgerpost.storage import locks
from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.models import AllocationRow, DocumentRow
from ledgerpost.storage.types import from_minor, to_minor, utc_now

ALLOCATIONS = "ledgerpost:allocations"
"""Allocating and reversing: one transaction at a time decides (PostgreSQL)."""

_POSTED = DocumentState.POSTED.value
_OPEN_ITEM_TYPES = [t.value for t in SIDE_OF]


def hold_allocations(session: Session) -> None:
    locks.hold(session, ALLOCATIONS)


_SETTLEABLE_COLUMNS = (
    DocumentRow.id,
    DocumentRow.type,
    DocumentRow.series,
    DocumentRow.number,
    DocumentRow.party_id,
    DocumentRow.date,
    DocumentRow.currency,
    DocumentRow.gross_minor,
    DocumentRow.allocated_minor,
    DocumentRow.due_date,
    select(func.max(AllocationRow.reversed_on))
    .where(
        or_(AllocationRow.source_id == DocumentRow.id, AllocationRow.target_id == DocumentRow.id)
    )
    .correlate(DocumentRow)
    .scalar_subquery()
    .label("freed_on"),
)


def _settleable(row: Any) -> Settleable:
    return Settleable(
        id=row.id,
        type=DocumentType(row.type),
        number=f"{row.series}-{row.number}",
        party_id=row.party_id,
        date=row.date,
        currency=row.currency,
        total=from_minor(row.gross_minor, row.currency),
        allocated=from_minor(row.allocated_minor, row.currency),
        due_date=row.due_date,
        freed_on=row.freed_on,
    )


def settleable(session: Session, document_id: int) -> Settleable | None:
    """A posted document as allocation sees it; None when it is missing or a draft."""
    row = session.execute(
        select(*_SETTLEABLE_COLUMNS).where(
            DocumentRow.id == document_id, DocumentRow.state == _POSTED
        )
    ).one_or_none()
    return None if row is None else _settleable(row)


def open_documents(
    session: Session, party_id: int, doc_types: Iterable[DocumentType]
) -> list[Settleable]:
    """The party's posted documents of ``doc_types`` with something left, oldest first."""
    rows = session.execute(
        select(*_SETTLEABLE_COLUMNS)
        .where(
            DocumentRow.party_id == party_id,
            DocumentRow.type.in_([t.value for t in doc_types]),
            DocumentRow.state == _POSTED,
            DocumentRow.allocated_minor < DocumentRow.gross_minor,
        )
        .order_by(DocumentRow.date, DocumentRow.id)
    )
    return [_settleable(r) for r in rows]


def _move_kept(session: Session, ids: Iterable[int], minor: int) -> None:
    for doc_id in ids:
        session.execute(
            update(DocumentRow)
            .where(DocumentRow.id == doc_id)
            .values(allocated_minor=DocumentRow.allocated_minor + minor)
        )


def add_allocation(session: Session, allocation: Allocation, currency: str) -> Allocation:
    """Write one allocation the domain has checked, and move both documents' kept amounts."""
    minor = to_minor(allocation.amount, currency)
    row = AllocationRow(
        source_id=allocation.source_id,
        target_id=allocation.target_id,
        amount_minor=minor,
        currency=currency,
        date=allocation.date,
        created_at=utc_now(),
    )
    session.add(row)
    session.flush()
    _move_kept(session, (allocation.source_id, allocation.target_id), minor)
    return _allocation_from(row)


def _allocation_from(row: AllocationRow) -> Allocation:
    return Allocation(
        source_id=row.source_id,
        target_id=row.target_id,
        amount=from_minor(row.amount_minor, row.currency),
        date=row.date,
        id=row.id,
        reversed_on=row.reversed_on,
    )


def get_allocation(session: Session, allocation_id: int) -> Allocation:
    row = session.get(AllocationRow, allocation_id)
    if row is None:
        raise StorageError.of("allocation-id-unknown", "", id=allocation_id)
    return _allocation_from(row)


def reverse_allocation(session: Session, allocation_id: int, on: dt.date) -> Allocation:
    """Mark an active allocation reversed from ``on``; both documents get its amount back."""
    row = session.get(AllocationRow, allocation_id)
    if row is None:
        raise StorageError.of("allocation-id-unknown", "", id=allocation_id)
    if row.reversed_on is not None:
        raise StorageError.of("allocation-reversed", "", id=allocation_id)
    row.reversed_on = on
    row.reversed_at = utc_now()
    session.flush()
    _move_kept(session, (row.source_id, row.target_id), -row.amount_minor)
    return _allocation_from(row)


def allocations_of(session: Session, document_id: int) -> list[Allocation]:
    """Every allocation from or to the document, reversed ones too, oldest first."""
    rows = session.scalars(
        select(AllocationRow)
        .where(or_(AllocationRow.source_id == document_id, AllocationRow.target_id == document_id))
        .order_by(AllocationRow.id)
    )
    return [_allocation_from(r) for r in rows]


def kept_and_summed(
    session: Session,
) -> tuple[list[tuple[int, Decimal, Decimal]], dict[int, Decimal]]:
    """For the invariant: (id, total, kept allocated) of every document with a kept amount,
    and the sum of each document's active allocations."""
    sums: dict[int, Decimal] = {}
    for column in (AllocationRow.source_id, AllocationRow.target_id):
        rows = session.execute(
            select(column, AllocationRow.currency, func.sum(AllocationRow.amount_minor))
            .where(AllocationRow.reversed_on.is_(None))
            .group_by(column, AllocationRow.currency)
        )
        for doc_id, currency, minor in rows:
            sums[doc_id] = sums.get(doc_id, Decimal(0)) + from_minor(int(minor), currency)
    kept = session.execute(
        select(
            DocumentRow.id,
            DocumentRow.gross_minor,
            DocumentRow.allocated_minor,
            DocumentRow.currency,
        ).where(DocumentRow.allocated_minor != 0)
    )
    return [(i, from_minor(g, c), from_minor(a, c)) for i, g, a, c in kept], sums

"""Allocations in and out of the database, the kept allocated amount of each document, and the
open items at a date, read with a few grouped queries (never one per document).

Every write here runs after :func:`hold_allocations` in the same transaction: on PostgreSQL two
desks allocating the same receipt (or to the same invoice) take turns, and the second reads
what the first committed before it decides, so together they never allocate beyond an amount.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select, update
from sqlalchemy.orm import Session

from ledgerpost.domain.allocation import Allocation, Settleable
from ledgerpost.domain.documents import SETTLED, SETTLES, DocumentState, DocumentType
from ledgerpost.domain.open_items import BUCKETS, ON_ACCOUNT, SIDE_OF, AgeingSum
from ledgerpost.domain.parties import PartyKind
from ledgerpost.storage import locks
from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.models import AllocationRow, DocumentRow, PartyRow
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


def open_documents(session: Session, party_id: int, doc_type: DocumentType) -> list[Settleable]:
    """The party's posted documents of ``doc_type`` with something left, oldest first."""
    rows = session.execute(
        select(*_SETTLEABLE_COLUMNS)
        .where(
            DocumentRow.party_id == party_id,
            DocumentRow.type == doc_type.value,
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


@dataclass(frozen=True, slots=True)
class OpenRow:
    """A document with something open at the date asked, as the open-items report needs it."""

    id: int
    type: DocumentType
    number: str
    party_id: int
    party: str
    date: dt.date
    due_date: dt.date | None
    currency: str
    total: Decimal
    open: Decimal


def _changes_after(session: Session, as_of: dt.date, party_id: int | None) -> dict[int, int]:
    """Per document, minor units its kept amount counts that were not yet allocated at the end
    of ``as_of`` (allocated later), minus those since reversed that still were."""
    later = dict[int, int]()
    moved = select(
        AllocationRow.source_id,
        AllocationRow.target_id,
        AllocationRow.amount_minor,
        AllocationRow.date,
        AllocationRow.reversed_on,
    ).where(or_(AllocationRow.date > as_of, AllocationRow.reversed_on > as_of))
    if party_id is not None:  # both documents of an allocation are the same party's
        moved = moved.join(DocumentRow, DocumentRow.id == AllocationRow.source_id).where(
            DocumentRow.party_id == party_id
        )
    for source, target, minor, day, reversed_on in session.execute(moved):
        if reversed_on is None:
            delta = minor  # counted in the kept amount, made after as_of
        elif day <= as_of:
            delta = -minor  # active at as_of, reversed since: not in the kept amount
        else:
            continue  # made and reversed after as_of: in neither
        for doc_id in (source, target):
            later[doc_id] = later.get(doc_id, 0) + delta
    return later


_FEW = 5000
"""Documents changed since the date asked, named one by one; beyond that every document up to
the date is read (a date far back), as a bound parameter list has its limits."""


def open_rows(
    session: Session,
    as_of: dt.date,
    party_id: int | None = None,
    types: Sequence[DocumentType] | None = None,
) -> list[OpenRow]:
    """Every posted document of ``types`` dated up to ``as_of`` with something left open then
    (what is open on an invoice; not yet allocated of a receipt, payment or credit note).
    Payments to employees are no open items: they never touch the payables."""
    later = _changes_after(session, as_of, party_id)
    wanted = [t.value for t in types] if types is not None else _OPEN_ITEM_TYPES
    touched = [doc_id for doc_id, delta in later.items() if delta != 0]
    conditions = [
        DocumentRow.state == _POSTED,
        DocumentRow.type.in_(wanted),
        DocumentRow.date <= as_of,
    ]
    if len(touched) <= _FEW:
        conditions.append(
            or_(
                DocumentRow.allocated_minor != DocumentRow.gross_minor,
                DocumentRow.id.in_(touched or [0]),
            )
        )
    if party_id is not None:
        conditions.append(DocumentRow.party_id == party_id)
    query = (
        select(*_SETTLEABLE_COLUMNS, DocumentRow.party_name)
        .join(PartyRow, PartyRow.id == DocumentRow.party_id)
        .where(and_(*conditions), PartyRow.kind != PartyKind.EMPLOYEE.value)
        .order_by(DocumentRow.party_id, DocumentRow.date, DocumentRow.id)
    )
    found = []
    for r in session.execute(query):
        open_minor = r.gross_minor - (r.allocated_minor - later.get(r.id, 0))
        if open_minor == 0:
            continue
        found.append(
            OpenRow(
                id=r.id,
                type=DocumentType(r.type),
                number=f"{r.series}-{r.number}",
                party_id=r.party_id,
                party=r.party_name,
                date=r.date,
                due_date=r.due_date,
                currency=r.currency,
                total=from_minor(r.gross_minor, r.currency),
                open=from_minor(open_minor, r.currency),
            )
        )
    return found


def _due_on_or_after(day: dt.date, terms_days: int) -> ColumnElement[bool]:
    """The document falls due on ``day`` or later (its due date, else date plus terms)."""
    return or_(
        and_(DocumentRow.due_date.is_not(None), DocumentRow.due_date >= day),
        and_(
            DocumentRow.due_date.is_(None),
            DocumentRow.date >= day - dt.timedelta(days=terms_days),
        ),
    )


def _column(as_of: dt.date, terms_days: int) -> ColumnElement[str]:
    """The ageing column of a document at ``as_of``, in SQL (see domain.open_items.BUCKETS)."""
    whens: list[tuple[ColumnElement[bool], str]] = [
        (DocumentRow.type.in_([t.value for t in SETTLES]), ON_ACCOUNT)
    ]
    for name, _low, high in BUCKETS:
        if high is not None:
            whens.append((_due_on_or_after(as_of - dt.timedelta(days=high), terms_days), name))
    return case(*whens, else_=BUCKETS[-1][0])


def ageing_sums(session: Session, as_of: dt.date, terms_days: int) -> list[AgeingSum] | None:
    """What each party has open per ageing column at ``as_of``, summed in the database from
    the kept amounts, corrected for the documents allocations made or reversed since touched;
    None when they are too many to name (the caller then sums the open items itself)."""
    later = _changes_after(session, as_of, None)
    touched = [doc_id for doc_id, delta in later.items() if delta != 0]
    if len(touched) > _FEW:
        return None
    column = _column(as_of, terms_days).label("bucket")
    base = (
        select(PartyRow.id, PartyRow.name, DocumentRow.type, DocumentRow.currency, column)
        .join(PartyRow, PartyRow.id == DocumentRow.party_id)
        .where(
            DocumentRow.state == _POSTED,
            DocumentRow.type.in_(_OPEN_ITEM_TYPES),
            DocumentRow.date <= as_of,
            PartyRow.kind != PartyKind.EMPLOYEE.value,
        )
    )
    grouped = (
        base.add_columns(func.sum(DocumentRow.gross_minor - DocumentRow.allocated_minor))
        .where(DocumentRow.allocated_minor != DocumentRow.gross_minor)
        .group_by(PartyRow.id, PartyRow.name, DocumentRow.type, DocumentRow.currency, column)
    )
    found = [
        (party_id, name, doc_type, currency, name_of_column, int(minor))
        for party_id, name, doc_type, currency, name_of_column, minor in session.execute(grouped)
    ]
    if touched:
        moved = base.add_columns(DocumentRow.id).where(DocumentRow.id.in_(touched))
        found += [
            (party_id, name, doc_type, currency, name_of_column, later[doc_id])
            for party_id, name, doc_type, currency, name_of_column, doc_id in session.execute(moved)
        ]
    return [
        AgeingSum(
            party_id,
            name,
            SIDE_OF[DocumentType(doc_type)],
            currency,
            name_of_column,
            from_minor(minor, currency) * (1 if DocumentType(doc_type) in SETTLED else -1),
        )
        for party_id, name, doc_type, currency, name_of_column, minor in found
        if minor != 0
    ]

"""What booking an allocation's exchange difference reads and writes: each side's currency,
rate and total, what its allocations were booked at, and the entry that booked one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ledgerpost.domain.documents import DocumentState, DocumentType
from ledgerpost.storage.models import AllocationRow, DocumentRow, EntryLineRow, EntryRow
from ledgerpost.storage.types import from_minor, utc_now


@dataclass(frozen=True, slots=True)
class Side:
    """One document of an allocation as exchange differences see it."""

    id: int
    type: DocumentType
    number: str
    party_id: int
    currency: str
    rate: Decimal | None
    gross: Decimal
    left: Decimal
    """Still unallocated, now (the allocation being booked already counted)."""


def side(session: Session, document_id: int) -> Side:
    row = session.get_one(DocumentRow, document_id)
    session.refresh(row)  # the kept amount was moved by an UPDATE just before
    return Side(
        id=row.id,
        type=DocumentType(row.type),
        number=f"{row.series}-{row.number}",
        party_id=row.party_id,
        currency=row.currency,
        rate=row.exchange_rate,
        gross=from_minor(row.gross_minor, row.currency),
        left=from_minor(row.gross_minor - row.allocated_minor, row.currency),
    )


def booked_so_far(session: Session, document_id: int, currency: str) -> Decimal:
    """What the document's active allocations were booked at in ``currency`` (the company's)."""
    total = 0
    for doc_column, base_column in (
        (AllocationRow.source_id, AllocationRow.source_base_minor),
        (AllocationRow.target_id, AllocationRow.target_base_minor),
    ):
        total += session.scalar(
            select(func.coalesce(func.sum(base_column), 0)).where(
                doc_column == document_id, AllocationRow.reversed_on.is_(None)
            )
        )
    return from_minor(int(total), currency)


def set_bases(session: Session, allocation_id: int, source: int, target: int) -> None:
    session.execute(
        update(AllocationRow)
        .where(AllocationRow.id == allocation_id)
        .values(source_base_minor=source, target_base_minor=target)
    )


def reverse_booked(
    session: Session, allocation_id: int, on: dt.date, described: Callable[[str], str]
) -> bool:
    """Undo the entry that booked the allocation's exchange difference, by an entry dated
    ``on`` with each line turned around and its text ``described(the booked one's)``; False
    when it had none."""
    rows = list(session.scalars(select(EntryRow).where(EntryRow.allocation_id == allocation_id)))
    if len(rows) != 1:
        return False
    booked = rows[0]
    undo = EntryRow(
        date=on,
        description=described(booked.description)[:300],
        allocation_id=allocation_id,
        currency=booked.currency,
        created_at=utc_now(),
    )
    undo.lines = [
        EntryLineRow(
            account=x.account,
            party_id=x.party_id,
            debit_minor=x.credit_minor,
            credit_minor=x.debit_minor,
            document_currency=x.document_currency,
            document_minor=None if x.document_minor is None else -x.document_minor,
        )
        for x in booked.lines
    ]
    session.add(undo)
    session.flush()
    return True


def latest_rate(session: Session, party_id: int, currency: str) -> Decimal | None:
    """The rate of the party's latest posted document in ``currency`` that has one."""
    rate: Decimal | None = session.scalar(
        select(DocumentRow.exchange_rate)
        .where(
            DocumentRow.party_id == party_id,
            DocumentRow.currency == currency,
            DocumentRow.state == DocumentState.POSTED.value,
            DocumentRow.exchange_rate.is_not(None),
        )
        .order_by(DocumentRow.date.desc(), DocumentRow.id.desc())
        .limit(1)
    )
    return rate


def latest_currency(session: Session, party_id: int, types: list[str]) -> str | None:
    """The currency of the party's latest posted document of ``types``."""
    currency: str | None = session.scalar(
        select(DocumentRow.currency)
        .where(
            DocumentRow.party_id == party_id,
            DocumentRow.type.in_(types),
            DocumentRow.state == DocumentState.POSTED.value,
        )
        .order_by(DocumentRow.date.desc(), DocumentRow.id.desc())
        .limit(1)
    )
    return currency


def latest_of_party(session: Session, party_id: int) -> tuple[str, Decimal | None] | None:
    """The currency and rate of the party's latest posted document with an amount."""
    row = session.execute(
        select(DocumentRow.currency, DocumentRow.exchange_rate)
        .where(
            DocumentRow.party_id == party_id,
            DocumentRow.state == DocumentState.POSTED.value,
            DocumentRow.gross_minor != 0,
        )
        .order_by(DocumentRow.date.desc(), DocumentRow.id.desc())
        .limit(1)
    ).one_or_none()
    return None if row is None else (row[0], row[1])

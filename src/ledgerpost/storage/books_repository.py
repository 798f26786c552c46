"""Manual journal entries, and the sums and lines the trial balance and general ledger read."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ledgerpost.domain.books import LedgerMovement, ManualEntry, ManualLine
from ledgerpost.storage import locks
from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.journal_repository import POSTED
from ledgerpost.storage.models import DocumentRow, EntryLineRow, EntryRow, PartyRow
from ledgerpost.storage.types import from_minor, to_minor, utc_now

DRAFT = "draft"
ENTRY_PREFIX = "JE-"
"""How a manual entry's number is shown beside document numbers."""
ENTRY_NUMBERS = "ledgerpost:journal-entry-numbers"
"""Numbering manual entries: one transaction at a time reads the last number and takes the next."""


def save_entry(session: Session, entry: ManualEntry, currency: str) -> int:
    """Store ``entry`` as a draft (no number yet)."""
    row = EntryRow(
        date=entry.date,
        description=entry.description[:300],
        document_id=None,
        currency=currency,
        created_at=utc_now(),
        state=DRAFT,
        number=None,
    )
    row.lines = [
        EntryLineRow(
            account=x.account,
            party_id=x.party_id,
            debit_minor=to_minor(x.debit, currency),
            credit_minor=to_minor(x.credit, currency),
            text=x.text[:300],
        )
        for x in entry.lines
    ]
    if entry.reverses is not None:
        row.reverses_id = _by_number(session, entry.reverses).id
    session.add(row)
    session.flush()
    return row.id


def post_entry(session: Session, entry_id: int) -> int:
    """Give the draft the next number of the manual series and make it count; its number."""
    row = session.get(EntryRow, entry_id)
    if row is None or row.document_id is not None:
        raise StorageError.of("entry-manual-unknown", "", id=entry_id)
    if row.state == POSTED:
        raise StorageError.of("entry-posted", "", number=f"{ENTRY_PREFIX}{row.number}")
    locks.hold(session, ENTRY_NUMBERS)  # two desks on PostgreSQL never take the same number
    last = session.scalar(select(func.max(EntryRow.number)))
    row.number = (last or 0) + 1
    row.state = POSTED
    session.flush()
    return row.number


def _by_number(session: Session, number: int) -> EntryRow:
    row = session.scalar(select(EntryRow).where(EntryRow.number == number))
    if row is None:
        raise StorageError.of("entry-unknown", "", number=f"{ENTRY_PREFIX}{number}")
    return row


def _entry(row: EntryRow, reverses: int | None) -> ManualEntry:
    currency = row.currency
    return ManualEntry(
        date=row.date,
        description=row.description,
        lines=tuple(
            ManualLine(
                x.account,
                from_minor(x.debit_minor, currency),
                from_minor(x.credit_minor, currency),
                x.text,
                x.party_id,
            )
            for x in sorted(row.lines, key=lambda x: x.id)
        ),
        id=row.id,
        number=row.number,
        posted=row.state == POSTED,
        reverses=reverses,
    )


def get_entry(session: Session, entry_id: int) -> ManualEntry:
    row = session.get(EntryRow, entry_id)
    if row is None or row.document_id is not None:
        raise StorageError.of("entry-manual-unknown", "", id=entry_id)
    return _entry(row, _number_of(session, row.reverses_id))


def entry_by_number(session: Session, number: int) -> ManualEntry:
    row = _by_number(session, number)
    return _entry(row, _number_of(session, row.reverses_id))


def _number_of(session: Session, entry_id: int | None) -> int | None:
    if entry_id is None:
        return None
    return session.scalar(select(EntryRow.number).where(EntryRow.id == entry_id))


def reversed_by(session: Session, number: int) -> int | None:
    """The number of the posted entry that reverses entry ``number``, if any."""
    target = _by_number(session, number)
    return session.scalar(
        select(EntryRow.number).where(EntryRow.reverses_id == target.id, EntryRow.state == POSTED)
    )


def manual_entries(session: Session, *, drafts: bool = False) -> list[ManualEntry]:
    """The posted manual entries by number; with ``drafts``, the drafts first (oldest first)."""
    query = select(EntryRow).where(
        EntryRow.document_id.is_(None),
        EntryRow.allocation_id.is_(None),  # an allocation's exchange difference is no manual entry
    )
    if not drafts:
        query = query.where(EntryRow.number.is_not(None))
    rows = session.scalars(
        query.order_by(EntryRow.number.is_not(None), EntryRow.number, EntryRow.id)
    )
    return [_entry(row, _number_of(session, row.reverses_id)) for row in rows]


def delete_draft(session: Session, entry_id: int) -> bool:
    """Delete a draft manual entry with its lines; False when there is no such draft."""
    row = session.get(EntryRow, entry_id)
    if row is None or row.document_id is not None or row.state != DRAFT:
        return False
    session.delete(row)
    session.flush()
    return True


def sums_as_of(
    session: Session, currency: str, as_of: dt.date | None
) -> list[tuple[str, Decimal, Decimal]]:
    """Each account's posted debits and credits in ``currency`` up to ``as_of`` (all if None)."""
    query = (
        select(
            EntryLineRow.account,
            func.coalesce(func.sum(EntryLineRow.debit_minor), 0),
            func.coalesce(func.sum(EntryLineRow.credit_minor), 0),
        )
        .join(EntryRow, EntryRow.id == EntryLineRow.entry_id)
        .where(EntryRow.currency == currency, EntryRow.state == POSTED)
        .group_by(EntryLineRow.account)
    )
    if as_of is not None:
        query = query.where(EntryRow.date <= as_of)
    return [
        (a, from_minor(d, currency), from_minor(c, currency)) for a, d, c in session.execute(query)
    ]


def balance_before(session: Session, account: str, currency: str, day: dt.date) -> Decimal:
    total = session.scalar(
        select(func.coalesce(func.sum(EntryLineRow.debit_minor - EntryLineRow.credit_minor), 0))
        .join(EntryRow, EntryRow.id == EntryLineRow.entry_id)
        .where(
            EntryLineRow.account == account,
            EntryRow.currency == currency,
            EntryRow.state == POSTED,
            EntryRow.date < day,
        )
    )
    return from_minor(int(total or 0), currency)


def movements(
    session: Session, account: str, currency: str, start: dt.date, end: dt.date
) -> list[LedgerMovement]:
    """The posted lines on ``account`` dated ``start..end``, by date and entry."""
    query = (
        select(EntryRow, EntryLineRow, PartyRow.name, DocumentRow.series, DocumentRow.number)
        .join(EntryLineRow, EntryLineRow.entry_id == EntryRow.id)
        .outerjoin(PartyRow, PartyRow.id == EntryLineRow.party_id)
        .outerjoin(DocumentRow, DocumentRow.id == EntryRow.document_id)
        .where(
            EntryLineRow.account == account,
            EntryRow.currency == currency,
            EntryRow.state == POSTED,
            EntryRow.date >= start,
            EntryRow.date <= end,
        )
        .order_by(EntryRow.date, EntryRow.id, EntryLineRow.id)
    )
    result = []
    for entry, line, party, series, number in session.execute(query):
        if entry.document_id is not None:
            reference = f"{series}-{number}" if number else ""
        elif entry.number is not None:
            reference = f"{ENTRY_PREFIX}{entry.number}"
        else:  # an exchange difference: its text names both documents
            reference = ""
        result.append(
            LedgerMovement(
                date=entry.date,
                reference=reference,
                party=party or "",
                text=line.text or entry.description,
                debit=from_minor(line.debit_minor, currency),
                credit=from_minor(line.credit_minor, currency),
                document_currency=line.document_currency or "",
                in_currency=(
                    from_minor(line.document_minor, line.document_currency)
                    if line.document_minor is not None and line.document_currency
                    else None
                ),
            )
        )
    return result

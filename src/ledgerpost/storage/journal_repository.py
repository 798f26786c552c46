"""Journal entries and the sums over their lines, in and out of the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from ledgerpost.domain.accounts import by_role
from ledgerpost.domain.invariants import EntryTotals
from ledgerpost.domain.journal import JournalEntry
from ledgerpost.storage.chart_repository import role_codes
from ledgerpost.storage.models import EntryLineRow, EntryRow
from ledgerpost.storage.types import from_minor, to_minor, utc_now

POSTED = "posted"
"""A journal entry's state once it counts; a manual entry is a ``draft`` before."""


def add_entry(
    session: Session,
    entry: JournalEntry,
    currency: str,
    document_currency: str | None = None,
    allocation_id: int | None = None,
) -> int:
    """Store a document's entry (or an allocation's exchange difference); each line on the
    ledger's account for its system role. ``currency`` is the entry's; a line converted from
    ``document_currency`` keeps its amount in that too."""
    codes = role_codes(session)
    row = EntryRow(
        date=entry.date,
        description=entry.description[:300],
        document_id=entry.document_id,
        allocation_id=allocation_id,
        currency=currency,
        created_at=utc_now(),
    )
    row.lines = [
        EntryLineRow(
            account=by_role(codes, x.account),
            party_id=x.party_id,
            debit_minor=to_minor(x.debit, currency),
            credit_minor=to_minor(x.credit, currency),
            document_currency=document_currency if x.in_currency is not None else None,
            document_minor=(
                to_minor(x.in_currency, document_currency)
                if x.in_currency is not None and document_currency
                else None
            ),
        )
        for x in entry.lines
    ]
    session.add(row)
    session.flush()
    return row.id


def entry_totals(session: Session) -> Iterator[EntryTotals]:
    rows = session.execute(
        select(
            EntryRow.id,
            EntryRow.document_id,
            EntryRow.currency,
            func.coalesce(func.sum(EntryLineRow.debit_minor), 0),
            func.coalesce(func.sum(EntryLineRow.credit_minor), 0),
            func.count(EntryLineRow.id),
        )
        .outerjoin(EntryLineRow, EntryLineRow.entry_id == EntryRow.id)
        .group_by(EntryRow.id, EntryRow.document_id, EntryRow.currency)
        .execution_options(yield_per=10_000)
    )
    for entry_id, document_id, currency, debit, credit, count in rows:
        yield EntryTotals(
            entry_id, document_id, from_minor(debit, currency), from_minor(credit, currency), count
        )


def account_sums(session: Session, currency: str) -> list[tuple[str, Decimal, Decimal]]:
    rows = session.execute(
        select(
            EntryLineRow.account,
            func.sum(EntryLineRow.debit_minor),
            func.sum(EntryLineRow.credit_minor),
        )
        .join(EntryRow, EntryRow.id == EntryLineRow.entry_id)
        .where(and_(EntryRow.currency == currency, EntryRow.state == POSTED))
        .group_by(EntryLineRow.account)
    )
    return [(a, from_minor(d or 0, currency), from_minor(c or 0, currency)) for a, d, c in rows]


def account_movement(
    session: Session, account: str, currency: str, start: dt.date, end: dt.date
) -> tuple[Decimal, Decimal]:
    """Debits and credits on ``account`` in ``currency`` by entries dated ``start..end``."""
    debit, credit = session.execute(
        select(
            func.coalesce(func.sum(EntryLineRow.debit_minor), 0),
            func.coalesce(func.sum(EntryLineRow.credit_minor), 0),
        )
        .join(EntryRow, EntryRow.id == EntryLineRow.entry_id)
        .where(
            EntryLineRow.account == account,
            EntryRow.currency == currency,
            EntryRow.state == POSTED,
            EntryRow.date >= start,
            EntryRow.date <= end,
        )
    ).one()
    return from_minor(debit, currency), from_minor(credit, currency)

"""Ageing and open balances read from the kept open amounts (``open_balance``, ``open_amount``:
see :mod:`ledgerpost.storage.open_amount_models`), and what the ledger check compares them with.

The kept amounts are the documents as they stand now, so they answer for a date only when
nothing dated after it exists (:func:`latest_change`); an earlier date needs the full
computation of :mod:`ledgerpost.storage.open_items_repository`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from ledgerpost.domain.accounts import Role
from ledgerpost.domain.documents import SETTLED, DocumentState, DocumentType
from ledgerpost.domain.open_items import BUCKETS, COLUMNS, ON_ACCOUNT, SIDE_OF, AgeingSum, Side
from ledgerpost.domain.parties import PartyKind
from ledgerpost.storage.chart_repository import role_codes
from ledgerpost.storage.models import (
    AllocationRow,
    DocumentRow,
    EntryLineRow,
    EntryRow,
    PartyRow,
)
from ledgerpost.storage.open_amount_models import OpenAmountRow, OpenBalanceRow
from ledgerpost.storage.open_items_repository import Unindexed
from ledgerpost.storage.types import from_minor

_POSTED = DocumentState.POSTED.value
_OPEN_TYPES = [t.value for t in SIDE_OF]
_DUE_TYPES = [t.value for t in SIDE_OF if t in SETTLED]
_EMPLOYEE = PartyKind.EMPLOYEE.value
_TYPE_OF = {t.value: t for t in DocumentType}
_OLDEST = len(BUCKETS) - 1
"""The place of the last bucket (over 90 days) in ``COLUMNS``."""

Key = tuple[int, str, str]
"""(party id, document type, currency)."""
DueKey = tuple[int, str, str, dt.date, int]
"""(party id, document type, currency, due day, by terms)."""
Kept = tuple[int, int]
"""(open amount in minor units, documents counted in it)."""


def latest_change(session: Session) -> dt.date | None:
    """The last day anything open items depend on happened: a posted open item's date, an
    allocation's date or its reversal's. From the day after, the documents as they stand are
    the documents as they stood."""
    days = [
        session.scalar(
            select(func.max(DocumentRow.date)).where(
                DocumentRow.state == _POSTED, DocumentRow.type.in_(_OPEN_TYPES)
            )
        ),
        session.scalar(select(func.max(AllocationRow.date))),
        session.scalar(select(func.max(AllocationRow.reversed_on))),
    ]
    found = [d for d in days if d is not None]
    return max(found) if found else None


def _place(as_of: dt.date, terms_days: int) -> ColumnElement[int]:
    """A kept row's ageing column (its place in ``COLUMNS``) at ``as_of``: by its due day, or
    its date plus the terms."""

    def by(shift: int) -> ColumnElement[int]:
        whens = []
        for place, (_name, _low, high) in enumerate(BUCKETS[:-1]):
            assert high is not None
            whens.append((OpenAmountRow.due_on >= as_of - dt.timedelta(days=high + shift), place))
        return case(*whens, else_=_OLDEST)

    return case((OpenAmountRow.by_terms == 1, by(terms_days)), else_=by(0))


def kept_ageing_sums(session: Session, as_of: dt.date, terms_days: int) -> list[AgeingSum]:
    """What each party has open per ageing column at ``as_of``, from the kept amounts: the
    party's balance per type, less what falls in the younger columns (read from the rows due
    in the last 90 days or later, by an index), is what is over 90 days. Right for an
    ``as_of`` on or after :func:`latest_change` only."""
    connection = session.connection()  # plain rows: no ORM loading for thousands of them
    balances = connection.execute(
        select(
            PartyRow.name,
            OpenBalanceRow.party_id,
            OpenBalanceRow.type,
            OpenBalanceRow.currency,
            OpenBalanceRow.open_minor,
        )
        .join(PartyRow, PartyRow.id == OpenBalanceRow.party_id)
        .where(PartyRow.kind != _EMPLOYEE)
    ).all()
    names = {party_id: name for name, party_id, *_rest in balances}
    _name, _low, youngest = BUCKETS[-2]
    assert youngest is not None
    since = as_of - dt.timedelta(days=youngest + max(terms_days, 0))
    place = _place(as_of, terms_days).label("place")
    # Grouped by the columns kept from indexes: SQLite, without statistics, would rather walk
    # the key in the grouping's order and every row than the due days asked for; PostgreSQL's
    # planner knows.
    keys = (
        Unindexed(OpenAmountRow.party_id),
        Unindexed(OpenAmountRow.type),
        Unindexed(OpenAmountRow.currency),
    )
    recent = connection.execute(
        select(*keys, place, func.sum(OpenAmountRow.open_minor))
        .where(OpenAmountRow.due_on >= since)
        .group_by(*keys, place)
    ).all()
    younger: dict[Key, dict[int, int]] = {}
    for party_id, doc_type, currency, at, minor in recent:
        if at != _OLDEST and party_id in names:
            younger.setdefault((party_id, doc_type, currency), {})[at] = int(minor)
    found = []
    for name, party_id, doc_type, currency, minor in balances:
        kind = _TYPE_OF[doc_type]
        if kind not in SETTLED:
            columns = {COLUMNS.index(ON_ACCOUNT): -int(minor)}
        else:
            columns = dict(younger.get((party_id, doc_type, currency), {}))
            columns[_OLDEST] = int(minor) - sum(columns.values())
        for at, amount in columns.items():
            if amount:
                found.append(
                    AgeingSum(
                        party_id,
                        name,
                        SIDE_OF[kind],
                        currency,
                        COLUMNS[at],
                        from_minor(amount, currency),
                    )
                )
    return found


def kept_balances(session: Session) -> dict[Key, Kept]:
    """The kept open amount (minor units, unsigned) per party, type and currency, and of how
    many documents."""
    rows = session.execute(
        select(
            OpenBalanceRow.party_id,
            OpenBalanceRow.type,
            OpenBalanceRow.currency,
            OpenBalanceRow.open_minor,
            OpenBalanceRow.items,
        )
    )
    return {(p, t, c): (int(m), int(n)) for p, t, c, m, n in rows}


def _counted() -> list[Any]:
    return [
        DocumentRow.state == _POSTED,
        DocumentRow.type.in_(_OPEN_TYPES),
        DocumentRow.allocated_minor != DocumentRow.gross_minor,
    ]


def summed_balances(session: Session) -> dict[Key, Kept]:
    """What :func:`kept_balances` must be: summed from the documents now."""
    open_minor = func.sum(DocumentRow.gross_minor - DocumentRow.allocated_minor)
    keys = (DocumentRow.party_id, DocumentRow.type, DocumentRow.currency)
    rows = session.execute(
        select(*keys, open_minor, func.count()).where(*_counted()).group_by(*keys)
    )
    return {(p, t, c): (int(m), int(n)) for p, t, c, m, n in rows}


def kept_due_amounts(session: Session) -> dict[DueKey, Kept]:
    keys = (
        OpenAmountRow.party_id,
        OpenAmountRow.type,
        OpenAmountRow.currency,
        OpenAmountRow.due_on,
        OpenAmountRow.by_terms,
    )
    rows = session.execute(select(*keys, OpenAmountRow.open_minor, OpenAmountRow.items))
    return {(p, t, c, d, b): (int(m), int(n)) for p, t, c, d, b, m, n in rows}


def summed_due_amounts(session: Session) -> dict[DueKey, Kept]:
    """What :func:`kept_due_amounts` must be: summed from the documents now."""
    due = func.coalesce(DocumentRow.due_date, DocumentRow.date)
    by_terms = case((DocumentRow.due_date.is_(None), 1), else_=0)
    keys = (DocumentRow.party_id, DocumentRow.type, DocumentRow.currency, due, by_terms)
    rows = session.execute(
        select(*keys, func.sum(DocumentRow.gross_minor - DocumentRow.allocated_minor), func.count())
        .where(*_counted(), DocumentRow.type.in_(_DUE_TYPES))
        .group_by(*keys)
    )
    return {(p, t, c, d, b): (int(m), int(n)) for p, t, c, d, b, m, n in rows}


def party_names(session: Session, ids: set[int]) -> dict[int, str]:
    rows = session.execute(select(PartyRow.id, PartyRow.name).where(PartyRow.id.in_(ids)))
    return {party_id: name for party_id, name in rows}


def employees(session: Session) -> set[int]:
    return set(session.scalars(select(PartyRow.id).where(PartyRow.kind == _EMPLOYEE)))


def journal_balances(session: Session) -> dict[tuple[int, Side, str], int]:
    """Per party, side and currency, the posted journal's balance on the receivables (debit
    less credit) and payables (credit less debit) accounts, in minor units; a line converted
    from a document's currency in that currency."""
    codes = role_codes(session)
    accounts = {
        codes.get(Role.RECEIVABLES, ""): Side.RECEIVABLE,
        codes.get(Role.PAYABLES, ""): Side.PAYABLE,
    }
    # A line converted from another currency counts in that currency (open items are in the
    # document's): its kept amount there, not its amount in the company's.
    currency = func.coalesce(EntryLineRow.document_currency, EntryRow.currency)
    amount = case(
        (EntryLineRow.document_currency.is_not(None), EntryLineRow.document_minor),
        else_=EntryLineRow.debit_minor - EntryLineRow.credit_minor,
    )
    keys = (EntryLineRow.party_id, EntryLineRow.account, currency)
    rows = session.execute(
        select(*keys, func.sum(amount))
        .join(EntryRow, EntryRow.id == EntryLineRow.entry_id)
        .where(
            EntryRow.state == _POSTED,
            EntryLineRow.account.in_([code for code in accounts if code]),
            EntryLineRow.party_id.is_not(None),
        )
        .group_by(*keys)
    )
    found: dict[tuple[int, Side, str], int] = {}
    for party_id, account, currency, minor in rows:
        side = accounts[account]
        signed = int(minor or 0) if side is Side.RECEIVABLE else -int(minor or 0)
        key = (party_id or 0, side, currency)  # never None: the query asks for a party
        found[key] = found.get(key, 0) + signed
    return found

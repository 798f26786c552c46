"""Open items and ageing at a date, read from the open documents' index and summed in the
database: what is open now (the kept allocated amount), corrected in SQL for what allocations
made or reversed after the date changed, however many they are.

``ix_document_open`` holds only the documents whose kept amount is not their total, with the
columns ageing reads (see ``_open_now``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import (
    CTE,
    ColumnElement,
    FunctionElement,
    Select,
    case,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute, Session

from ledgerpost.domain.documents import SETTLED, SETTLES, DocumentState, DocumentType
from ledgerpost.domain.money import minor_units
from ledgerpost.domain.open_items import BUCKETS, COLUMNS, SIDE_OF, AgeingSum
from ledgerpost.domain.parties import PartyKind
from ledgerpost.storage.models import AllocationRow, DocumentRow, PartyRow
from ledgerpost.storage.types import from_minor

_POSTED = DocumentState.POSTED.value
_OPEN_ITEM_TYPES = [t.value for t in SIDE_OF]
_ON_ACCOUNT_TYPES = [t.value for t in SETTLES]
_EMPLOYEE = PartyKind.EMPLOYEE.value
_TYPE_OF = {t.value: t for t in DocumentType}
"""A stored type's member by a dict lookup (the enum's own call costs more, a row at a time)."""


class OpenRow(NamedTuple):
    """A document with something open at the date asked, as the open-items report needs it (a
    named tuple: made twice as fast as a frozen dataclass, ten thousand at a time)."""

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


def _later(as_of: dt.date, party_id: int | None) -> CTE:
    """Per document, the minor units its kept amount counts that were not allocated yet at the
    end of ``as_of`` (allocated later), less those still allocated then and reversed since;
    only documents where that is not nothing."""
    delta = case(
        (AllocationRow.reversed_on.is_(None), AllocationRow.amount_minor),  # made after as_of
        (AllocationRow.date <= as_of, -AllocationRow.amount_minor),  # active then, reversed since
        else_=0,  # made and reversed after as_of: in neither
    )
    moved = or_(AllocationRow.date > as_of, AllocationRow.reversed_on > as_of)
    sides = []
    for end in (AllocationRow.source_id, AllocationRow.target_id):
        side = select(end.label("document_id"), delta.label("delta")).where(moved)
        if party_id is not None:  # both documents of an allocation are the same party's
            side = side.join(DocumentRow, DocumentRow.id == AllocationRow.source_id).where(
                DocumentRow.party_id == party_id
            )
        sides.append(side)
    both = union_all(*sides).subquery()
    total = func.sum(both.c.delta)
    return (
        select(both.c.document_id, total.label("delta"))
        .group_by(both.c.document_id)
        .having(total != 0)
        .cte("later")
    )


def _dated(as_of: dt.date, types: Sequence[str], party_id: int | None) -> list[Any]:
    """Posted documents of ``types`` dated up to ``as_of`` (of one party)."""
    found = [
        DocumentRow.state == _POSTED,
        DocumentRow.type.in_(types),
        DocumentRow.date <= as_of,
    ]
    if party_id is not None:
        found.append(DocumentRow.party_id == party_id)
    return found


class Unindexed(FunctionElement[Any]):
    """A column SQLite must not look up through an index (its ``+column`` idiom); itself
    elsewhere."""

    name = "unindexed"
    inherit_cache = True

    def __init__(self, column: QueryableAttribute[Any] | ColumnElement[Any]) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(Unindexed)
def _as_is(element: Unindexed, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(Unindexed, "sqlite")
def _plus(element: Unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + str(compiler.process(element.clauses, **kw))


def _open_now(as_of: dt.date, types: Sequence[str], party_id: int | None) -> list[Any]:
    """``_dated`` for the documents open now, read from ``ix_document_open`` alone: SQLite,
    without statistics, would rather walk the type-and-date index and every row it names (a
    million), so the type and the date are kept from indexes; PostgreSQL's planner knows."""
    found = [
        DocumentRow.state == _POSTED,
        Unindexed(DocumentRow.type).in_(types),
        Unindexed(DocumentRow.date) <= as_of,
        DocumentRow.allocated_minor != DocumentRow.gross_minor,
    ]
    if party_id is not None:
        found.append(DocumentRow.party_id == party_id)
    return found


_OPEN_COLUMNS = (
    DocumentRow.id,
    DocumentRow.type,
    DocumentRow.series,
    DocumentRow.number,
    DocumentRow.party_id,
    DocumentRow.party_name,
    DocumentRow.date,
    DocumentRow.due_date,
    DocumentRow.currency,
    DocumentRow.gross_minor,
    DocumentRow.allocated_minor,
)


def _moved_since(session: Session, as_of: dt.date) -> bool:
    """Whether any allocation was made or reversed after ``as_of`` (by their dates' indexes):
    if none, every document's kept allocated amount is what it was at the end of ``as_of``."""
    moved = or_(AllocationRow.date > as_of, AllocationRow.reversed_on > as_of)
    return session.scalar(select(AllocationRow.id).where(moved).limit(1)) is not None


def open_rows(
    session: Session,
    as_of: dt.date,
    party_id: int | None = None,
    types: Sequence[DocumentType] | None = None,
) -> list[OpenRow]:
    """Every posted document of ``types`` dated up to ``as_of`` with something left open then
    (what is open on an invoice; not yet allocated of a receipt, payment or credit note), by
    party, date and entry. Payments to employees are no open items: they never touch the
    payables."""
    wanted = [t.value for t in types] if types is not None else _OPEN_ITEM_TYPES
    if _moved_since(session, as_of):
        later = _later(as_of, party_id)
        dated = _dated(as_of, wanted, party_id)
        kept_open = (
            select(*_OPEN_COLUMNS, func.coalesce(later.c.delta, 0).label("later"))
            .select_from(DocumentRow)
            .outerjoin(later, later.c.document_id == DocumentRow.id)
            .where(*_open_now(as_of, wanted, party_id))
        )
        settled_since = (  # settled in full now, not yet at as_of
            select(*_OPEN_COLUMNS, later.c.delta)
            .select_from(later)
            .join(DocumentRow, DocumentRow.id == later.c.document_id)
            .where(*dated, DocumentRow.allocated_minor == DocumentRow.gross_minor)
        )
        both = union_all(kept_open, settled_since).subquery()
    else:  # the kept amounts are the amounts then: no allocations to look through
        both = (
            select(*_OPEN_COLUMNS, literal(0).label("later"))
            .where(*_open_now(as_of, wanted, party_id))
            .subquery()
        )
    query = (
        select(both)
        .join(PartyRow, PartyRow.id == both.c.party_id)
        .where(PartyRow.kind != _EMPLOYEE)
        # Sorted as expressions: SQLite, flattening the query, would otherwise walk the
        # party-and-date index for its order and look up every document of the party.
        .order_by(Unindexed(both.c.party_id), Unindexed(both.c.date), Unindexed(both.c.id))
    )
    found = []
    shift: dict[str, int] = {}  # per currency, the exponent of its minor unit
    for (
        id_,
        doc_type,
        series,
        number,
        party,
        party_name,
        date,
        due_date,
        currency,
        gross,
        allocated,
        delta,
    ) in session.connection().execute(query).all():  # plain rows, fetched at once
        open_minor = gross - allocated + int(delta)
        if open_minor == 0:
            continue
        exponent = shift.get(currency)
        if exponent is None:
            exponent = shift[currency] = -minor_units(currency)
        found.append(
            OpenRow(
                id=id_,
                type=_TYPE_OF[doc_type],
                number=f"{series}-{number}",
                party_id=party,
                party=party_name,
                date=date,
                due_date=due_date,
                currency=currency,
                total=Decimal(gross).scaleb(exponent),  # from_minor, its places looked up once
                open=Decimal(open_minor).scaleb(exponent),
            )
        )
    return found


def _column(as_of: dt.date, terms_days: int) -> ColumnElement[int]:
    """The ageing column of a document at ``as_of`` as its place in ``COLUMNS``: on account,
    else the oldest bucket whose lower end it has passed, by its due date or else its date plus
    the terms (see domain.open_items.BUCKETS). The oldest bucket is asked first: most open
    items are old, and one comparison places them."""

    def passed(column: QueryableAttribute[Any], shift: int) -> ColumnElement[int]:
        whens = []
        for place in range(len(BUCKETS) - 1, 0, -1):
            _name, _low, high = BUCKETS[place - 1]  # more than ``high`` days overdue
            assert high is not None
            whens.append((column < as_of - dt.timedelta(days=high + shift), place))
        return case(*whens, else_=0)

    return case(
        (DocumentRow.type.in_(_ON_ACCOUNT_TYPES), COLUMNS.index("on-account")),
        (DocumentRow.due_date.is_(None), passed(DocumentRow.date, terms_days)),
        else_=passed(DocumentRow.due_date, 0),
    )


def _sums(rows: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
    """``rows`` (party_id, type, currency, minor, ageing_column) summed per party, type,
    currency and column; with the party's name, employees left out."""
    inner = rows.subquery()
    keys = (inner.c.party_id, inner.c.type, inner.c.currency, inner.c.ageing_column)
    grouped = select(*keys, func.sum(inner.c.minor).label("minor")).group_by(*keys).subquery()
    return (
        select(PartyRow.name, grouped)
        .join(PartyRow, PartyRow.id == grouped.c.party_id)
        .where(PartyRow.kind != _EMPLOYEE)
    )


def ageing_sums(session: Session, as_of: dt.date, terms_days: int) -> list[AgeingSum]:
    """What each party has open per ageing column at ``as_of``, summed in the database: the
    open documents from their kept amounts, plus what allocations made or reversed since did to
    the documents they touched."""
    column = _column(as_of, terms_days).label("ageing_column")
    kept = select(
        DocumentRow.party_id,
        DocumentRow.type,
        DocumentRow.currency,
        (DocumentRow.gross_minor - DocumentRow.allocated_minor).label("minor"),
        column,
    ).where(*_open_now(as_of, _OPEN_ITEM_TYPES, None))
    later = _later(as_of, None)
    since = (
        select(
            DocumentRow.party_id,
            DocumentRow.type,
            DocumentRow.currency,
            later.c.delta.label("minor"),
            column,
        )
        .select_from(later)
        .join(DocumentRow, DocumentRow.id == later.c.document_id)
        .where(*_dated(as_of, _OPEN_ITEM_TYPES, None))
    )
    found = []
    for query in (_sums(kept), _sums(since)):
        for name, party_id, doc_type, currency, place, minor in session.execute(query):
            if not minor:
                continue
            kind = DocumentType(doc_type)
            amount = from_minor(int(minor), currency)
            found.append(
                AgeingSum(
                    party_id,
                    name,
                    SIDE_OF[kind],
                    currency,
                    COLUMNS[place],
                    amount if kind in SETTLED else -amount,
                )
            )
    return found

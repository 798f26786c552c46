"""The documents list: one filtered page of summaries, its count and its page keys, read
through the document indexes."""

from __future__ import annotations

import datetime as dt
from typing import TypeVarTuple

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, tuple_
from sqlalchemy.orm import Session

from ledgerpost.domain.allocation import PaidState
from ledgerpost.domain.documents import SETTLED, DocumentState, DocumentType
from ledgerpost.domain.listing import (
    DocumentFilter,
    DocumentSummary,
    ListKey,
    MailState,
    PaidFilter,
)
from ledgerpost.domain.outbox import NEEDS_A_DECISION, UNDER_WAY, OutboxStatus
from ledgerpost.storage.mail_models import OutboxRow
from ledgerpost.storage.models import DocumentRow
from ledgerpost.storage.types import enum_values, from_minor

_Columns = TypeVarTuple("_Columns")


def _filtered(query: Select[*_Columns], flt: DocumentFilter) -> Select[*_Columns]:
    if flt.type is not None:
        query = query.where(DocumentRow.type == flt.type.value)
    if flt.numbers is not None:
        query = query.where(DocumentRow.number.between(*flt.numbers))
    if flt.dates is not None:
        query = query.where(DocumentRow.date.between(*flt.dates))
    if flt.party_id is not None:
        query = query.where(DocumentRow.party_id == flt.party_id)
    if flt.state is not None:
        query = query.where(DocumentRow.state == flt.state.value)
    if flt.mail is not None:
        query = query.where(_mail_clause(flt.mail))
    if flt.paid is not None:
        query = query.where(_paid_clause(flt.paid))
    return query


def _paid_clause(paid: PaidFilter) -> ColumnElement[bool]:
    """Posted invoices in one paid state, from the kept allocated amount (no join)."""
    gross, allocated = DocumentRow.gross_minor, DocumentRow.allocated_minor
    due_passed = or_(
        and_(DocumentRow.due_date.is_not(None), DocumentRow.due_date < paid.today),
        and_(
            DocumentRow.due_date.is_(None),
            DocumentRow.date < paid.today - dt.timedelta(days=paid.terms_days),
        ),
    )
    by_state = {
        PaidState.PAID: allocated >= gross,
        PaidState.OVERDUE: and_(allocated < gross, due_passed),
        PaidState.PARTLY: and_(allocated > 0, allocated < gross, ~due_passed),
        PaidState.OPEN: and_(allocated <= 0, allocated < gross, ~due_passed),
    }
    return and_(
        DocumentRow.type.in_(enum_values(SETTLED)),
        DocumentRow.state == DocumentState.POSTED.value,
        gross > 0,  # a reminder without a fee is nothing to pay
        by_state[paid.state],
    )


_UNDER_WAY = enum_values(UNDER_WAY)
_NEEDS_A_DECISION = enum_values(NEEDS_A_DECISION)


def _mail_clause(state: MailState) -> ColumnElement[bool]:
    """Documents by their messages in the outbox (through its document_id index)."""

    def having(*statuses: str) -> ColumnElement[bool]:
        return (
            select(OutboxRow.id)
            .where(OutboxRow.document_id == DocumentRow.id, OutboxRow.status.in_(statuses))
            .exists()
        )

    if state is MailState.SENT:
        return having(OutboxStatus.SENT.value)
    if state is MailState.NOT_SENT:
        return ~having(OutboxStatus.SENT.value)
    if state is MailState.WAITING:
        return having(*_UNDER_WAY)
    latest = (
        select(OutboxRow.status)
        .where(OutboxRow.document_id == DocumentRow.id)
        .order_by(OutboxRow.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return latest.in_(_NEEDS_A_DECISION)


_SUMMARY_COLUMNS = (
    DocumentRow.id,
    DocumentRow.type,
    DocumentRow.series,
    DocumentRow.number,
    DocumentRow.date,
    DocumentRow.party_id,
    DocumentRow.party_name,
    DocumentRow.gross_minor,
    DocumentRow.currency,
    DocumentRow.state,
    DocumentRow.allocated_minor,
    DocumentRow.due_date,
)


def list_documents(
    session: Session,
    flt: DocumentFilter,
    *,
    limit: int | None = None,
    offset: int = 0,
    newest_first: bool = True,
    after: ListKey | None = None,
) -> list[DocumentSummary]:
    """One page of summaries; newest first by date, then by entry order.

    ``after`` is the (date, id) of the last row already shown: the page starts behind it,
    found through the index however deep the list goes (an offset would count every row).
    """
    order = (
        (DocumentRow.date.desc(), DocumentRow.id.desc())
        if newest_first
        else (DocumentRow.date, DocumentRow.id)
    )
    query = _filtered(select(*_SUMMARY_COLUMNS), flt).order_by(*order).offset(offset)
    if after is not None:
        key = tuple_(DocumentRow.date, DocumentRow.id)
        query = query.where(key < tuple_(*after) if newest_first else key > tuple_(*after))
    if limit is not None:
        query = query.limit(limit)
    return [
        DocumentSummary(
            id=r.id,
            type=DocumentType(r.type),
            series=r.series,
            number=r.number,
            date=r.date,
            party_id=r.party_id,
            party=r.party_name,
            total=from_minor(r.gross_minor, r.currency),
            currency=r.currency,
            state=DocumentState(r.state),
            allocated=from_minor(r.allocated_minor, r.currency),
            due_date=r.due_date,
        )
        for r in session.execute(query)
    ]


def count_documents(session: Session, flt: DocumentFilter) -> int:
    return int(session.scalar(_filtered(select(func.count(DocumentRow.id)), flt)) or 0)


def page_keys(session: Session, flt: DocumentFilter, every: int) -> list[ListKey]:
    """The (date, id) of every ``every``-th document of the list, newest first: the last row of
    each full page, so that page ``p`` starts behind key ``p - 1``.

    One pass over the list's index (the key columns are in every document index), numbered by
    a window function inside SQLite: only the keys wanted reach Python.
    """
    position = func.row_number().over(order_by=(DocumentRow.date.desc(), DocumentRow.id.desc()))
    numbered = _filtered(
        select(DocumentRow.date, DocumentRow.id, position.label("position")), flt
    ).subquery()
    query = (
        select(numbered.c.date, numbered.c.id)
        .where(numbered.c.position % every == 0)
        .order_by(numbered.c.position)
    )
    return [(date, id_) for date, id_ in session.execute(query)]

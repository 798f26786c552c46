"""Send batches: a new batch's id, how many of its messages are in each state, and moving them
together.

Every move goes through ``ledgerpost.domain.outbox.next_status`` and is written with the old
status in its WHERE clause (as ``outbox_repository.move`` does), one statement per old status:
a message a worker claims meanwhile is simply not moved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ledgerpost.domain.outbox import LIVE, OutboxEvent, OutboxStatus, next_status
from ledgerpost.storage.mail_models import OutboxRow, SendBatchRow
from ledgerpost.storage.types import enum_values, rows_changed


def status_counts(session: Session, batch_id: int) -> dict[OutboxStatus, int]:
    rows = session.execute(
        select(OutboxRow.status, func.count(OutboxRow.id))
        .where(OutboxRow.batch_id == batch_id)
        .group_by(OutboxRow.status)
    )
    return {OutboxStatus(status): count for status, count in rows}


def move_batch(
    session: Session,
    batch_id: int,
    event: OutboxEvent,
    from_statuses: Iterable[OutboxStatus],
    **values: Any,
) -> int:
    """Apply ``event`` to every message of the batch that is in one of ``from_statuses``.

    Raises IllegalTransition before writing anything if the rules forbid the move from any of
    them. Returns how many messages moved.
    """
    moves = [(status, next_status(status, event)) for status in from_statuses]
    targets = {new for _, new in moves}
    # A status that is also a target goes first, so no message is moved twice in one call.
    moves.sort(key=lambda move: move[0] not in targets)
    moved = 0
    for old, new in moves:
        result = session.execute(
            update(OutboxRow)
            .where(OutboxRow.batch_id == batch_id, OutboxRow.status == old.value)
            .values(status=new.value, **values)
        )
        moved += rows_changed(result)
    return moved


def parties_with_statement(
    session: Session, start: dt.date, end: dt.date, kind: str = "statement"
) -> set[int]:
    """Customers whose statement (of ``kind``: either form) for exactly this period went, may
    have gone, or still waits."""
    rows = session.scalars(
        select(OutboxRow.party_id).where(
            OutboxRow.kind == kind,
            OutboxRow.period_start == start,
            OutboxRow.period_end == end,
            OutboxRow.status.in_(enum_values(LIVE)),
        )
    )
    return {party for party in rows if party is not None}


def new_batch(session: Session, at: dt.datetime, by: str, selection: str) -> int:
    """A new batch's id, unique even when several batches are queued at once (write it in a
    write transaction)."""
    row = SendBatchRow(created_at=at, created_by=by, selection=selection)
    session.add(row)
    session.flush()
    return row.id

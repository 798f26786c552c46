"""Delivery workers' heartbeats, and the messages left in 'sending' by workers that are gone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import bindparam, insert, or_, select, update
from sqlalchemy.orm import Session

from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.storage.mail_models import OutboxRow, WorkerRow
from ledgerpost.storage.types import rows_changed, table_of

S = OutboxStatus
_WORKER = table_of(WorkerRow)


_BEAT = (
    update(_WORKER).where(_WORKER.c.id == bindparam("worker")).values(heartbeat_at=bindparam("now"))
)


def beat(session: Session, worker_id: str, host: str, pid: int, now: dt.datetime) -> None:
    """The worker's heartbeat, its row made on the first: Core statements, the beat built once
    (a claim beats inside the ledger's write lock, which every connection's per-message commit
    waits for)."""
    connection = session.connection()
    if rows_changed(connection.execute(_BEAT, {"worker": worker_id, "now": now})) == 0:
        connection.execute(
            insert(_WORKER).values(
                id=worker_id, host=host, pid=pid, started_at=now, heartbeat_at=now
            )
        )


def forget_worker(session: Session, worker_id: str) -> None:
    row = session.get(WorkerRow, worker_id)
    if row is not None:
        session.delete(row)


def workers(session: Session) -> list[WorkerRow]:
    return list(session.scalars(select(WorkerRow)))


def orphaned(session: Session, live: Sequence[str]) -> list[OutboxRow]:
    """Messages in 'sending' whose worker is not among ``live``."""
    query = select(OutboxRow).where(OutboxRow.status == S.SENDING.value)
    if live:
        query = query.where(
            or_(OutboxRow.claimed_by.is_(None), OutboxRow.claimed_by.not_in(list(live)))
        )
    return list(session.scalars(query))

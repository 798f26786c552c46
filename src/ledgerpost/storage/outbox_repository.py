"""The outbox: queued messages, their attachments and stored bytes, their moves and claims.
The lists the window and the command line show are :mod:`ledgerpost.storage.outbox_listing`'s.

Every status change goes through ``ledgerpost.domain.outbox.next_status`` and is written with
the old status in its WHERE clause, so two workers can never both move the same message.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, Row, Select, bindparam, case, func, or_, select, update
from sqlalchemy.orm import Session

from ledgerpost.domain.outbox import (
    CLAIMABLE,
    OutboxEvent,
    OutboxStatus,
    next_status,
)
from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.mail_models import OutboxAttachmentRow, OutboxMimeRow, OutboxRow
from ledgerpost.storage.print_copy_model import PrintCopyRow
from ledgerpost.storage.types import enum_values, rows_changed, table_of

S = OutboxStatus
_CLAIMABLE = enum_values(CLAIMABLE)
_OUTBOX = table_of(OutboxRow)
"""The outbox's table: the claim's statements run on it in Core (no ORM bookkeeping)."""


class StaleStatus(StorageError):
    """The message moved on meanwhile (another worker or desk acted first)."""


def add_message(
    session: Session, row: OutboxRow, attachments: Sequence[tuple[str, str, bytes, str]] = ()
) -> int:
    session.add(row)
    session.flush()
    session.add_all(
        OutboxAttachmentRow(
            outbox_id=row.id,
            position=i,
            filename=name,
            content_type=ctype,
            data=data,
            sha256=digest,
        )
        for i, (name, ctype, data, digest) in enumerate(attachments)
    )
    session.flush()
    return row.id


def get_message(session: Session, outbox_id: int) -> OutboxRow:
    row = session.get(OutboxRow, outbox_id)
    if row is None:
        raise StorageError.of("outbox-no-message", "", id=outbox_id)
    return row


def extra_attachments(session: Session, outbox_id: int) -> list[OutboxAttachmentRow]:
    return list(
        session.scalars(
            select(OutboxAttachmentRow)
            .where(OutboxAttachmentRow.outbox_id == outbox_id)
            .order_by(OutboxAttachmentRow.position)
        )
    )


def messages(session: Session, ids: Sequence[int]) -> list[OutboxRow]:
    """The messages ``ids``, in id order (a claimed batch, read at once)."""
    return list(
        session.scalars(select(OutboxRow).where(OutboxRow.id.in_(list(ids))).order_by(OutboxRow.id))
    )


ClaimedRow = Row[Any]
"""A claimed message as the delivery worker reads it: the outbox row's columns by name, as a
Core row (no ORM object: a batch of them is read and composed for every 50 messages sent)."""


def claimed_messages(session: Session, ids: Sequence[int]) -> list[ClaimedRow]:
    """The messages ``ids`` with all their columns, in id order (a claimed batch, read at once)."""
    query = select(_OUTBOX).where(_OUTBOX.c.id.in_(list(ids))).order_by(_OUTBOX.c.id)
    return list(session.connection().execute(query))


def extra_attachments_of(
    session: Session, ids: Sequence[int]
) -> dict[int, list[OutboxAttachmentRow]]:
    """``extra_attachments`` of several messages at once, by message id."""
    found: dict[int, list[OutboxAttachmentRow]] = {}
    rows = session.scalars(
        select(OutboxAttachmentRow)
        .where(OutboxAttachmentRow.outbox_id.in_(list(ids)))
        .order_by(OutboxAttachmentRow.outbox_id, OutboxAttachmentRow.position)
    )
    for row in rows:
        found.setdefault(row.outbox_id, []).append(row)
    return found


def move(session: Session, outbox_id: int, event: OutboxEvent, **values: Any) -> OutboxStatus:
    """Apply ``event`` to one message if the rules allow it; raise StaleStatus if it moved."""
    current = session.scalar(select(OutboxRow.status).where(OutboxRow.id == outbox_id))
    if current is None:
        raise StorageError.of("outbox-no-message", "", id=outbox_id)
    target = next_status(OutboxStatus(current), event)
    changed = rows_changed(
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == outbox_id, OutboxRow.status == current)
            .values(status=target.value, **values)
        )
    )
    if changed != 1:
        raise StaleStatus.of("outbox-changed", "", id=outbox_id)
    return target


@dataclass(frozen=True, slots=True)
class KeptMime:
    """A message's stored bytes. With ``print_copy_at`` set they lack the base64 lines of its
    document's print copy (the one with ``print_copy_sha256``), which go back in there.

    Bytes composed when the message was queued lack their ``Date`` line too (they begin with
    ``From:``): the first attempt's time goes in front whenever they are sent or shown, the
    same time on every retry. Bytes composed for a first try begin with their ``Date``."""

    mime: bytes
    print_copy_at: int | None = None
    print_copy_sha256: str | None = None
    envelope: tuple[str, ...] | None = None
    """Composed as it was queued: the envelope's recipients (each mailbox once); None: read
    from the message's addresses as it is sent."""

    @property
    def dated(self) -> bool:
        """Whether the bytes carry their ``Date`` line (the composer writes it first)."""
        return self.mime.startswith(b"Date: ")

    def parameters(self) -> dict[str, Any]:
        """The values of ``delivery_lane``'s STORE_MIME besides the message's id."""
        return {
            "bytes": self.mime,
            "copy_at": self.print_copy_at,
            "copy_sha256": self.print_copy_sha256,
        }


def keep_mime(session: Session, outbox_id: int, kept: KeptMime) -> None:
    """Store a message's bytes (composed as it is queued)."""
    session.add(
        OutboxMimeRow(
            outbox_id=outbox_id,
            mime=kept.mime,
            print_copy_at=kept.print_copy_at,
            print_copy_sha256=kept.print_copy_sha256,
            envelope=None if kept.envelope is None else "\n".join(kept.envelope),
        )
    )


def stored_mimes(session: Session, ids: Sequence[int]) -> dict[int, KeptMime]:
    """The bytes kept for the messages ``ids`` that have them (composed when queued, or on a
    first try)."""
    rows = session.execute(
        select(
            OutboxMimeRow.outbox_id,
            OutboxMimeRow.mime,
            OutboxMimeRow.print_copy_at,
            OutboxMimeRow.print_copy_sha256,
            OutboxMimeRow.envelope,
        ).where(OutboxMimeRow.outbox_id.in_(list(ids)))
    )
    return {
        outbox_id: KeptMime(mime, at, sha, None if to is None else tuple(to.split("\n")))
        for outbox_id, mime, at, sha, to in rows
    }


def settle(session: Session, outbox_id: int, event: OutboxEvent, **values: Any) -> OutboxStatus:
    """``move`` for a message the worker holds in 'sending', without reading its status."""
    target = next_status(S.SENDING, event)
    changed = rows_changed(
        session.connection().execute(
            update(_OUTBOX)
            .where(_OUTBOX.c.id == outbox_id, _OUTBOX.c.status == S.SENDING.value)
            .values(status=target.value, **values)
        )
    )
    if changed != 1:
        raise StaleStatus.of("outbox-changed", "", id=outbox_id)
    return target


next_status(S.HELD, OutboxEvent.RELEASE)  # the rules allow it; done in bulk below
_RELEASE_DUE_HELD = (
    update(_OUTBOX)
    .where(_OUTBOX.c.status == S.HELD.value, _OUTBOX.c.send_at <= bindparam("now"))
    .values(status=S.QUEUED.value, next_attempt_at=bindparam("now"))
)
"""The claims' statements are built once (every claim runs them, inside the ledger's write
lock): building a statement took longer than running it."""


def release_due_held(session: Session, now: dt.datetime) -> int:
    return rows_changed(session.connection().execute(_RELEASE_DUE_HELD, {"now": now}))


def due_ids(
    session: Session,
    now: dt.datetime,
    limit: int,
    *,
    skip_locked: bool,
    accounts: Sequence[int | None] | None = None,
) -> list[int]:
    """Due messages, oldest first; only those of ``accounts`` when named (None in it: the
    messages that name no account, which go through the default one)."""
    query = _due_query(skip_locked, None if accounts is None else tuple(accounts))
    found = session.connection().execute(query, {"now": now, "most": limit})
    return list(found.scalars())


@functools.lru_cache(maxsize=32)
def _due_query(skip_locked: bool, accounts: tuple[int | None, ...] | None) -> Select[Any]:
    table = _OUTBOX.c
    query = (
        select(table.id)
        .where(table.status.in_(_CLAIMABLE), table.next_attempt_at <= bindparam("now"))
        .order_by(table.next_attempt_at, table.id)
        .limit(bindparam("most", type_=Integer))
    )
    if accounts is not None:
        named = [a for a in accounts if a is not None]
        where = table.account_id.in_(named)
        query = query.where(or_(where, table.account_id.is_(None)) if None in accounts else where)
    if skip_locked:
        query = query.with_for_update(skip_locked=True)
    return query


def due_without_print_copy(session: Session, now: dt.datetime, limit: int) -> list[int]:
    """Documents of due messages still to be composed whose print copy is not stored yet,
    in the order the messages will be claimed."""
    query = (
        select(OutboxRow.document_id)
        .outerjoin(PrintCopyRow, PrintCopyRow.document_id == OutboxRow.document_id)
        .where(
            OutboxRow.status.in_(_CLAIMABLE),
            OutboxRow.next_attempt_at <= now,
            ~select(OutboxMimeRow.outbox_id)
            .where(OutboxMimeRow.outbox_id == OutboxRow.id)
            .exists(),
            OutboxRow.attach_print_copy.is_(True),
            OutboxRow.document_id.is_not(None),
            PrintCopyRow.id.is_(None),
        )
        .order_by(OutboxRow.next_attempt_at, OutboxRow.id)
        .limit(limit)
    )
    return [d for d in dict.fromkeys(session.scalars(query)) if d is not None]


next_status(S.QUEUED, OutboxEvent.CLAIM)
_CLAIM = (
    update(_OUTBOX)
    .where(_OUTBOX.c.id.in_(bindparam("ids", expanding=True)), _OUTBOX.c.status.in_(_CLAIMABLE))
    .values(
        status=S.SENDING.value,
        claimed_by=bindparam("worker"),
        claimed_at=bindparam("now"),
        data_at=None,
        attempts=_OUTBOX.c.attempts + 1,
        first_attempt_at=func.coalesce(_OUTBOX.c.first_attempt_at, bindparam("now")),
    )
    .returning(_OUTBOX.c.id)
)


def claim(session: Session, ids: Sequence[int], worker_id: str, now: dt.datetime) -> list[int]:
    """Take ``ids`` for ``worker_id``; only those still waiting are taken."""
    if not ids:
        return []
    given = {"ids": list(ids), "worker": worker_id, "now": now}
    return sorted(session.connection().execute(_CLAIM, given).scalars().all())


def unclaimed_values() -> dict[str, Any]:
    """``move`` values that take back the claim's count of an attempt that never reached the
    server (its account was paused): attempts, and the first attempt's time if it was the first."""
    return {
        "attempts": OutboxRow.attempts - 1,
        "first_attempt_at": case((OutboxRow.attempts <= 1, None), else_=OutboxRow.first_attempt_at),
    }


def mark_waiting_without_credit(session: Session, now: dt.datetime) -> int:
    next_status(S.QUEUED, OutboxEvent.OUT_OF_CREDIT)
    return rows_changed(
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.status.in_(_CLAIMABLE), OutboxRow.next_attempt_at <= now)
            .values(status=S.NO_CREDIT.value)
        )
    )


def release_no_credit(session: Session, now: dt.datetime) -> int:
    next_status(S.NO_CREDIT, OutboxEvent.TOPPED_UP)
    return rows_changed(
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.status == S.NO_CREDIT.value)
            .values(status=S.QUEUED.value, next_attempt_at=now)
        )
    )


def next_due(session: Session) -> dt.datetime | None:
    """When the next waiting message is due. Held messages count from their send time; one
    held with none (a paused batch) is not due until someone releases it."""
    waiting = session.scalar(
        select(func.min(OutboxRow.next_attempt_at)).where(OutboxRow.status.in_(_CLAIMABLE))
    )
    held = session.scalar(
        select(func.min(OutboxRow.send_at)).where(
            OutboxRow.status == S.HELD.value, OutboxRow.send_at.is_not(None)
        )
    )
    return min((d for d in (waiting, held) if d is not None), default=None)

"""The outbox: queued messages, their attachments and stored bytes, their moves, and reading them.

Every status change goes through ``ledgerpost.domain.outbox.next_status`` and is written with
the old status in its WHERE clause, so two workers can never both move the same message.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, or_, select, update
from sqlalchemy.orm import Session

from ledgerpost.domain.delivery_outcome import DeliveryDetail
from ledgerpost.domain.outbox import (
    CLAIMABLE,
    LIVE,
    OutboxEntry,
    OutboxEvent,
    OutboxStatus,
    next_status,
)
from ledgerpost.domain.templates import PERIOD_REPORTS
from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.mail_models import OutboxAttachmentRow, OutboxMimeRow, OutboxRow
from ledgerpost.storage.models import DocumentRow
from ledgerpost.storage.print_copy_model import PrintCopyRow
from ledgerpost.storage.report_models import OutboxDeliveryRow
from ledgerpost.storage.types import enum_values, rows_changed, table_of

S = OutboxStatus
_CLAIMABLE = enum_values(CLAIMABLE)


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
        raise StorageError(f"there is no message {outbox_id} in the outbox")
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
        raise StorageError(f"there is no message {outbox_id} in the outbox")
    target = next_status(OutboxStatus(current), event)
    changed = rows_changed(
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == outbox_id, OutboxRow.status == current)
            .values(status=target.value, **values)
        )
    )
    if changed != 1:
        raise StaleStatus(f"message {outbox_id} changed while we were moving it")
    return target


_OUTBOX = table_of(OutboxRow)


@dataclass(frozen=True, slots=True)
class KeptMime:
    """A message's stored bytes. With ``print_copy_at`` set they lack the base64 lines of its
    document's print copy (the one with ``print_copy_sha256``), which go back in there."""

    mime: bytes
    print_copy_at: int | None = None
    print_copy_sha256: str | None = None

    def parameters(self) -> dict[str, Any]:
        """The values of ``delivery_lane``'s STORE_MIME besides the message's id."""
        return {
            "bytes": self.mime,
            "copy_at": self.print_copy_at,
            "copy_sha256": self.print_copy_sha256,
        }


def stored_mimes(session: Session, ids: Sequence[int]) -> dict[int, KeptMime]:
    """The bytes kept for the messages ``ids`` that have them (composed on a first try)."""
    rows = session.execute(
        select(
            OutboxMimeRow.outbox_id,
            OutboxMimeRow.mime,
            OutboxMimeRow.print_copy_at,
            OutboxMimeRow.print_copy_sha256,
        ).where(OutboxMimeRow.outbox_id.in_(list(ids)))
    )
    return {outbox_id: KeptMime(mime, at, sha) for outbox_id, mime, at, sha in rows}


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
        raise StaleStatus(f"message {outbox_id} changed while we were moving it")
    return target


def release_due_held(session: Session, now: dt.datetime) -> int:
    next_status(S.HELD, OutboxEvent.RELEASE)  # the rules allow it; done in bulk below
    return rows_changed(
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.status == S.HELD.value, OutboxRow.send_at <= now)
            .values(status=S.QUEUED.value, next_attempt_at=now)
        )
    )


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
    query = (
        select(OutboxRow.id)
        .where(OutboxRow.status.in_(_CLAIMABLE), OutboxRow.next_attempt_at <= now)
        .order_by(OutboxRow.next_attempt_at, OutboxRow.id)
        .limit(limit)
    )
    if accounts is not None:
        named = [a for a in accounts if a is not None]
        where = OutboxRow.account_id.in_(named)
        query = query.where(
            or_(where, OutboxRow.account_id.is_(None)) if None in accounts else where
        )
    if skip_locked:
        query = query.with_for_update(skip_locked=True)
    return list(session.scalars(query))


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


def claim(session: Session, ids: Sequence[int], worker_id: str, now: dt.datetime) -> list[int]:
    """Take ``ids`` for ``worker_id``; only those still waiting are taken."""
    if not ids:
        return []
    next_status(S.QUEUED, OutboxEvent.CLAIM)
    taken = (
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.id.in_(ids), OutboxRow.status.in_(_CLAIMABLE))
            .values(
                status=S.SENDING.value,
                claimed_by=worker_id,
                claimed_at=now,
                data_at=None,
                attempts=OutboxRow.attempts + 1,
                first_attempt_at=func.coalesce(OutboxRow.first_attempt_at, now),
            )
            .returning(OutboxRow.id)
        )
        .scalars()
        .all()
    )
    return sorted(taken)


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


def entries(
    session: Session,
    *,
    status: OutboxStatus | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    party_id: int | None = None,
    document_id: int | None = None,
    limit: int | None = None,
    newest_first: bool = True,
    delivery: str | None = None,
) -> list[OutboxEntry]:
    query = (
        select(
            OutboxRow, DocumentRow.type, DocumentRow.series, DocumentRow.number, OutboxDeliveryRow
        )
        .outerjoin(DocumentRow, DocumentRow.id == OutboxRow.document_id)
        .outerjoin(OutboxDeliveryRow, OutboxDeliveryRow.outbox_id == OutboxRow.id)
    )
    if delivery is not None:
        query = query.where(OutboxDeliveryRow.delivery == delivery)
    if status is not None:
        query = query.where(OutboxRow.status == status.value)
    if since is not None:
        query = query.where(OutboxRow.queued_at >= since)
    if until is not None:
        query = query.where(OutboxRow.queued_at < until)
    if party_id is not None:
        query = query.where(OutboxRow.party_id == party_id)
    if document_id is not None:
        query = query.where(OutboxRow.document_id == document_id)
    query = query.order_by(OutboxRow.id.desc() if newest_first else OutboxRow.id)
    if limit is not None:
        query = query.limit(limit)
    found = []
    for row, doc_type, series, number, reported in session.execute(query):
        label = _label(row, doc_type, series, number)
        found.append(
            OutboxEntry(
                id=row.id,
                status=OutboxStatus(row.status),
                kind=row.kind,
                document_id=row.document_id,
                document=label,
                party_id=row.party_id,
                to=row.to_addrs,
                cc=row.cc_addrs,
                bcc=row.bcc_addrs,
                subject=row.subject,
                attempts=row.attempts,
                last_error=row.last_error,
                last_code=row.last_code,
                last_error_code=row.last_error_code or "",
                last_error_params=_params(row.last_error_params),
                message_id=row.message_id,
                queued_at=row.queued_at,
                queued_by=row.queued_by,
                send_at=row.send_at,
                next_attempt_at=row.next_attempt_at,
                sent_at=row.sent_at,
                refused=row.refused,
                batch_id=row.batch_id,
                server_reply=row.server_reply,
                account_id=row.account_id,
                **_reported(reported),
            )
        )
    return found


def _label(row: OutboxRow, doc_type: str | None, series: str | None, number: int | None) -> str:
    if row.kind in PERIOD_REPORTS:
        return f"{row.kind} {row.period_start}..{row.period_end}"
    if doc_type is not None:
        return f"{doc_type} {series}-{number}"
    return row.kind


def _reported(row: OutboxDeliveryRow | None) -> dict[str, Any]:
    if row is None or not row.delivery:
        return {}
    detail = DeliveryDetail(row.address, row.status, row.remote_text).as_text()
    return {"delivery": row.delivery, "delivery_detail": detail, "delivery_at": row.delivery_at}


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


def latest_status_by_document(
    session: Session, document_ids: Sequence[int]
) -> dict[int, OutboxStatus]:
    if not document_ids:
        return {}
    latest = (
        select(OutboxRow.document_id, func.max(OutboxRow.id).label("last"))
        .where(OutboxRow.document_id.in_(list(document_ids)))
        .group_by(OutboxRow.document_id)
        .subquery()
    )
    rows = session.execute(
        select(OutboxRow.document_id, OutboxRow.status).join(latest, OutboxRow.id == latest.c.last)
    )
    return {doc: OutboxStatus(status) for doc, status in rows if doc is not None}


def status_counts(session: Session) -> dict[OutboxStatus, int]:
    rows = session.execute(
        select(OutboxRow.status, func.count(OutboxRow.id)).group_by(OutboxRow.status)
    )
    return {OutboxStatus(status): count for status, count in rows}


def sent_for_document(session: Session, document_id: int) -> list[OutboxRow]:
    """Messages of this document that went, may have gone, or are still to go."""
    return list(
        session.scalars(
            select(OutboxRow)
            .where(OutboxRow.document_id == document_id, OutboxRow.status.in_(enum_values(LIVE)))
            .order_by(OutboxRow.id)
        )
    )


def _params(text: str | None) -> tuple[tuple[str, str | int], ...]:
    """The stored values of an error's code (JSON text), as pairs."""
    if not text:
        return ()
    try:
        values = json.loads(text)
    except ValueError:
        return ()
    return tuple(sorted(values.items())) if isinstance(values, dict) else ()

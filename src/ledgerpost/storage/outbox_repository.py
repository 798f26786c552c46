"""The outbox, the credit ledger, settings and recent recipients, in and out of the database.

Every status change goes through ``ledgerpost.domain.outbox.next_status`` and is written with
the old status in its WHERE clause, so two workers can never both move the same message.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from ledgerpost.domain.credits import CreditEntry, CreditKind
from ledgerpost.domain.outbox import OutboxEntry, OutboxEvent, OutboxStatus, next_status
from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.mail_models import (
    CreditRow,
    OutboxAttachmentRow,
    OutboxRow,
    RecentRecipientRow,
    SettingRow,
    WorkerRow,
)
from ledgerpost.storage.models import DocumentRow

S = OutboxStatus
RESERVING = (S.SENDING.value, S.UNCERTAIN.value)
"""A message in these states may have been accepted: it holds a credit until it is settled."""


class StaleStatus(StorageError):
    """The message moved on meanwhile (another worker or desk acted first)."""


# --- settings -----------------------------------------------------------------------------


def load_settings(session: Session) -> dict[str, Any]:
    return {row.key: json.loads(row.value) for row in session.scalars(select(SettingRow))}


def save_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(SettingRow, key) or SettingRow(key=key)
    row.value = json.dumps(value)
    session.add(row)


# --- credits ------------------------------------------------------------------------------


def credit_balance(session: Session) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(CreditRow.amount), 0))) or 0)


def reserved_credits(session: Session) -> int:
    return int(
        session.scalar(select(func.count(OutboxRow.id)).where(OutboxRow.status.in_(RESERVING))) or 0
    )


def add_credit(session: Session, entry: CreditEntry) -> None:
    session.add(
        CreditRow(
            kind=entry.kind.value,
            amount=entry.amount,
            reference=entry.reference,
            at=entry.at,
            user_name=entry.user,
            outbox_id=entry.outbox_id,
        )
    )
    session.flush()


def credit_history(session: Session, limit: int = 500) -> list[CreditEntry]:
    rows = session.scalars(select(CreditRow).order_by(CreditRow.id.desc()).limit(limit))
    return [
        CreditEntry(CreditKind(r.kind), r.amount, r.reference, r.at, r.user_name, r.outbox_id)
        for r in rows
    ]


def spent_credits(session: Session) -> int:
    return -int(
        session.scalar(
            select(func.coalesce(func.sum(CreditRow.amount), 0)).where(
                CreditRow.kind == CreditKind.SPEND.value
            )
        )
        or 0
    )


# --- recent recipients --------------------------------------------------------------------


def recent_addresses(session: Session, party_id: int) -> str:
    row = session.get(RecentRecipientRow, party_id)
    return row.addresses if row else ""


def remember_addresses(session: Session, party_id: int, addresses: str, now: dt.datetime) -> None:
    row = session.get(RecentRecipientRow, party_id) or RecentRecipientRow(party_id=party_id)
    row.addresses = addresses
    row.used_at = now
    session.add(row)


# --- the outbox ---------------------------------------------------------------------------


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


def move(session: Session, outbox_id: int, event: OutboxEvent, **values: Any) -> OutboxStatus:
    """Apply ``event`` to one message if the rules allow it; raise StaleStatus if it moved."""
    current = session.scalar(select(OutboxRow.status).where(OutboxRow.id == outbox_id))
    if current is None:
        raise StorageError(f"there is no message {outbox_id} in the outbox")
    target = next_status(OutboxStatus(current), event)
    changed = session.execute(
        update(OutboxRow)
        .where(OutboxRow.id == outbox_id, OutboxRow.status == current)
        .values(status=target.value, **values)
    ).rowcount
    if changed != 1:
        raise StaleStatus(f"message {outbox_id} changed while we were moving it")
    return target


def release_due_held(session: Session, now: dt.datetime) -> int:
    next_status(S.HELD, OutboxEvent.RELEASE)  # the rules allow it; done in bulk below
    return session.execute(
        update(OutboxRow)
        .where(OutboxRow.status == S.HELD.value, OutboxRow.send_at <= now)
        .values(status=S.QUEUED.value, next_attempt_at=now)
    ).rowcount


def due_ids(session: Session, now: dt.datetime, limit: int, *, skip_locked: bool) -> list[int]:
    query = (
        select(OutboxRow.id)
        .where(
            OutboxRow.status.in_((S.QUEUED.value, S.RETRY.value)), OutboxRow.next_attempt_at <= now
        )
        .order_by(OutboxRow.next_attempt_at, OutboxRow.id)
        .limit(limit)
    )
    if skip_locked:
        query = query.with_for_update(skip_locked=True)
    return list(session.scalars(query))


def claim(session: Session, ids: Sequence[int], worker_id: str, now: dt.datetime) -> list[int]:
    """Take ``ids`` for ``worker_id``; only those still waiting are taken."""
    if not ids:
        return []
    next_status(S.QUEUED, OutboxEvent.CLAIM)
    taken = (
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.id.in_(ids), OutboxRow.status.in_((S.QUEUED.value, S.RETRY.value)))
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


def mark_waiting_without_credit(session: Session, now: dt.datetime) -> int:
    next_status(S.QUEUED, OutboxEvent.OUT_OF_CREDIT)
    return session.execute(
        update(OutboxRow)
        .where(
            OutboxRow.status.in_((S.QUEUED.value, S.RETRY.value)), OutboxRow.next_attempt_at <= now
        )
        .values(status=S.NO_CREDIT.value)
    ).rowcount


def release_no_credit(session: Session, now: dt.datetime) -> int:
    next_status(S.NO_CREDIT, OutboxEvent.TOPPED_UP)
    return session.execute(
        update(OutboxRow)
        .where(OutboxRow.status == S.NO_CREDIT.value)
        .values(status=S.QUEUED.value, next_attempt_at=now)
    ).rowcount


# --- workers ------------------------------------------------------------------------------


def beat(session: Session, worker_id: str, host: str, pid: int, now: dt.datetime) -> None:
    row = session.get(WorkerRow, worker_id)
    if row is None:
        session.add(WorkerRow(id=worker_id, host=host, pid=pid, started_at=now, heartbeat_at=now))
    else:
        row.heartbeat_at = now


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


# --- reading ------------------------------------------------------------------------------


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
) -> list[OutboxEntry]:
    query = select(OutboxRow, DocumentRow.type, DocumentRow.series, DocumentRow.number).outerjoin(
        DocumentRow, DocumentRow.id == OutboxRow.document_id
    )
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
    for row, doc_type, series, number in session.execute(query):
        if row.kind == "statement":
            label = f"statement {row.period_start}..{row.period_end}"
        elif doc_type is not None:
            label = f"{doc_type} {series}-{number}"
        else:
            label = row.kind
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
                message_id=row.message_id,
                queued_at=row.queued_at,
                queued_by=row.queued_by,
                send_at=row.send_at,
                next_attempt_at=row.next_attempt_at,
                sent_at=row.sent_at,
                refused=row.refused,
                batch_id=row.batch_id,
                server_reply=row.server_reply,
            )
        )
    return found


def next_due(session: Session) -> dt.datetime | None:
    """When the next waiting message is due (held ones count from their send time)."""
    due = session.scalar(
        select(func.min(OutboxRow.next_attempt_at)).where(
            OutboxRow.status.in_((S.QUEUED.value, S.RETRY.value, S.HELD.value))
        )
    )
    return due


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
    live = (S.SENT, S.SENDING, S.UNCERTAIN, S.QUEUED, S.HELD, S.RETRY, S.NO_CREDIT)
    return list(
        session.scalars(
            select(OutboxRow)
            .where(
                OutboxRow.document_id == document_id, OutboxRow.status.in_([x.value for x in live])
            )
            .order_by(OutboxRow.id)
        )
    )


def documents_sent(session: Session, document_ids: Sequence[int]) -> set[int]:
    """Which of ``document_ids`` were sent (or may have been) already."""
    if not document_ids:
        return set()
    rows = session.scalars(
        select(OutboxRow.document_id).where(
            OutboxRow.document_id.in_(list(document_ids)),
            OutboxRow.status.in_(
                (
                    S.SENT.value,
                    S.QUEUED.value,
                    S.HELD.value,
                    S.RETRY.value,
                    S.NO_CREDIT.value,
                    *RESERVING,
                )
            ),
        )
    )
    return {d for d in rows if d is not None}


def next_batch_id(session: Session) -> int:
    return int(session.scalar(select(func.coalesce(func.max(OutboxRow.batch_id), 0))) or 0) + 1

"""The outbox, the credit ledger, settings and recent recipients, in and out of the database.

Every status change goes through ``ledgerpost.domain.outbox.next_status`` and is written with
the old status in its WHERE clause, so two workers can never both move the same message.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ledgerpost.domain.credits import CreditEntry, CreditKind
from ledgerpost.domain.outbox import OutboxEntry, OutboxEvent, OutboxStatus, next_status
from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.mail_models import (
    CreditBalanceRow,
    CreditRow,
    OutboxAttachmentRow,
    OutboxMimeRow,
    OutboxRow,
    RecentRecipientRow,
    SendBatchRow,
    SettingRow,
    WorkerRow,
)
from ledgerpost.storage.models import DocumentRow
from ledgerpost.storage.print_copy_model import PrintCopyRow

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


def keep_setting(session: Session, key: str, value: Any) -> None:
    """``save_setting`` for a value several processes may store at the same moment (a fact
    learned by each delivery worker): under PostgreSQL a concurrent first insert of the key wins
    and this one updates it instead of failing."""
    text = json.dumps(value)
    changed = session.execute(
        update(SettingRow).where(SettingRow.key == key).values(value=text)
    ).rowcount
    if changed:
        return
    try:
        with session.begin_nested():
            session.execute(insert(SettingRow).values(key=key, value=text))
    except IntegrityError:
        session.execute(update(SettingRow).where(SettingRow.key == key).values(value=text))


# --- credits ------------------------------------------------------------------------------


BALANCE_SLOTS = 16
"""Rows of ``credit_balance`` (as migration 0009 made them): slot 0 for top-ups and grants."""
_BALANCE = CreditBalanceRow.__table__
BALANCE = select(func.coalesce(func.sum(_BALANCE.c.balance), 0))
CHANGE_BALANCE = (
    update(_BALANCE)
    .where(_BALANCE.c.slot == bindparam("slot_number"))
    .values(balance=_BALANCE.c.balance + bindparam("change"))
)


def credit_balance(session: Session) -> int:
    """The balance: the sum of the few balance rows, always that of the credit ledger.

    No lock is needed to spend from it: every message was counted against the balance when it
    was claimed (claims take turns and never take more than the balance less the messages that
    may have been accepted), so a spend can never take it below zero; its check is a guard."""
    return int(session.scalar(BALANCE) or 0)


def credit_sum(session: Session) -> int:
    """The sum of the credit ledger itself (what the balance row must equal)."""
    return int(session.scalar(select(func.coalesce(func.sum(CreditRow.amount), 0))) or 0)


def reserved_credits(session: Session) -> int:
    return int(
        session.scalar(select(func.count(OutboxRow.id)).where(OutboxRow.status.in_(RESERVING))) or 0
    )


def available_credits(session: Session) -> int:
    """The balance less the credits held by messages that may have been accepted, read in one
    statement (one snapshot: a spend committed between two reads would count twice)."""
    balance = BALANCE.scalar_subquery()
    reserved = (
        select(func.count(OutboxRow.id)).where(OutboxRow.status.in_(RESERVING)).scalar_subquery()
    )
    return int(session.scalar(select(balance - reserved)) or 0)


def add_credit(session: Session, entry: CreditEntry, slot: int = 0) -> None:
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
    session.connection().execute(CHANGE_BALANCE, {"slot_number": slot, "change": entry.amount})


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
    changed = session.execute(
        update(OutboxRow)
        .where(OutboxRow.id == outbox_id, OutboxRow.status == current)
        .values(status=target.value, **values)
    ).rowcount
    if changed != 1:
        raise StaleStatus(f"message {outbox_id} changed while we were moving it")
    return target


# --- a message's stored bytes (written with its data mark: storage.delivery_lane) ---------

_OUTBOX = OutboxRow.__table__


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
    changed = (
        session.connection()
        .execute(
            update(_OUTBOX)
            .where(_OUTBOX.c.id == outbox_id, _OUTBOX.c.status == S.SENDING.value)
            .values(status=target.value, **values)
        )
        .rowcount
    )
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


def due_without_print_copy(session: Session, now: dt.datetime, limit: int) -> list[int]:
    """Documents of due messages still to be composed whose print copy is not stored yet,
    in the order the messages will be claimed."""
    query = (
        select(OutboxRow.document_id)
        .outerjoin(PrintCopyRow, PrintCopyRow.document_id == OutboxRow.document_id)
        .where(
            OutboxRow.status.in_((S.QUEUED.value, S.RETRY.value)),
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
            )
        )
    return found


def next_due(session: Session) -> dt.datetime | None:
    """When the next waiting message is due. Held messages count from their send time; one
    held with none (a paused batch) is not due until someone releases it."""
    waiting = session.scalar(
        select(func.min(OutboxRow.next_attempt_at)).where(
            OutboxRow.status.in_((S.QUEUED.value, S.RETRY.value))
        )
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


def new_batch(session: Session, at: dt.datetime, by: str, selection: str) -> int:
    """A new batch's id, unique even when several batches are queued at once (write it in a
    write transaction)."""
    row = SendBatchRow(created_at=at, created_by=by, selection=selection)
    session.add(row)
    session.flush()
    return row.id


def _params(text: str | None) -> tuple[tuple[str, str | int], ...]:
    """The stored values of an error's code (JSON text), as pairs."""
    if not text:
        return ()
    try:
        values = json.loads(text)
    except ValueError:
        return ()
    return tuple(sorted(values.items())) if isinstance(values, dict) else ()

"""Reads and writes of what comes back after sending (the tables of storage.report_models)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ledgerpost.domain.delivery_outcome import DeliveryDetail, DeliveryOutcome
from ledgerpost.storage.mail_models import OutboxRow
from ledgerpost.storage.report_models import (
    AddressBounceRow,
    AppliedReportRow,
    LedgerKeyRow,
    MailboxMarkRow,
    MailboxSettingsRow,
    OutboxDeliveryRow,
)

REFERENCE_KEY = "outbox-reference"
KEY_BYTES = 32


# --- the ledger's key -------------------------------------------------------------------------


def stored_key(session: Session, purpose: str = REFERENCE_KEY) -> bytes | None:
    row = session.get(LedgerKeyRow, purpose)
    return row.key if row is not None else None


def make_key(session: Session, purpose: str = REFERENCE_KEY) -> bytes:
    """The ledger's key for ``purpose``, made (random, once) if it has none; in a write
    session. Two makers at once: the first commit wins, the other reads it."""
    found = stored_key(session, purpose)
    if found is not None:
        return found
    key = os.urandom(KEY_BYTES)
    try:
        with session.begin_nested():
            session.add(LedgerKeyRow(purpose=purpose, key=key))
    except IntegrityError:
        found = stored_key(session, purpose)
        assert found is not None
        return found
    return key


# --- per message ------------------------------------------------------------------------------


def _delivery_row(session: Session, outbox_id: int) -> OutboxDeliveryRow:
    row = session.get(OutboxDeliveryRow, outbox_id)
    if row is None:
        row = OutboxDeliveryRow(
            outbox_id=outbox_id, read_receipt=False, delivery="", address="", status="",
            remote_text="",
        )  # fmt: skip
        session.add(row)
    return row


def ask_read_receipt(session: Session, outbox_id: int) -> None:
    _delivery_row(session, outbox_id).read_receipt = True


def read_receipts(session: Session, outbox_ids: Iterable[int]) -> set[int]:
    """Which of ``outbox_ids`` ask for a read receipt."""
    ids = list(outbox_ids)
    if not ids:
        return set()
    query = select(OutboxDeliveryRow.outbox_id).where(
        OutboxDeliveryRow.outbox_id.in_(ids), OutboxDeliveryRow.read_receipt.is_(True)
    )
    return set(session.scalars(query))


@dataclass(frozen=True, slots=True)
class Reported:
    """A message's outcome as stored."""

    outbox_id: int
    delivery: DeliveryOutcome
    detail: DeliveryDetail
    at: dt.datetime | None


def outcomes(session: Session, outbox_ids: Iterable[int]) -> dict[int, Reported]:
    ids = list(outbox_ids)
    query = select(OutboxDeliveryRow).where(OutboxDeliveryRow.outbox_id.in_(ids))
    return {
        r.outbox_id: Reported(
            r.outbox_id,
            DeliveryOutcome(r.delivery),
            DeliveryDetail(r.address, r.status, r.remote_text),
            r.delivery_at,
        )
        for r in session.scalars(query)
    }


def set_outcome(
    session: Session,
    outbox_id: int,
    delivery: DeliveryOutcome,
    detail: DeliveryDetail,
    at: dt.datetime,
) -> None:
    row = _delivery_row(session, outbox_id)
    row.delivery, row.delivery_at = delivery.value, at
    row.address, row.status, row.remote_text = detail.address, detail.status, detail.text[:2000]


def next_outbox_id(session: Session) -> int:
    """The id the next outbox message will likely get (for a reference of the same length)."""
    return int(session.scalar(select(func.max(OutboxRow.id))) or 0) + 1


def sent_message(session: Session, *, message_id: str, outbox_id: int | None) -> OutboxRow | None:
    """The sent outbox row a report names: by Message-ID, by id, or by both (then they must
    be one row); None when there is none, or it was not sent."""
    row = None
    if message_id:
        row = session.scalars(select(OutboxRow).where(OutboxRow.message_id == message_id)).first()
        if row is None or (outbox_id is not None and row.id != outbox_id):
            return None
    elif outbox_id is not None:
        row = session.get(OutboxRow, outbox_id)
    return row if row is not None and row.status == "sent" else None


# --- reports applied, and bounced addresses ---------------------------------------------------


def applied(session: Session, digest: str) -> bool:
    return session.get(AppliedReportRow, digest) is not None


def add_applied(session: Session, digest: str, outbox_id: int, at: dt.datetime) -> None:
    session.add(AppliedReportRow(digest=digest, outbox_id=outbox_id, applied_at=at))


def mark_bounced(
    session: Session, address: str, status: str, text: str, outbox_id: int, at: dt.datetime
) -> None:
    key = address.strip().lower()
    row = session.get(AddressBounceRow, key)
    if row is None:
        row = AddressBounceRow(address=key)
        session.add(row)
    row.bounced_at, row.status, row.remote_text, row.outbox_id = at, status, text[:2000], outbox_id


def clear_bounce(session: Session, address: str) -> bool:
    row = session.get(AddressBounceRow, address.strip().lower())
    if row is None:
        return False
    session.delete(row)
    return True


@dataclass(frozen=True, slots=True)
class Bounce:
    address: str
    bounced_at: dt.datetime
    status: str
    text: str


def bounces(session: Session, addresses: Iterable[str]) -> dict[str, Bounce]:
    """The bounce marks of ``addresses``, by lower-case address."""
    keys = sorted({a.strip().lower() for a in addresses})
    if not keys:
        return {}
    query = select(AddressBounceRow).where(AddressBounceRow.address.in_(keys))
    return {
        r.address: Bounce(r.address, r.bounced_at, r.status, r.remote_text)
        for r in session.scalars(query)
    }


# --- mailbox settings and marks ---------------------------------------------------------------


def mailbox_settings(session: Session, account_name: str) -> MailboxSettingsRow | None:
    return session.get(MailboxSettingsRow, account_name)


def mailbox_names(session: Session) -> list[str]:
    return list(session.scalars(select(MailboxSettingsRow.account_name).order_by("account_name")))


def put_mailbox_settings(session: Session, row: MailboxSettingsRow) -> None:
    session.merge(row)


def folder_mark(session: Session, account_name: str, folder: str) -> str:
    row = session.get(MailboxMarkRow, (account_name, folder))
    return row.mark if row is not None else ""


def put_folder_mark(session: Session, account_name: str, folder: str, mark: str) -> None:
    session.merge(MailboxMarkRow(account_name=account_name, folder=folder, mark=mark))

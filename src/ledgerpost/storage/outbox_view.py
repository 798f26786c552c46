"""Reading what the email queue shows beyond its list: the stored bytes, who queued mail."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.mail_models import OutboxRow
from ledgerpost.storage.outbox_repository import KeptMime, stored_mimes
from ledgerpost.storage.print_copies import StoredCopy, get_print_copy


def stored_mime(session: Session, outbox_id: int) -> tuple[KeptMime, StoredCopy | None] | None:
    """The bytes kept for a message once it was composed (None before that), with
    its document's print copy when they were kept without it."""
    row = session.get(OutboxRow, outbox_id)
    if row is None:
        raise StorageError.of("outbox-no-message", "", id=outbox_id)
    kept = stored_mimes(session, [outbox_id]).get(outbox_id)
    if kept is None:
        return None
    if kept.print_copy_at is None or row.document_id is None:
        return kept, None
    return kept, get_print_copy(session, row.document_id)


def first_attempt_at(session: Session, outbox_id: int) -> dt.datetime | None:
    """When the message was first tried (its ``Date``); None before that."""
    return session.scalar(select(OutboxRow.first_attempt_at).where(OutboxRow.id == outbox_id))


def queued_by(session: Session) -> list[str]:
    """Every user who has queued a message, alphabetically."""
    query = select(OutboxRow.queued_by).distinct().order_by(OutboxRow.queued_by)
    return [name for name in session.scalars(query) if name]

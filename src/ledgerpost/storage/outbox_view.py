"""Reading what the email queue shows beyond its list: the stored bytes, who queued mail."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.mail_models import OutboxMimeRow, OutboxRow


def stored_mime(session: Session, outbox_id: int) -> bytes | None:
    """The MIME bytes kept for a message once it was composed (None before its first try)."""
    if session.get(OutboxRow, outbox_id) is None:
        raise StorageError(f"there is no message {outbox_id} in the outbox")
    mime: bytes | None = session.scalar(
        select(OutboxMimeRow.mime).where(OutboxMimeRow.outbox_id == outbox_id)
    )
    return mime


def queued_by(session: Session) -> list[str]:
    """Every user who has queued a message, alphabetically."""
    query = select(OutboxRow.queued_by).distinct().order_by(OutboxRow.queued_by)
    return [name for name in session.scalars(query) if name]

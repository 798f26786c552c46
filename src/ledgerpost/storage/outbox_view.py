"""Reading what the email queue shows beyond its list: the stored bytes, who queued mail."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.mail_models import OutboxRow
from ledgerpost.storage.outbox_repository import KeptMime, stored_mimes
from ledgerpost.storage.print_copies import StoredCopy, get_print_copy


def stored_mime(session: Session, outbox_id: int) -> tuple[KeptMime, StoredCopy | None] | None:
    """The bytes kept for a message once it was composed (None before its first try), with
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


def queued_by(session: Session) -> list[str]:
    """Every user who has queued a message, alphabetically."""
    query = select(OutboxRow.queued_by).distinct().order_by(OutboxRow.queued_by)
    return [name for name in session.scalars(query) if name]

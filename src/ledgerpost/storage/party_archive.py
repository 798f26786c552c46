"""Archived parties (hidden from pickers, kept for history) and the deletion of unused ones."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.mail_models import OutboxRow, RecentRecipientRow
from ledgerpost.storage.models import ContactRow, DocumentRow, EmailRow, EntryLineRow, PartyRow


def _row(session: Session, party_id: int) -> PartyRow:
    row = session.get(PartyRow, party_id)
    if row is None:
        raise StorageError.of("party-id-unknown", "", id=party_id)
    return row


def set_archived(session: Session, party_id: int, archived: bool) -> str:
    """Archive (or restore) the card; its name."""
    row = _row(session, party_id)
    row.archived = archived
    return row.name


def archived_ids(session: Session) -> set[int]:
    return set(session.scalars(select(PartyRow.id).where(PartyRow.archived.is_(True))))


def references(session: Session, party_id: int) -> dict[str, int]:
    """What refers to the party: documents, journal lines and queued or sent messages."""
    counts = {}
    for what, column in (
        ("documents", DocumentRow.party_id),
        ("journal lines", EntryLineRow.party_id),
        ("messages", OutboxRow.party_id),
    ):
        counts[what] = session.scalar(select(func.count()).where(column == party_id)) or 0
    return {what: n for what, n in counts.items() if n}


def delete_party(session: Session, party_id: int) -> str:
    """Delete a card nothing refers to, with its addresses and contacts; its name."""
    name = _row(session, party_id).name
    for table in (EmailRow, ContactRow, RecentRecipientRow):
        session.execute(delete(table).where(table.party_id == party_id))
    session.execute(delete(PartyRow).where(PartyRow.id == party_id))
    return name

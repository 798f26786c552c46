"""The letters a letter batch made, in and out of the database: which parties already have a
letter of a template, which of those letters have no message to go (none yet, or only ones
cancelled before they went), and recording a new one."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.storage.letter_copy_model import LetterCopyRow
from ledgerpost.storage.mail_models import OutboxRow
from ledgerpost.storage.models import DocumentRow


def made_for(session: Session, template: str) -> dict[int, tuple[int, str]]:
    """Per party, the letter of ``template`` made for it: (document id, its number)."""
    rows = session.execute(
        select(LetterCopyRow.party_id, DocumentRow.id, DocumentRow.series, DocumentRow.number)
        .join(DocumentRow, DocumentRow.id == LetterCopyRow.document_id)
        .where(LetterCopyRow.template == template)
    )
    return {party: (doc, f"{series}-{number}") for party, doc, series, number in rows}


def has_letter(session: Session, template: str, party_id: int) -> bool:
    found = session.scalar(
        select(LetterCopyRow.document_id).where(
            LetterCopyRow.template == template, LetterCopyRow.party_id == party_id
        )
    )
    return found is not None


def add(session: Session, document_id: int, template: str, party_id: int) -> None:
    session.add(LetterCopyRow(document_id=document_id, template=template, party_id=party_id))
    session.flush()


CANCELLED = OutboxStatus.CANCELLED.value
"""A message withdrawn before it went: its letter is still to go, and the next run sends it."""


def unsent(session: Session, template: str) -> list[int]:
    """Letters of ``template`` with no message but cancelled ones (a run stopped in between,
    one whose message could not be made then, or whose message the user cancelled before it
    went), oldest first."""
    queued = select(OutboxRow.id).where(
        OutboxRow.document_id == LetterCopyRow.document_id, OutboxRow.status != CANCELLED
    )
    query = select(LetterCopyRow.document_id).where(
        LetterCopyRow.template == template, ~queued.exists()
    )
    return list(session.scalars(query.order_by(LetterCopyRow.document_id)))


def cancelled_before(session: Session, template: str) -> set[int]:
    """Letters of ``template`` with a message the user cancelled (whatever came after)."""
    query = (
        select(LetterCopyRow.document_id)
        .join(OutboxRow, OutboxRow.document_id == LetterCopyRow.document_id)
        .where(LetterCopyRow.template == template, OutboxRow.status == CANCELLED)
    )
    return set(session.scalars(query))


def has_message(session: Session, document_id: int) -> bool:
    """Whether the letter has a message that went, may go or waits for the user: any but a
    cancelled one (a letter never goes twice)."""
    found = session.scalar(
        select(OutboxRow.id)
        .where(OutboxRow.document_id == document_id, OutboxRow.status != CANCELLED)
        .limit(1)
    )
    return found is not None

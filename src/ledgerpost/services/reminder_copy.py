"""The print copy of a payment reminder, drawn from the document and the lines kept with it."""

from __future__ import annotations

from ledgerpost.documents.layout import Letterhead
from ledgerpost.documents.reminder_pdf import render_reminder
from ledgerpost.domain.documents import Document
from ledgerpost.domain.parties import Party
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import reminder_repository as repo


def render_reminder_copy(
    ledger: Ledger, document: Document, party: Party, head: Letterhead, language: str
) -> bytes:
    """PDF bytes of the reminder ``document`` in ``language`` (its words are kept in the
    document, in the customer's language)."""
    assert document.id is not None
    with ledger.db.read() as s:
        kept = repo.reminder_of(s, document.id)
    level, lines = kept if kept is not None else (0, [])
    return render_reminder(document, lines, level, party, head, language)

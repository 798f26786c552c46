"""A document in another currency as ledgers from before exchange rates hold it: no rate, its
journal entry in its own currency (it has a VAT report of its own, outside the trial balance)."""

from __future__ import annotations

from ledgerpost.domain.documents import Document
from ledgerpost.domain.journal import entry_for
from ledgerpost.domain.parties import PartyKind
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import document_repository as document_repo
from ledgerpost.storage import journal_repository as journal_repo
from ledgerpost.storage import numbering_repository as numbering_repo


def posted_before_rates(ledger: Ledger, draft: Document, kind: PartyKind) -> Document:
    """``draft`` (in another currency, no rate) posted the way the program before rates did."""
    assert draft.rate is None
    with ledger.db.write() as s:
        series = draft.series or "INV"
        numbering_repo.ensure_series(s, series, draft.type)
        number = numbering_repo.take_number(s, series)
        saved = document_repo.save_document(s, draft.posted_as(series, number))
        entry = entry_for(saved, kind)
        if entry is not None:
            journal_repo.add_entry(s, entry, saved.currency)
    return saved

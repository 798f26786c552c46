"""A real ledger with the e-invoice company and a posted invoice and credit note for a party."""

from __future__ import annotations

import dataclasses

from ledgerpost.domain.parties import Party
from ledgerpost.services.ledger import Ledger
from tests.helpers.einvoice_parties import LINES, posted_invoice


def post_invoice_and_credit(books: Ledger, party: Party) -> tuple[int, int]:
    """Add ``party`` and post an invoice and a credit note of it; their ids."""
    saved = books.add_party(party)
    assert saved.id is not None
    draft = dataclasses.replace(posted_invoice(saved.id, LINES), state="draft", number=None)
    draft = dataclasses.replace(draft, series="", fingerprint="", id=None)
    invoice = books.save_and_post(draft).document
    assert invoice.is_posted and invoice.id is not None
    credit_draft = books.credit_note_for(invoice.id, LINES[:1], on=invoice.date)
    assert credit_draft.id is not None
    credit = books.post(credit_draft.id)
    assert credit.posted and credit.document.id is not None
    return invoice.id, credit.document.id

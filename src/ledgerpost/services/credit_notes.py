"""Credit notes as the editor makes them: which invoices of a party can be credited, and how
much of each is left; a new credit note naming an invoice. The rule itself (never more than is
left) is the domain's (``domain.posting.credit_problems``), checked again at posting."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from ledgerpost.domain.documents import Document
from ledgerpost.domain.posting import credit_left, credit_problems
from ledgerpost.domain.problems import Problem
from ledgerpost.services.ledger import Ledger, credit_note_draft
from ledgerpost.storage import document_repository as document_repo


@dataclass(frozen=True, slots=True)
class CreditTarget:
    """A posted invoice and what its posted credit notes credited so far."""

    invoice: Document
    credited: Decimal

    @property
    def left(self) -> Decimal:
        """What a new credit note may still credit of it."""
        return credit_left(self.invoice, self.credited)

    def problems(self, credit_note: Document) -> list[Problem]:
        """Why ``credit_note`` could not correct this invoice (more than is left, another
        party); what posting it would refuse, said while it is being written."""
        return credit_problems(credit_note, self.invoice, self.credited)


def credit_targets(ledger: Ledger, party_id: int) -> list[CreditTarget]:
    """The party's posted invoices, newest first, with what is left to credit of each."""
    with ledger.db.read() as s:
        return [CreditTarget(d, c) for d, c in document_repo.posted_invoices_of(s, party_id)]


def new_credit_note(ledger: Ledger, invoice_id: int, on: dt.date | None = None) -> Document:
    """An unsaved credit note for posted invoice ``invoice_id``, with its lines and naming it
    (``LedgerError`` ``credit-not-invoice`` for anything else)."""
    return credit_note_draft(ledger.document(invoice_id), on=on)

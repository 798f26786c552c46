"""Waiving a payment reminder's fee: a credit note of what is still open of it, without VAT,
booked back against the reminder fees account (the reminder itself stays posted) and settling
the reminder at once. The reminder run waives the fee of a reminder it withdraws (it never
left); a bookkeeper waives one whose message was cancelled or failed, or as a courtesy."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from ledgerpost.domain.documents import Document, DocumentType, Line, has_open_amount
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.services import access
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger, post_in
from ledgerpost.storage import allocation_repository as allocation_repo
from ledgerpost.storage import document_repository as document_repo


def waive_fee(
    ledger: Ledger, reminder_id: int, on: dt.date | None = None, *, by: SignedIn | None = None
) -> Document | None:
    """Waive what is open of the fee reminder ``reminder_id`` charged, from ``on`` (default:
    the reminder's own day); the credit note posted, or None when nothing of it is open."""
    with ledger.db.write() as s:
        access.require(s, by, Right.POST_DOCUMENTS)
        return waive_in(s, reminder_id, on)


def waive_in(s: Session, reminder_id: int, on: dt.date | None = None) -> Document | None:
    """:func:`waive_fee` inside the caller's write transaction."""
    reminder = document_repo.get_document(s, reminder_id)
    if reminder.type is not DocumentType.REMINDER or not reminder.is_posted:
        raise LedgerError.of("credit-not-invoice", "corrects")
    found = allocation_repo.settleable(s, reminder_id)
    left = found.left if found is not None else Decimal(0)
    if not has_open_amount(reminder.type, reminder.totals.gross) or left <= 0:
        return None
    label = reminder.lines[0].description if reminder.lines else "Reminder fee"
    draft = Document(
        DocumentType.CREDIT_NOTE,
        reminder.party_id,
        max(on or reminder.date, reminder.date),
        reminder.currency,
        (Line(label, Decimal(1), left),),
        party_name=reminder.party_name,
        reference=reminder.display_number,
        credited_document_id=reminder.id,
    )
    saved = document_repo.save_document(s, draft)
    assert saved.id is not None
    result = post_in(s, saved.id)
    if result.problems:
        raise LedgerError.of_problem(result.problems[0])
    return result.document

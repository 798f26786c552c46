"""Realised exchange differences: an allocation between documents in another currency books
the difference between what the invoice was booked at and what settled it, in the company's
currency, on the exchange differences account.

Each side of an allocation is booked at its own document's rate; the allocation that settles
the last of a document takes what is left of its booked total, so a document settled in full
leaves nothing on the party's account in the company's currency, whatever the rounding. Open
items stay in the document's currency; the journal is the company's.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from ledgerpost.domain import accounts
from ledgerpost.domain.allocation import Allocation
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.exchange import to_company
from ledgerpost.domain.journal import EntryLine, JournalEntry
from ledgerpost.i18n import account_names
from ledgerpost.services import journal_texts
from ledgerpost.storage import chart_repository as chart_repo
from ledgerpost.storage import company_repository as company_repo
from ledgerpost.storage import exchange_repository as repo
from ledgerpost.storage import journal_repository as journal_repo
from ledgerpost.storage.types import to_minor


def _booked_at(session: Session, side: repo.Side, amount: Decimal, company: str) -> Decimal:
    """What ``amount`` of ``side`` was booked at in the company's currency."""
    if side.left == 0:  # the last of it: what its total was booked at, less the rest
        booked = to_company(side.gross, side.rate, company)
        return booked - repo.booked_so_far(session, side.id, company)
    return to_company(amount, side.rate, company)


def book(session: Session, allocation: Allocation) -> None:
    """Book the exchange difference of ``allocation`` (just written) when a side is in another
    currency at a rate; nothing when both are the company's (or a side was posted before
    rates, in its own currency)."""
    assert allocation.id is not None
    company_card = company_repo.get_company(session)
    if company_card is None:
        return
    company = company_card.currency
    source = repo.side(session, allocation.source_id)
    target = repo.side(session, allocation.target_id)
    if all(s.currency == company for s in (source, target)):
        return
    if any(s.currency != company and s.rate is None for s in (source, target)):
        return
    source_base = _booked_at(session, source, allocation.amount, company)
    target_base = _booked_at(session, target, allocation.amount, company)
    repo.set_bases(
        session, allocation.id, to_minor(source_base, company), to_minor(target_base, company)
    )
    difference = source_base - target_base
    if difference == 0:
        return
    # The party's account nets to nothing: receivables got the invoice's booking and lost the
    # receipt's; payables the other way round. What is left over is a gain or a loss.
    payable = target.type is DocumentType.PURCHASE_INVOICE
    party_account = accounts.PAYABLES if payable else accounts.RECEIVABLES
    on_party = -difference if payable else difference
    added = account_names.named(accounts.EXCHANGE_ACCOUNT, company_card.language)
    chart_repo.ensure_role(session, added)  # the first difference adds the account
    entry = JournalEntry(
        date=allocation.date,
        description=journal_texts.exchange_difference(
            target.number, source.number, company_card.language
        ),
        lines=(
            _signed(party_account, on_party, target.party_id),
            _signed(accounts.EXCHANGE_DIFFERENCES, -on_party, None),
        ),
    )
    foreign = target.currency if target.currency != company else source.currency
    journal_repo.add_entry(session, entry, company, foreign, allocation_id=allocation.id)


def _signed(account: str, amount: Decimal, party_id: int | None) -> EntryLine:
    """A debit for a positive amount, a credit for a negative one; nothing in the document's
    currency moves (its open items are unchanged by the difference)."""
    debit = amount if amount > 0 else Decimal(0)
    credit = -amount if amount < 0 else Decimal(0)
    return EntryLine(account, debit, credit, party_id, in_currency=Decimal(0))


def unbook(session: Session, allocation: Allocation) -> None:
    """Undo the exchange difference of reversed ``allocation`` on the day it was reversed."""
    assert allocation.id is not None and allocation.reversed_on is not None
    language = journal_texts.books_language(session)
    repo.reverse_booked(
        session,
        allocation.id,
        allocation.reversed_on,
        lambda text: journal_texts.reversed_text(text, language),
    )

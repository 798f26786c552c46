"""Posting documents to journal entries, and the trial balance over them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ledgerpost.domain import accounts
from ledgerpost.domain.documents import Document, DocumentType, PaymentMethod
from ledgerpost.domain.parties import PartyKind


@dataclass(frozen=True, slots=True)
class EntryLine:
    account: str
    debit: Decimal
    credit: Decimal
    party_id: int | None = None
    in_currency: Decimal | None = None
    """The line in the document's currency (debit positive) when the journal's amounts were
    converted from it; None when the document is in the company's currency."""


@dataclass(frozen=True, slots=True)
class JournalEntry:
    date: date
    description: str
    lines: tuple[EntryLine, ...]
    document_id: int | None = None

    @property
    def debit_total(self) -> Decimal:
        return sum((line.debit for line in self.lines), Decimal(0))

    @property
    def credit_total(self) -> Decimal:
        return sum((line.credit for line in self.lines), Decimal(0))

    @property
    def is_balanced(self) -> bool:
        return bool(self.lines) and self.debit_total == self.credit_total


def _signed(account: str, amount: Decimal, party_id: int | None = None) -> EntryLine | None:
    """A debit for a positive amount, a credit for a negative one; nothing for zero."""
    if amount == 0:
        return None
    if amount > 0:
        return EntryLine(account, amount, Decimal(0), party_id)
    return EntryLine(account, Decimal(0), -amount, party_id)


def _money_account(document: Document) -> str:
    """Where a voucher's money went: the cash account for cash, else the bank account it
    names (the default one when it names none, as for vouchers without a method)."""
    if document.method is PaymentMethod.CASH:
        return accounts.CASH
    return document.bank_account or accounts.BANK


def entry_for(
    document: Document, party_kind: PartyKind, credited: DocumentType | None = None
) -> JournalEntry | None:
    """The journal entry a posted document makes; quotations, letters and reminders without a
    fee make none. A reminder's fee: receivables (the party) against reminder fees; a credit
    note waiving it (``credited`` is the type of the document it corrects) the other way."""
    totals = document.totals
    party = document.party_id
    signed: list[EntryLine | None]
    waives_fee = document.type is DocumentType.CREDIT_NOTE and credited is DocumentType.REMINDER
    match document.type:
        case DocumentType.CREDIT_NOTE if waives_fee:
            signed = [
                _signed(accounts.RECEIVABLES, -totals.gross, party),
                _signed(accounts.REMINDER_FEES, totals.gross),
            ]
        case DocumentType.INVOICE | DocumentType.CREDIT_NOTE:
            sign = 1 if document.type is DocumentType.INVOICE else -1
            signed = [
                _signed(accounts.RECEIVABLES, sign * totals.gross, party),
                _signed(accounts.SALES, -sign * totals.net),
                _signed(accounts.OUTPUT_VAT, -sign * totals.vat),
            ]
        case DocumentType.RECEIPT:
            signed = [
                _signed(_money_account(document), totals.gross),
                _signed(accounts.RECEIVABLES, -totals.gross, party),
            ]
        case DocumentType.PAYMENT:
            counter = (
                accounts.PAYABLES if party_kind is PartyKind.SUPPLIER else accounts.EMPLOYEE_COSTS
            )
            signed = [
                _signed(counter, totals.gross, party),
                _signed(_money_account(document), -totals.gross),
            ]
        case DocumentType.PURCHASE_INVOICE:
            signed = [
                _signed(accounts.PURCHASES, totals.net),
                _signed(accounts.INPUT_VAT, totals.vat),
                _signed(accounts.PAYABLES, -totals.gross, party),
            ]
        case DocumentType.REMINDER:
            # The fee (its one line, if any) is owed by the customer and earned by us. No
            # VAT: a reminder fee is compensation for the late payment, not the consideration
            # for a supply, so it is outside the scope of VAT (DE: Mahngebühren are
            # Schadensersatz, no Leistungsaustausch; EE: likewise not a taxable supply).
            signed = [
                _signed(accounts.RECEIVABLES, totals.gross, party),
                _signed(accounts.REMINDER_FEES, -totals.gross),
            ]
        case DocumentType.QUOTATION | DocumentType.LETTER:
            return None
    lines = tuple(line for line in signed if line is not None)
    if not lines:
        return None
    return JournalEntry(
        date=document.date,
        description=f"{document.type.value} {document.display_number} {document.party_name}",
        lines=lines,
        document_id=document.id,
    )


@dataclass(frozen=True, slots=True)
class TrialBalanceRow:
    account: str
    name: str
    debit: Decimal
    credit: Decimal

    @property
    def balance(self) -> Decimal:
        return self.debit - self.credit


def trial_balance(
    sums: Iterable[tuple[str, Decimal, Decimal]], names: dict[str, str]
) -> tuple[TrialBalanceRow, ...]:
    """Rows per account from ``(account, debit sum, credit sum)``, in account order."""
    return tuple(
        TrialBalanceRow(account, names.get(account, account), debit, credit)
        for account, debit, credit in sorted(sums)
    )


OPENING_TYPES = frozenset(
    {DocumentType.INVOICE, DocumentType.CREDIT_NOTE, DocumentType.PURCHASE_INVOICE}
)
"""Which documents can be opening items: what was still owed when the books moved here."""


def opening_entry_for(document: Document) -> JournalEntry:
    """An open invoice from an earlier program: its gross against the opening-balance account.

    Its sales, purchases and VAT were booked in the earlier program; only what is still owed
    comes over, as a receivable or a payable of its party.
    """
    gross = document.totals.gross
    party = document.party_id
    if document.type is DocumentType.INVOICE:
        lines = (
            EntryLine(accounts.RECEIVABLES, gross, Decimal(0), party),
            EntryLine(accounts.OPENING_BALANCES, Decimal(0), gross),
        )
    elif document.type is DocumentType.CREDIT_NOTE:
        lines = (
            EntryLine(accounts.OPENING_BALANCES, gross, Decimal(0)),
            EntryLine(accounts.RECEIVABLES, Decimal(0), gross, party),
        )
    else:
        lines = (
            EntryLine(accounts.OPENING_BALANCES, gross, Decimal(0)),
            EntryLine(accounts.PAYABLES, Decimal(0), gross, party),
        )
    return JournalEntry(
        date=document.date,
        description=f"opening {document.type.value} {document.reference} {document.party_name}",
        lines=lines,
        document_id=document.id,
    )

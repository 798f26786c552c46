"""The books: the chart of accounts, manual journal entries, trial balance, general ledger."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from ledgerpost.domain.accounts import Account, AccountKind, Role
from ledgerpost.domain.books import (
    GeneralLedger,
    ManualEntry,
    ManualLine,
    account_problems,
    entry_problems,
    general_ledger,
    reversal_of,
)
from ledgerpost.domain.journal import TrialBalanceRow, trial_balance
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.i18n.translate import translator
from ledgerpost.services import access
from ledgerpost.services.errors import LedgerError, StorageError
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import books_repository as books_repo
from ledgerpost.storage import chart_repository as chart_repo

ENTRY_PREFIX = books_repo.ENTRY_PREFIX


@dataclass(frozen=True, slots=True)
class EntryResult:
    """The entry as it now stands (numbered once posted), or why it was not kept."""

    entry: ManualEntry | None
    problems: tuple[Problem, ...] = ()

    @property
    def done(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class TrialBalance:
    as_of: dt.date | None
    currency: str
    rows: tuple[TrialBalanceRow, ...]

    @property
    def debit_total(self) -> Decimal:
        return sum((r.debit for r in self.rows), Decimal(0))

    @property
    def credit_total(self) -> Decimal:
        return sum((r.credit for r in self.rows), Decimal(0))


# --- chart of accounts -----------------------------------------------------------------------


def accounts(ledger: Ledger) -> list[Account]:
    with ledger.db.read() as s:
        return list(chart_repo.chart(s).values())


def add_account(
    ledger: Ledger,
    code: str,
    name: str,
    kind: AccountKind,
    vat_code: str = "",
    *,
    bank: bool = False,
    by: SignedIn | None = None,
) -> list[Problem]:
    """Add an account to the chart (``bank``: a bank account vouchers can name); the problems
    when it cannot be added."""
    account = Account(code.strip(), name.strip(), kind, vat_code=vat_code.strip(), bank=bank)
    with ledger.db.write() as s:
        access.require(s, by, Right.MANAGE_SETTINGS)
        problems = account_problems(account, chart_repo.chart(s))
        if not problems:
            chart_repo.add_account(s, account)
    return problems


def bank_accounts(ledger: Ledger) -> list[Account]:
    """The accounts a receipt or payment by bank or card can name, the default one first."""
    found = [a for a in accounts(ledger) if a.bank and not a.archived]
    return sorted(found, key=lambda a: a.role is not Role.BANK)


def _known(s: Session, code: str) -> None:
    if code not in chart_repo.chart(s):
        raise LedgerError.of("chart-unknown", "account", account=code)


def rename_account(ledger: Ledger, code: str, name: str, *, by: SignedIn | None = None) -> None:
    if not name.strip():
        raise LedgerError.of("chart-name", "name")
    with ledger.db.write() as s:
        access.require(s, by, Right.MANAGE_SETTINGS)
        _known(s, code)
        chart_repo.rename_account(s, code, name.strip())


def archive_account(
    ledger: Ledger, code: str, archived: bool = True, *, by: SignedIn | None = None
) -> None:
    """Hide an account from new entries; its history stays. A role's account stays open."""
    with ledger.db.write() as s:
        access.require(s, by, Right.MANAGE_SETTINGS)
        _known(s, code)
        if archived and chart_repo.chart(s)[code].role is not None:
            raise LedgerError.of("chart-has-role", "account", account=code)
        chart_repo.set_archived(s, code, archived)


# --- manual journal entries ------------------------------------------------------------------


def add_entry(
    ledger: Ledger,
    day: dt.date,
    lines: Sequence[ManualLine],
    description: str = "",
    *,
    post: bool = False,
    by: SignedIn | None = None,
) -> EntryResult:
    """Keep a balanced manual entry as a draft, or post it at once (then it is numbered)."""
    entry = ManualEntry(day, description, tuple(lines))
    company = ledger.require_company()
    with ledger.db.write() as s:
        access.require(s, by, Right.POST_DOCUMENTS)
        problems = entry_problems(entry, chart_repo.chart(s))
        if problems:
            return EntryResult(None, tuple(problems))
        entry_id = books_repo.save_entry(s, entry, company.currency)
        if post:
            books_repo.post_entry(s, entry_id)
        return EntryResult(books_repo.get_entry(s, entry_id))


def post_entry(ledger: Ledger, entry_id: int, *, by: SignedIn | None = None) -> EntryResult:
    """Post a draft entry: checked again against today's chart, then numbered and final."""
    with ledger.db.write() as s:
        access.require(s, by, Right.POST_DOCUMENTS)
        entry = books_repo.get_entry(s, entry_id)
        if entry.posted:
            return EntryResult(entry, (Problem.of("entry-posted", "entry", number=_shown(entry)),))
        problems = entry_problems(entry, chart_repo.chart(s))
        if problems:
            return EntryResult(entry, tuple(problems))
        books_repo.post_entry(s, entry_id)
        return EntryResult(books_repo.get_entry(s, entry_id))


def reverse_entry(
    ledger: Ledger, number: int, day: dt.date | None = None, *, by: SignedIn | None = None
) -> EntryResult:
    """Post the entry that undoes posted entry ``number``; an entry is reversed once."""
    company = ledger.require_company()
    with ledger.db.write() as s:
        access.require(s, by, Right.POST_DOCUMENTS)
        try:
            entry = books_repo.entry_by_number(s, number)
        except Exception as exc:
            raise LedgerError.of(
                "entry-unknown", "entry", number=f"{ENTRY_PREFIX}{number}"
            ) from exc
        earlier = books_repo.reversed_by(s, number)
        if earlier is not None:
            problem = Problem.of(
                "entry-reversed", "entry", number=_shown(entry), by=f"{ENTRY_PREFIX}{earlier}"
            )
            return EntryResult(entry, (problem,))
        said = translator(company.language).gettext("Reversal of {number}: {text}")
        text = said.format(number=_shown(entry), text=entry.description)
        reversal = reversal_of(entry, day or dt.date.today(), text)
        entry_id = books_repo.save_entry(s, reversal, company.currency)
        books_repo.post_entry(s, entry_id)
        return EntryResult(books_repo.get_entry(s, entry_id))


def entry(ledger: Ledger, number: int) -> ManualEntry:
    with ledger.db.read() as s:
        return books_repo.entry_by_number(s, number)


def entries(ledger: Ledger, *, drafts: bool = False) -> list[ManualEntry]:
    """The posted manual entries by number; with ``drafts``, the drafts before them."""
    with ledger.db.read() as s:
        return books_repo.manual_entries(s, drafts=drafts)


def delete_draft_entry(ledger: Ledger, entry_id: int, *, by: SignedIn | None = None) -> None:
    """Delete a draft entry (a posted one is never deleted: it is reversed)."""
    with ledger.db.write() as s:
        access.require(s, by, Right.POST_DOCUMENTS)
        if books_repo.delete_draft(s, entry_id):
            return
        try:
            entry = books_repo.get_entry(s, entry_id)
        except StorageError:
            raise LedgerError.of("entry-draft-unknown", "entry", id=entry_id) from None
        raise LedgerError.of("entry-posted", "entry", number=_shown(entry))


def reversed_numbers(found: Sequence[ManualEntry]) -> dict[int, int]:
    """Which posted entries of ``found`` a posted entry of ``found`` reverses: {reversed: by}."""
    return {
        e.reverses: e.number
        for e in found
        if e.posted and e.reverses is not None and e.number is not None
    }


def _shown(entry: ManualEntry) -> str:
    return f"{ENTRY_PREFIX}{entry.number}" if entry.number is not None else "draft"


# --- reports ---------------------------------------------------------------------------------


def trial_balance_at(ledger: Ledger, as_of: dt.date | None = None) -> TrialBalance:
    """Each account's posted debits, credits and balance up to ``as_of`` (everything if None)."""
    company = ledger.require_company()
    with ledger.db.read() as s:
        chart = chart_repo.chart(s)
        sums = books_repo.sums_as_of(s, company.currency, as_of)
    names = {code: a.name for code, a in chart.items()}
    return TrialBalance(as_of, company.currency, trial_balance(sums, names))


def general_ledger_of(ledger: Ledger, code: str, start: dt.date, end: dt.date) -> GeneralLedger:
    """The account's opening balance at ``start``, its lines to ``end`` with the running
    balance, and the closing balance."""
    company = ledger.require_company()
    with ledger.db.read() as s:
        chart = chart_repo.chart(s)
        if code not in chart:
            raise LedgerError.of("chart-unknown", "account", account=code)
        opening = books_repo.balance_before(s, code, company.currency, start)
        moves = books_repo.movements(s, code, company.currency, start, end)
    return general_ledger(chart[code], start, end, opening, moves)


def print_trial_balance(ledger: Ledger, found: TrialBalance, language: str | None = None) -> bytes:
    """The trial balance as a PDF in ``language`` (the company's by default)."""
    from ledgerpost.documents.books_pdf import render_trial_balance  # reportlab: when printing
    from ledgerpost.documents.layout import Letterhead
    from ledgerpost.services.printing import company_logo

    company = ledger.require_company()
    head = Letterhead(company, company_logo(ledger))
    day = found.as_of or dt.date.today()
    return render_trial_balance(
        found.rows, found.currency, day, head, language=language or company.language
    )


def print_general_ledger(
    ledger: Ledger, found: GeneralLedger, language: str | None = None
) -> bytes:
    """The general ledger of one account as a PDF."""
    from ledgerpost.documents.books_pdf import render_general_ledger
    from ledgerpost.documents.layout import Letterhead
    from ledgerpost.services.printing import company_logo

    company = ledger.require_company()
    head = Letterhead(company, company_logo(ledger))
    return render_general_ledger(
        found, company.currency, head, language=language or company.language
    )

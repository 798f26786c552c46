"""Manual journal entries, their checks and reversal; the general ledger of one account."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ledgerpost.domain.accounts import Account, AccountKind
from ledgerpost.domain.problems import Problem

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class ManualLine:
    account: str
    debit: Decimal
    credit: Decimal
    text: str = ""
    party_id: int | None = None


@dataclass(frozen=True, slots=True)
class ManualEntry:
    """A journal entry typed by a bookkeeper: numbered when posted, never changed after."""

    date: date
    description: str
    lines: tuple[ManualLine, ...]
    id: int | None = None
    number: int | None = None
    posted: bool = False
    reverses: int | None = None
    """The number of the entry this one reverses."""

    @property
    def debit_total(self) -> Decimal:
        return sum((line.debit for line in self.lines), ZERO)

    @property
    def credit_total(self) -> Decimal:
        return sum((line.credit for line in self.lines), ZERO)


def entry_problems(entry: ManualEntry, chart: Mapping[str, Account]) -> list[Problem]:
    """Every reason ``entry`` cannot be kept: line by line, then the balance."""
    problems: list[Problem] = []
    if len(entry.lines) < 2:
        problems.append(Problem.of("entry-lines", "lines", count=len(entry.lines)))
    for index, line in enumerate(entry.lines, start=1):
        problems += _line_problems(f"line {index}", line, chart)
    difference = entry.debit_total - entry.credit_total
    if difference != 0:
        problems.append(
            Problem.of(
                "manual-entry-unbalanced",
                "lines",
                debit=entry.debit_total,
                credit=entry.credit_total,
                difference=abs(difference),
            )
        )
    return problems


def _line_problems(where: str, line: ManualLine, chart: Mapping[str, Account]) -> list[Problem]:
    problems = []
    account = chart.get(line.account)
    if account is None:
        problems.append(Problem.of("entry-account-unknown", where, account=line.account))
    elif account.archived:
        problems.append(Problem.of("entry-account-archived", where, account=line.account))
    if line.debit < 0 or line.credit < 0:
        problems.append(Problem.of("entry-amount-negative", where))
    elif (line.debit == 0) == (line.credit == 0):
        problems.append(Problem.of("entry-amount-side", where))
    return problems


def reversal_of(entry: ManualEntry, day: date, description: str) -> ManualEntry:
    """The entry that undoes ``entry``: each line's debit and credit swapped; ``description``
    says so in the books' language (it names the entry reversed)."""
    return ManualEntry(
        date=day,
        description=description[:300],
        lines=tuple(
            ManualLine(x.account, x.credit, x.debit, x.text, x.party_id) for x in entry.lines
        ),
        reverses=entry.number,
    )


def account_problems(account: Account, chart: Mapping[str, Account]) -> list[Problem]:
    """Why ``account`` cannot join ``chart``."""
    problems = []
    code = account.code.strip()
    if not code or not code.isalnum() or len(code) > 20:
        problems.append(Problem.of("chart-number", "number", number=account.code))
    elif code in chart:
        problems.append(Problem.of("chart-exists", "number", number=code))
    if not account.name.strip():
        problems.append(Problem.of("chart-name", "name"))
    if not isinstance(account.kind, AccountKind):
        problems.append(Problem.of("chart-kind", "kind"))
    elif account.bank and account.kind is not AccountKind.ASSET:
        problems.append(Problem.of("chart-bank-asset", "kind"))
    return problems


@dataclass(frozen=True, slots=True)
class LedgerMovement:
    """One line on an account as the general ledger shows it."""

    date: date
    reference: str
    """The document's number, or the manual entry's ("JE-7")."""
    party: str
    text: str
    debit: Decimal
    credit: Decimal
    document_currency: str = ""
    in_currency: Decimal | None = None
    """The line in its document's currency (debit positive), when that is not the company's."""

    @property
    def described(self) -> str:
        """The text, and the amount in the document's currency after it when it has one:
        ``invoice INV-3 Acme (1220.00 USD)``."""
        if self.in_currency is None or not self.in_currency:
            return self.text
        return f"{self.text} ({abs(self.in_currency)} {self.document_currency})"


@dataclass(frozen=True, slots=True)
class GeneralLedgerRow:
    movement: LedgerMovement
    balance: Decimal


@dataclass(frozen=True, slots=True)
class GeneralLedger:
    account: str
    name: str
    start: date
    end: date
    opening: Decimal
    rows: tuple[GeneralLedgerRow, ...]

    @property
    def closing(self) -> Decimal:
        return self.rows[-1].balance if self.rows else self.opening

    @property
    def debit_total(self) -> Decimal:
        return sum((r.movement.debit for r in self.rows), ZERO)

    @property
    def credit_total(self) -> Decimal:
        return sum((r.movement.credit for r in self.rows), ZERO)


def general_ledger(
    account: Account,
    start: date,
    end: date,
    opening: Decimal,
    movements: Iterable[LedgerMovement],
) -> GeneralLedger:
    """The account's lines in order with the running balance (debits less credits)."""
    balance = opening
    rows = []
    for movement in movements:
        balance += movement.debit - movement.credit
        rows.append(GeneralLedgerRow(movement, balance))
    return GeneralLedger(account.code, account.name, start, end, opening, tuple(rows))

"""The chart of accounts: its kinds, the roles posting finds accounts by, the default chart."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class AccountKind(StrEnum):
    ASSET = "asset"
    LIABILITY = "liability"
    EQUITY = "equity"
    INCOME = "income"
    EXPENSE = "expense"


class Role(StrEnum):
    """What posting a document needs an account for; each role is held by one account."""

    BANK = "bank"
    CASH = "cash"
    RECEIVABLES = "receivables"
    INPUT_VAT = "input-vat"
    PAYABLES = "payables"
    EMPLOYEE_PAYABLES = "employee-payables"
    OUTPUT_VAT = "output-vat"
    EQUITY = "equity"
    SALES = "sales"
    PURCHASES = "purchases"
    EMPLOYEE_COSTS = "employee-costs"
    OPENING_BALANCES = "opening-balances"
    REMINDER_FEES = "reminder-fees"
    EXCHANGE_DIFFERENCES = "exchange-differences"


@dataclass(frozen=True, slots=True)
class Account:
    code: str
    name: str
    kind: AccountKind
    role: Role | None = None
    vat_code: str = ""
    archived: bool = False
    bank: bool = False
    """Money received and paid by bank or card can go through it (an asset account)."""


BANK = "1000"
CASH = "1100"
RECEIVABLES = "1200"
INPUT_VAT = "1400"
PAYABLES = "2000"
EMPLOYEE_PAYABLES = "2100"
OUTPUT_VAT = "2400"
EQUITY = "3000"
SALES = "4000"
PURCHASES = "5000"
EMPLOYEE_COSTS = "6000"

DEFAULT_CHART: tuple[Account, ...] = (
    Account(BANK, "Bank", AccountKind.ASSET, Role.BANK, bank=True),
    Account(CASH, "Cash", AccountKind.ASSET, Role.CASH),
    Account(RECEIVABLES, "Accounts receivable", AccountKind.ASSET, Role.RECEIVABLES),
    Account(INPUT_VAT, "VAT receivable", AccountKind.ASSET, Role.INPUT_VAT),
    Account(PAYABLES, "Accounts payable", AccountKind.LIABILITY, Role.PAYABLES),
    Account(
        EMPLOYEE_PAYABLES, "Payables to employees", AccountKind.LIABILITY, Role.EMPLOYEE_PAYABLES
    ),
    Account(OUTPUT_VAT, "VAT payable", AccountKind.LIABILITY, Role.OUTPUT_VAT),
    Account(EQUITY, "Owner's equity", AccountKind.EQUITY, Role.EQUITY),
    Account(SALES, "Sales", AccountKind.INCOME, Role.SALES),
    Account(PURCHASES, "Purchases", AccountKind.EXPENSE, Role.PURCHASES),
    Account(EMPLOYEE_COSTS, "Employee expenses", AccountKind.EXPENSE, Role.EMPLOYEE_COSTS),
)

OPENING_BALANCES = "3900"
OPENING_ACCOUNT = Account(
    OPENING_BALANCES, "Opening balances", AccountKind.EQUITY, Role.OPENING_BALANCES
)
"""The equity account opening items from an earlier program are posted against: added to a
ledger's chart by the first import that needs it."""

REMINDER_FEES = "4900"
REMINDER_FEE_ACCOUNT = Account(
    REMINDER_FEES, "Reminder fees", AccountKind.INCOME, Role.REMINDER_FEES
)
"""The income account a payment reminder's fee is credited to: added to a ledger's chart by
the first reminder with a fee (at the next free code when the ledger uses 4900 otherwise)."""

EXCHANGE_DIFFERENCES = "7900"
EXCHANGE_ACCOUNT = Account(
    EXCHANGE_DIFFERENCES,
    "Exchange rate differences",
    AccountKind.INCOME,
    Role.EXCHANGE_DIFFERENCES,
)
"""Realised exchange gains (credit) and losses (debit): what an invoice in another currency
was booked at against what its payment brought in the company's currency. Added to a ledger's
chart by the first allocation that has such a difference."""

DEFAULT_ROLES: dict[str, Role] = {
    a.code: a.role
    for a in (*DEFAULT_CHART, OPENING_ACCOUNT, REMINDER_FEE_ACCOUNT, EXCHANGE_ACCOUNT)
    if a.role is not None
}
"""The role of each code the posting rules write, to be found in a ledger's own chart."""


def by_role(codes: dict[Role, str], code: str) -> str:
    """The ledger's account for the role the default ``code`` stands for (else ``code``)."""
    role = DEFAULT_ROLES.get(code)
    return codes.get(role, code) if role is not None else code

"""The small default chart of accounts every new ledger starts with."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class AccountKind(StrEnum):
    ASSET = "asset"
    LIABILITY = "liability"
    EQUITY = "equity"
    INCOME = "income"
    EXPENSE = "expense"


@dataclass(frozen=True, slots=True)
class Account:
    code: str
    name: str
    kind: AccountKind


BANK = "1000"
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
    Account(BANK, "Bank", AccountKind.ASSET),
    Account(RECEIVABLES, "Accounts receivable", AccountKind.ASSET),
    Account(INPUT_VAT, "VAT receivable", AccountKind.ASSET),
    Account(PAYABLES, "Accounts payable", AccountKind.LIABILITY),
    Account(EMPLOYEE_PAYABLES, "Payables to employees", AccountKind.LIABILITY),
    Account(OUTPUT_VAT, "VAT payable", AccountKind.LIABILITY),
    Account(EQUITY, "Owner's equity", AccountKind.EQUITY),
    Account(SALES, "Sales", AccountKind.INCOME),
    Account(PURCHASES, "Purchases", AccountKind.EXPENSE),
    Account(EMPLOYEE_COSTS, "Employee expenses", AccountKind.EXPENSE),
)

OPENING_BALANCES = "3900"
OPENING_ACCOUNT = Account(OPENING_BALANCES, "Opening balances", AccountKind.EQUITY)
"""The equity account opening items from an earlier program are posted against: added to a
ledger's chart by the first import that needs it."""

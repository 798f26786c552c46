"""The names of the accounts the program adds to a chart (the default chart when the books
start, and the accounts a first opening import, reminder fee or exchange difference adds), in
the books' language: a German company's chart says "Forderungen aus Lieferungen und
Leistungen", not "Accounts receivable". The name is written once, when the account is added;
after that it is the bookkeeper's (renamed as they like, never translated again)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ledgerpost.domain.accounts import (
    DEFAULT_CHART,
    EXCHANGE_ACCOUNT,
    OPENING_ACCOUNT,
    REMINDER_FEE_ACCOUNT,
    Account,
)
from ledgerpost.i18n.translate import translator

CONTEXT = "account"
ADDED = (*DEFAULT_CHART, OPENING_ACCOUNT, REMINDER_FEE_ACCOUNT, EXCHANGE_ACCOUNT)
"""Every account the program may add, by its English name (the catalogue's messages)."""


def named(account: Account, language: str) -> Account:
    """``account`` with its name in ``language``."""
    return replace(account, name=translator(language).pgettext(CONTEXT, account.name))


def all_named(chart: Iterable[Account], language: str) -> tuple[Account, ...]:
    return tuple(named(account, language) for account in chart)

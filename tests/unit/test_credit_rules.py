import datetime as dt

import pytest

from ledgerpost.domain.credits import (
    CreditEntry,
    CreditError,
    CreditKind,
    balance,
    spend,
    top_up,
)

NOW = dt.datetime(2026, 11, 23, 12, 0)


def test_balance_is_the_sum_of_the_ledger() -> None:
    entries = [
        CreditEntry(CreditKind.GRANT, 5, "trial", NOW),
        top_up(1000, "INV-2026-17", NOW, "anna"),
        spend(1005, 1, NOW),
    ]
    assert balance(entries) == 1004


def test_spending_never_goes_below_zero() -> None:
    with pytest.raises(CreditError, match="no credit"):
        spend(0, 7, NOW)


def test_a_top_up_needs_credits_and_a_reference() -> None:
    with pytest.raises(CreditError):
        top_up(0, "x", NOW, "anna")
    with pytest.raises(CreditError, match="reference"):
        top_up(10, "  ", NOW, "anna")

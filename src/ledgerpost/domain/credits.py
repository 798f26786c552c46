"""Message credits: an append-only ledger of grants, top-ups and spends.

One credit is spent per message the server accepts; the balance never goes below zero.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from ledgerpost.domain.problems import Problem

TRIAL_CREDITS = 5
DEFAULT_PACKAGE_SIZE = 1000
DEFAULT_PACKAGE_PRICE = Decimal("10.00")
DEFAULT_PACKAGE_CURRENCY = "USD"
COST_PER_MESSAGE = 1


class CreditKind(StrEnum):
    GRANT = "grant"  # trial credits of a new company
    TOP_UP = "top-up"  # a package bought
    SPEND = "spend"  # a message accepted by the server


@dataclass(frozen=True, slots=True)
class CreditEntry:
    kind: CreditKind
    amount: int
    """Positive for grants and top-ups, negative for spends."""
    reference: str
    at: dt.datetime
    user: str = ""
    outbox_id: int | None = None


class CreditError(ValueError):
    """A credit movement the rules do not allow: ``problem`` names it for the catalogue (the
    message is the English, for logs)."""

    def __init__(self, message: str, problem: Problem) -> None:
        super().__init__(message)
        self.problem = problem


def balance(entries: Iterable[CreditEntry]) -> int:
    return sum(e.amount for e in entries)


def top_up(amount: int, reference: str, at: dt.datetime, user: str) -> CreditEntry:
    if amount <= 0:
        raise CreditError("a top-up must add at least one credit", Problem.of("credit-top-up-zero"))
    if not reference.strip():
        raise CreditError(
            "a top-up needs a reference (an invoice or receipt number)",
            Problem.of("credit-top-up-reference"),
        )
    return CreditEntry(CreditKind.TOP_UP, amount, reference.strip(), at, user)


def spend(current_balance: int, outbox_id: int, at: dt.datetime, user: str = "") -> CreditEntry:
    """The spend for one accepted message; refused when it would take the balance below zero."""
    if current_balance < COST_PER_MESSAGE:
        raise CreditError("no credit left", Problem.of("credit-none"))
    return CreditEntry(
        CreditKind.SPEND, -COST_PER_MESSAGE, f"message {outbox_id}", at, user, outbox_id
    )

"""Which documents to list, and the one line each shows in a list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from ledgerpost.domain.allocation import PaidState, due_date_of, paid_state
from ledgerpost.domain.documents import SETTLES, DocumentState, DocumentType, has_open_amount


class MailState(StrEnum):
    """Where a document stands with email, for filtering a list."""

    NOT_SENT = "not-sent"  # no message of it was accepted by the server (yet)
    WAITING = "waiting"  # a message of it waits in the outbox (held, queued, retry, ...)
    SENT = "sent"  # a message of it was accepted by the server
    FAILED = "failed"  # its latest message failed or is uncertain: it needs a look


@dataclass(frozen=True, slots=True)
class PaidFilter:
    """Invoices (sales or purchase) in one paid state on ``today``, due ``terms_days`` after
    their date when they have no due date of their own."""

    state: PaidState
    today: dt.date
    terms_days: int


@dataclass(frozen=True, slots=True)
class DocumentFilter:
    """Every field narrows the list; ``None`` means no narrowing by it. Ranges are inclusive."""

    type: DocumentType | None = None
    numbers: tuple[int, int] | None = None
    dates: tuple[dt.date, dt.date] | None = None
    party_id: int | None = None
    state: DocumentState | None = None
    mail: MailState | None = None
    paid: PaidFilter | None = None


ListKey = tuple[dt.date, int]
"""Where a document stands in a list: its (date, id). Lists are ordered by it, newest first."""


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    id: int
    type: DocumentType
    series: str
    number: int | None
    date: dt.date
    party_id: int
    party: str
    total: Decimal
    currency: str
    state: DocumentState
    allocated: Decimal = Decimal(0)
    due_date: dt.date | None = None

    @property
    def open(self) -> Decimal | None:
        """What is open of a posted invoice, or not yet allocated of a receipt, payment or
        credit note; None for other documents and drafts."""
        if self.state is not DocumentState.POSTED:
            return None
        if has_open_amount(self.type, self.total) or self.type in SETTLES:
            return self.total - self.allocated
        return None

    def paid_state(self, terms_days: int, today: dt.date) -> PaidState | None:
        """Where a posted invoice stands with its payment on ``today``; None for others."""
        open_amount = self.open
        if open_amount is None or not has_open_amount(self.type, self.total):
            return None
        due = due_date_of(self.date, self.due_date, terms_days)
        return paid_state(self.total, open_amount, due, today)

    @property
    def key(self) -> ListKey:
        return (self.date, self.id)

    @property
    def display_number(self) -> str:
        return f"{self.series}-{self.number}" if self.number is not None else ""


class RangeError(ValueError):
    """A range written on the command line or in a filter field cannot be read."""


def parse_number_range(text: str) -> tuple[int, int]:
    """``"5-17"`` or ``"17"``; the ends may be written either way round."""
    first, sep, last = text.strip().partition("-")
    try:
        low = int(first)
        high = int(last) if sep else low
    except ValueError:
        raise RangeError(f"{text!r} is not a number range like 5-17") from None
    if low < 1 or high < 1:
        raise RangeError(f"{text!r}: document numbers start at 1")
    return (min(low, high), max(low, high))


def parse_date_range(text: str) -> tuple[dt.date, dt.date]:
    """``"2026-01-01..2026-03-31"`` (ISO dates); one date alone means that day."""
    first, sep, last = text.strip().partition("..")
    try:
        start = dt.date.fromisoformat(first.strip())
        end = dt.date.fromisoformat(last.strip()) if sep else start
    except ValueError:
        raise RangeError(f"{text!r} is not a date range like 2026-01-01..2026-03-31") from None
    if end < start:
        raise RangeError(f"{text!r}: the range ends before it starts")
    return (start, end)

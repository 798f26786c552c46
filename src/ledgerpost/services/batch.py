"""Batches: many documents (or statements) at once, previewed before anything is queued.

The preview names every document that will be skipped and why. Queueing writes one
transaction per chunk, reading the documents a page at a time, never all at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ledgerpost.domain.documents import DocumentState, DocumentType
from ledgerpost.domain.listing import DocumentFilter, DocumentSummary
from ledgerpost.domain.parties import PartyKind
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import (
    Preflight,
    Prepared,
    SendRequest,
    SendSettings,
    preflight,
    prepare,
    write_prepared,
)
from ledgerpost.storage import outbox_repository as repo

CHUNK = 200
Progress = Callable[[int, int], None]
"""Called with (done, total) after each chunk."""


@dataclass(frozen=True, slots=True)
class Skipped:
    document: str
    reason: str


@dataclass(frozen=True, slots=True)
class BatchPreview:
    count: int
    cost: int
    balance: int
    skipped: tuple[Skipped, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "count": self.count,
            "cost": self.cost,
            "balance": self.balance,
            "skipped": [{"document": s.document, "reason": s.reason} for s in self.skipped],
        }


@dataclass(frozen=True, slots=True)
class BatchResult:
    batch_id: int
    queued: int
    skipped: tuple[Skipped, ...]
    outbox_ids: tuple[int, ...]


def _documents(ledger: Ledger, flt: DocumentFilter) -> Iterator[DocumentSummary]:
    last = None
    while True:
        page = ledger.documents(flt, limit=CHUNK, newest_first=False, after=last)
        yield from page
        if len(page) < CHUNK:
            return
        last = page[-1]


def _label(summary: DocumentSummary) -> str:
    return f"{summary.type.value} {summary.display_number or f'draft {summary.id}'}"


def _requests(
    ledger: Ledger,
    doc_type: DocumentType,
    numbers: tuple[int, int] | None,
    dates: tuple[dt.date, dt.date] | None,
    resend: bool,
    user: str,
    batch_id: int | None,
) -> Iterator[tuple[str, SendRequest | None, str]]:
    """(label, request or None, reason) for each document of the selection, in order."""
    flt = DocumentFilter(type=doc_type, numbers=numbers, dates=dates)
    for summary in _documents(ledger, flt):
        label = _label(summary)
        if summary.state is not DocumentState.POSTED:
            yield label, None, "not posted"
            continue
        yield (
            label,
            SendRequest(document_id=summary.id, resend=resend, user=user, batch_id=batch_id),
            "",
        )


def _statement_requests(
    ledger: Ledger, dates: tuple[dt.date, dt.date], user: str, batch_id: int | None
) -> Iterator[tuple[str, SendRequest | None, str]]:
    """A statement for every customer with activity in the period or an open balance."""
    start, end = dates
    for party in ledger.parties(PartyKind.CUSTOMER):
        assert party.id is not None
        statement = ledger.statement(party.id, start, end)
        label = f"statement {party.name}"
        if not statement.lines and statement.closing == 0:
            continue
        yield label, SendRequest(party_id=party.id, period=dates, user=user, batch_id=batch_id), ""


def _reason(check: Preflight) -> str:
    codes = {p.code for p in check.problems}
    if "already-sent" in codes:
        return "already sent (use resend to send again)"
    if "already-queued" in codes:
        return "already in the outbox"
    if codes & {"no-recipient", "no-valid-recipient"}:
        bad = [str(p) for p in check.problems if p.where.startswith("to: ")]
        return "no valid address" + (f" ({'; '.join(bad)})" if bad else "")
    return "; ".join(str(p) for p in check.problems)


def preview(
    ledger: Ledger,
    doc_type: DocumentType | None,
    *,
    numbers: tuple[int, int] | None = None,
    dates: tuple[dt.date, dt.date] | None = None,
    resend: bool = False,
) -> BatchPreview:
    """How many messages a batch would send, what they cost, and what it would skip."""
    shared = SendSettings.load(ledger)
    count = 0
    skipped = []
    for label, request, reason in _select(ledger, doc_type, numbers, dates, resend, "", None):
        if request is None:
            skipped.append(Skipped(label, reason))
            continue
        check = preflight(ledger, request, shared)
        if check.ok:
            count += 1
        else:
            skipped.append(Skipped(label, _reason(check)))
    with ledger.db.read() as s:
        balance = repo.credit_balance(s) - repo.reserved_credits(s)
    return BatchPreview(count, count, balance, tuple(skipped))


def _select(
    ledger: Ledger,
    doc_type: DocumentType | None,
    numbers: tuple[int, int] | None,
    dates: tuple[dt.date, dt.date] | None,
    resend: bool,
    user: str,
    batch_id: int | None,
) -> Iterator[tuple[str, SendRequest | None, str]]:
    if doc_type is None:
        if dates is None:
            raise ValueError("a statement batch needs a date range")
        return _statement_requests(ledger, dates, user, batch_id)
    return _requests(ledger, doc_type, numbers, dates, resend, user, batch_id)


def queue_batch(
    ledger: Ledger,
    doc_type: DocumentType | None,
    *,
    numbers: tuple[int, int] | None = None,
    dates: tuple[dt.date, dt.date] | None = None,
    resend: bool = False,
    user: str = "",
    progress: Progress | None = None,
) -> BatchResult:
    """Queue every sendable message of the selection, one transaction per chunk.

    ``doc_type`` None means customer statements for ``dates``.
    """
    shared = SendSettings.load(ledger)
    with ledger.db.read() as s:
        batch_id = repo.next_batch_id(s)
    skipped: list[Skipped] = []
    ids: list[int] = []
    chunk: list[Prepared] = []
    seen = 0
    for label, request, reason in _select(ledger, doc_type, numbers, dates, resend, user, batch_id):
        seen += 1
        if request is None:
            skipped.append(Skipped(label, reason))
            continue
        prepared = prepare(ledger, request, shared)
        if isinstance(prepared, Preflight):
            skipped.append(Skipped(label, _reason(prepared)))
            continue
        chunk.append(prepared)
        if len(chunk) >= CHUNK:
            ids += write_prepared(ledger, chunk)
            chunk = []
            if progress:
                progress(len(ids), seen)
    if chunk:
        ids += write_prepared(ledger, chunk)
    if progress:
        progress(len(ids), seen)
    return BatchResult(batch_id, len(ids), tuple(skipped), tuple(ids))

"""A batch while it runs: queueing that can be stopped half-way, its live counts, pause, resume
and cancel.

Stopping the queueing ("stop adding to the queue") never leaves anything half-written: every
message is written whole, a chunk per transaction; the messages queued before the stop stay
queued and will be delivered; the documents not reached are not queued at all, and running the
same selection again queues exactly those (the ones already in the outbox are skipped as
"already in the outbox"). Cancelling afterwards ("cancel the messages not yet sent") is a
different thing: it withdraws the batch's waiting messages from the outbox.

Pause, resume and cancel move messages only as ``ledgerpost.domain.outbox`` allows: pause puts
queued (and held) messages on hold with no send time, resume makes them due now, cancel
withdraws every message that is still waiting. A message already on its way to the server
finishes; failed and uncertain ones stay for the user to decide in the outbox.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ledgerpost.domain.documents import DocumentState, DocumentType
from ledgerpost.domain.listing import DocumentFilter, DocumentSummary
from ledgerpost.domain.outbox import WAITING, OutboxEvent, OutboxStatus
from ledgerpost.domain.parties import PartyKind
from ledgerpost.services import batch
from ledgerpost.services.batch import Progress
from ledgerpost.services.clock import utcnow
from ledgerpost.services.errors import LedgerError
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
from ledgerpost.storage import batch_repository as batch_repo
from ledgerpost.storage import outbox_repository as repo

S = OutboxStatus
CHUNK = 25
"""Messages per transaction while queueing: small enough that a stop is felt at once."""
ALREADY_QUEUED = "already in the outbox"
NOT_POSTED = "not posted"

Stop = Callable[[], bool]
"""Asked before each document; True stops the queueing there."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A document (or a customer's statement) the batch leaves out, and why; ``party`` names
    whose card to fix when the reason is an address."""

    document: str
    reason: str
    party: str = ""


@dataclass(frozen=True, slots=True)
class Preview:
    """What a batch would do: ``services.batch.BatchPreview`` with the party of each skip."""

    count: int
    cost: int
    balance: int
    skipped: tuple[Skipped, ...]


@dataclass(frozen=True, slots=True)
class BatchCounts:
    """Where the messages of one batch are. ``waiting`` will go without anyone doing anything
    (queued, being sent, waiting for a retry or for credits); ``held`` waits for a resume."""

    sent: int
    waiting: int
    failed: int
    uncertain: int
    cancelled: int
    held: int
    total: int

    @property
    def done(self) -> int:
        """Messages that will not move again by themselves."""
        return self.sent + self.failed + self.uncertain + self.cancelled

    @property
    def finished(self) -> bool:
        return self.waiting == 0 and self.held == 0


@dataclass(frozen=True, slots=True)
class QueueRun:
    """What one (possibly stopped) queueing did."""

    batch_id: int
    queued: int
    skipped: tuple[Skipped, ...]
    outbox_ids: tuple[int, ...]
    seen: int
    """Documents (or customers) looked at, queued or skipped."""
    total: int
    """Documents (or customers) in the selection."""
    stopped: bool

    @property
    def not_reached(self) -> int:
        return max(self.total - self.seen, 0) if self.stopped else 0


# --- choosing and queueing ----------------------------------------------------------------


def selection_size(
    ledger: Ledger,
    doc_type: DocumentType | None,
    *,
    numbers: tuple[int, int] | None = None,
    dates: tuple[dt.date, dt.date] | None = None,
) -> int:
    """How many documents (or customers, for statements) the selection looks at."""
    if doc_type is None:
        return len(ledger.parties(PartyKind.CUSTOMER))
    return ledger.count_documents(DocumentFilter(type=doc_type, numbers=numbers, dates=dates))


Plan = Iterator[tuple[str, str, SendRequest | None, str]]
"""(label, party name, request or None, why not) for each document of a selection, in order."""


def _documents(
    ledger: Ledger,
    doc_type: DocumentType,
    numbers: tuple[int, int] | None,
    dates: tuple[dt.date, dt.date] | None,
    resend: bool,
    user: str,
    batch_id: int | None,
) -> Plan:
    """As ``services.batch`` selects documents (same order, labels and reasons), a page at a
    time, with the party of each."""
    flt = DocumentFilter(type=doc_type, numbers=numbers, dates=dates)
    after: DocumentSummary | None = None
    while True:
        page = ledger.documents(flt, limit=batch.CHUNK, newest_first=False, after=after)
        for summary in page:
            number = summary.display_number or f"draft {summary.id}"
            label = f"{summary.type.value} {number}"
            if summary.state is not DocumentState.POSTED:
                yield label, summary.party, None, NOT_POSTED
                continue
            request = SendRequest(
                document_id=summary.id, resend=resend, user=user, batch_id=batch_id
            )
            yield label, summary.party, request, ""
        if len(page) < batch.CHUNK:
            return
        after = page[-1]


def _statements(
    ledger: Ledger, dates: tuple[dt.date, dt.date], resend: bool, user: str, batch_id: int | None
) -> Plan:
    """The statements ``services.batch`` would send, less those of customers whose statement
    for this very period is already in the outbox (the send checks do this for documents only).
    """
    queued: set[int] = set()
    if not resend:
        with ledger.db.read() as s:
            queued = batch_repo.parties_with_statement(s, *dates)
    # services.batch has no public way to walk its statements; this is the one place we reach in.
    for label, request, reason in batch._select(ledger, None, None, dates, resend, user, batch_id):
        party = label.removeprefix("statement ")
        if request is not None and request.party_id in queued:
            yield label, party, None, ALREADY_QUEUED
        else:
            yield label, party, request, reason


def _plan(
    ledger: Ledger,
    doc_type: DocumentType | None,
    numbers: tuple[int, int] | None,
    dates: tuple[dt.date, dt.date] | None,
    resend: bool,
    user: str,
    batch_id: int | None,
) -> Plan:
    if doc_type is None:
        if dates is None:
            raise LedgerError("a batch of statements needs a date range")
        return _statements(ledger, dates, resend, user, batch_id)
    return _documents(ledger, doc_type, numbers, dates, resend, user, batch_id)


def preview(
    ledger: Ledger,
    doc_type: DocumentType | None,
    *,
    numbers: tuple[int, int] | None = None,
    dates: tuple[dt.date, dt.date] | None = None,
    resend: bool = False,
) -> Preview:
    """As ``services.batch.preview``, with the party of each skip and the statement check."""
    shared = SendSettings.load(ledger)
    count = 0
    skipped = []
    for label, party, request, reason in _plan(ledger, doc_type, numbers, dates, resend, "", None):
        if request is None:
            skipped.append(Skipped(label, reason, party))
            continue
        check = preflight(ledger, request, shared)
        if check.ok:
            count += 1
        else:
            skipped.append(Skipped(label, batch._reason(check), party))
    with ledger.db.read() as s:
        balance = repo.credit_balance(s) - repo.reserved_credits(s)
    return Preview(count, count, balance, tuple(skipped))


def queue_run(
    ledger: Ledger,
    doc_type: DocumentType | None,
    *,
    numbers: tuple[int, int] | None = None,
    dates: tuple[dt.date, dt.date] | None = None,
    resend: bool = False,
    user: str = "",
    progress: Progress | None = None,
    stop: Stop | None = None,
    chunk: int = CHUNK,
) -> QueueRun:
    """Queue the selection like ``services.batch.queue_batch``, one transaction per ``chunk``
    messages, asking ``stop()`` before each document.

    On a stop, the messages already prepared are written (whole) and nothing more is looked
    at. ``progress(seen, total)`` follows each written chunk, and the end.
    """
    shared = SendSettings.load(ledger)
    total = selection_size(ledger, doc_type, numbers=numbers, dates=dates)
    with ledger.db.read() as s:
        batch_id = repo.next_batch_id(s)
    skipped: list[Skipped] = []
    ids: list[int] = []
    pending: list[Prepared] = []
    seen = 0
    stopped = False
    plan = _plan(ledger, doc_type, numbers, dates, resend, user, batch_id)
    for label, party, request, reason in plan:
        if stop is not None and stop():
            stopped = True
            break
        seen += 1
        if request is None:
            skipped.append(Skipped(label, reason, party))
            continue
        prepared = prepare(ledger, request, shared)
        if isinstance(prepared, Preflight):
            skipped.append(Skipped(label, batch._reason(prepared), party))
            continue
        pending.append(prepared)
        if len(pending) >= chunk:
            ids += write_prepared(ledger, pending)
            pending = []
            if progress:
                progress(seen, total)
    if pending:
        ids += write_prepared(ledger, pending)
    if progress:
        progress(seen if stopped else total, total)
    return QueueRun(batch_id, len(ids), tuple(skipped), tuple(ids), seen, total, stopped)


# --- a queued batch -----------------------------------------------------------------------


def batch_counts(ledger: Ledger, batch_id: int) -> BatchCounts:
    with ledger.db.read() as s:
        counts = batch_repo.status_counts(s, batch_id)
    waiting = sum(counts.get(x, 0) for x in (*WAITING, S.SENDING) if x is not S.HELD)
    return BatchCounts(
        sent=counts.get(S.SENT, 0),
        waiting=waiting,
        failed=counts.get(S.FAILED, 0),
        uncertain=counts.get(S.UNCERTAIN, 0),
        cancelled=counts.get(S.CANCELLED, 0),
        held=counts.get(S.HELD, 0),
        total=sum(counts.values()),
    )


def pause(ledger: Ledger, batch_id: int) -> int:
    """Put the batch's waiting messages on hold (queued, waiting for a retry or for
    credits), with no send time; how many were held. Messages being sent finish."""
    with ledger.db.write() as s:
        return batch_repo.move_batch(
            s, batch_id, OutboxEvent.HOLD, (S.QUEUED, S.HELD, S.RETRY, S.NO_CREDIT), send_at=None
        )


def resume(ledger: Ledger, batch_id: int) -> int:
    """Make the batch's held messages due now; how many were released."""
    now = utcnow()
    with ledger.db.write() as s:
        return batch_repo.move_batch(
            s, batch_id, OutboxEvent.RELEASE, (S.HELD,), send_at=None, next_attempt_at=now
        )


def cancel(ledger: Ledger, batch_id: int) -> int:
    """Withdraw every message of the batch that is still waiting; how many were cancelled."""
    waiting = sorted(WAITING)
    with ledger.db.write() as s:
        return batch_repo.move_batch(s, batch_id, OutboxEvent.CANCEL, waiting, claimed_by=None)

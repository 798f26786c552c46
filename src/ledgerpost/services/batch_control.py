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
from dataclasses import dataclass

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.outbox import WAITING, OutboxEvent, OutboxStatus
from ledgerpost.domain.templates import STATEMENT
from ledgerpost.domain.users import SignedIn
from ledgerpost.services import batch
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import batch_repository as batch_repo

S = OutboxStatus
CHUNK = 25
"""Messages per transaction while queueing: small enough that a stop is felt at once."""


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


# --- choosing and queueing (services.batch does it; the dialog asks for small chunks) --------

Skipped = batch.Skipped
Preview = batch.BatchPreview
QueueRun = batch.BatchResult
preview = batch.preview
selection_size = batch.selection_size


def queue_run(
    ledger: Ledger,
    doc_type: DocumentType | None,
    *,
    numbers: tuple[int, int] | None = None,
    dates: tuple[dt.date, dt.date] | None = None,
    resend: bool = False,
    by: SignedIn | None = None,
    progress: batch.Progress | None = None,
    stop: batch.Stop | None = None,
    chunk: int = CHUNK,
    account: str | None = None,
    form: str = STATEMENT,
) -> QueueRun:
    """``services.batch.queue_batch`` in chunks small enough that a stop is felt at once;
    ``account`` names the sending account of every message (None: each its usual one),
    ``form`` a statement's (every movement, or what is open at the period's end)."""
    return batch.queue_batch(
        ledger, doc_type, numbers=numbers, dates=dates, resend=resend, by=by,
        progress=progress, stop=stop, chunk=chunk, account=account, form=form,
    )  # fmt: skip


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

"""The delivery worker: claims due messages, sends their stored bytes, records the outcome.

Runs as ``ledgerpost outbox run`` or as a background thread of the window. Several workers (on
one machine or several desks) may run on one ledger: claims are atomic, each message goes to
one worker. A message whose data may have reached the server when its worker died becomes
'uncertain' and is never resent without the user's word.

A worker claims a batch and reads it in one go (messages, stored bytes, print copies). For each
message, once the server has taken its envelope, one write transaction records what the server
said about the message before (and spends its credit) and sets this message's data mark,
with its size on the first try (and its bytes, when they were not composed as it was
queued: without the print copy, which the ledger keeps already): committed before the data
goes. So a message costs one commit, and a crash after the mark leaves exactly that one
message uncertain. With PIPELINING the next message's envelope goes behind each message's
data (one round trip a message), and the message after it is made ready (its print copy put
back, or composed) while the server reads the data.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable

from sqlalchemy.orm import Session

from ledgerpost.domain.outbox import OutboxEvent
from ledgerpost.domain.smtp import ServerFacts
from ledgerpost.mail.errors import ACCOUNT_REFUSED, DeliveryUncertain, MailError
from ledgerpost.mail.throttle import Throttled
from ledgerpost.mail.transport import Envelope, Withdrawn
from ledgerpost.services.delivery import failures, pace_gate, recovery
from ledgerpost.services.delivery.composing import (
    BatchReader,
    ClaimedBatch,
    PrintCopyWait,
    Ready,
    Refusal,
    refusal_columns,
)
from ledgerpost.services.delivery.failures import MESSAGE_REFUSED
from ledgerpost.services.delivery.pace_gate import PaceGate
from ledgerpost.services.delivery.run_report import Outcome, RunReport, Transport, TransportFactory
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import credit_repository as credit_repo
from ledgerpost.storage import locks
from ledgerpost.storage import outbox_repository as repo
from ledgerpost.storage import worker_repository as worker_repo
from ledgerpost.storage.delivery_lane import Accepted, DataMark, DeliveryLane

log = logging.getLogger(__name__)

RECOVER_SECONDS = 5.0
"""How often a busy worker looks for the claims of workers that died (it does when it starts,
then between batches at most this often: a look takes the claims lock and reads the workers)."""
STAY_CONNECTED = (*MESSAGE_REFUSED, DeliveryUncertain)
"""Final failures of one message after which the worker goes on with the next."""


class DeliveryWorker:
    """One worker: one SMTP connection, reused for every message it claims."""

    def __init__(
        self,
        ledger: Ledger,
        transport_factory: TransportFactory,
        *,
        batch_size: int = 20,
        clock: Callable[[], dt.datetime] = utcnow,
        prerender: PrintCopyWait | None = None,
        learn_server: Callable[[ServerFacts], None] | None = None,
        accounts: list[int | None] | None = None,
        account_refused: Callable[[MailError], None] | None = None,
        pace: PaceGate | None = None,
    ) -> None:
        self.ledger = ledger
        self.pace = pace
        """The account's sending pace; None: no pace (and throttle pauses for this worker
        only)."""
        self._learn_server = learn_server
        """Told what the server said of itself (SIZE, SMTPUTF8) once per connection, for the
        checks before queueing."""
        self.accounts = accounts
        """Claim only the messages of these sending accounts (None in it: those naming none);
        None: every message."""
        self._account_refused = account_refused
        """Told when the server refuses the account's sign-in: the account pauses, and the
        messages go back unharmed (no attempt counted) to wait for the fix."""
        self.prerender = prerender
        self._factory = transport_factory
        self._transport: Transport | None = None
        self.batch_size = batch_size
        self.clock = clock
        self.id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._host = socket.gethostname()
        self._skip_locked = ledger.db.dialect == "postgresql"
        self._lane: DeliveryLane | None = None
        """The connection of the per-message transaction, taken on the first send."""
        self._reader: BatchReader | None = None
        self._recovered_at: float | None = None
        self._throttled_until: dt.datetime | None = None

    # --- claims -------------------------------------------------------------------------

    def recover(self) -> int:
        """Take back the claims of workers that died; say which messages may have gone."""
        return recovery.take_back_claims(self.ledger, self.id, self._host, self.clock())

    def claim(self) -> tuple[list[int], int]:
        """Due messages for this worker, never more than the credits left; and how many
        due messages now wait for credit."""
        now = self.clock()
        with self.ledger.db.write() as s:
            # Claims take turns: the credits one worker sees left are not claimed by another.
            locks.hold(s, locks.OUTBOX_CLAIMS)
            worker_repo.beat(s, self.id, self._host, os.getpid(), now)
            repo.release_due_held(s, now)
            available = credit_repo.available_credits(s)
            if available <= 0:
                return [], repo.mark_waiting_without_credit(s, now)
            ids = repo.due_ids(
                s,
                now,
                min(self.batch_size, available),
                skip_locked=self._skip_locked,
                accounts=self.accounts,
            )
            return repo.claim(s, ids, self.id, now), 0

    # --- a claimed batch: read at once, composed one message at a time -----------------------

    def prepare(self, ids: list[int]) -> ClaimedBatch:
        """Read the claimed messages, their stored bytes and print copies, all at once. Each
        is composed when its turn comes (:meth:`ClaimedBatch.take`), while the server reads the
        message before it; with a pace, only while the pace admits it."""
        admit = None if self.pace is None else self._admit
        if self._reader is None or self._reader.prerender is not self.prerender:
            self._reader = BatchReader(self.ledger, self.prerender)  # its key read once
        return self._reader.read(ids, admit)

    def _admit(self, item: Ready) -> bool:
        assert self.pace is not None
        return self.pace.admit(len(item.envelope))

    def _put_back(self, ids: list[int], report: RunReport, after: dt.datetime | None) -> None:
        """Give back messages the pace (or a throttle pause) holds, each for its planned time."""
        if not ids:
            return
        if self.pace is not None:
            self.pace.put_back(ids)
        else:
            with self.ledger.db.write() as s:
                pace_gate.put_back(s, [(outbox_id, after or self.clock()) for outbox_id in ids])
        report.paced += len(ids)

    def _refuse(self, refused: list[tuple[int, Refusal]], report: RunReport) -> None:
        """Fail the messages that could not be composed, with the reason (its code and values
        too when it has one, so the window says it in the reader's language)."""
        if not refused:
            return
        with self.ledger.db.write() as s:
            for outbox_id, exc in refused:
                why = refusal_columns(exc)
                repo.settle(s, outbox_id, OutboxEvent.PERMANENT, claimed_by=None, **why)
                log.warning("outbox %s failed: it could not be composed", outbox_id)
        report.failed += len(refused)
        refused.clear()

    # --- outcomes ---------------------------------------------------------------------------

    def _accepted(self, outcome: Outcome) -> Accepted:
        delivery = outcome.delivery
        assert delivery is not None
        refused = {a: list(r) for a, r in delivery.refused.items()}
        return Accepted(
            outcome.outbox_id,
            self.clock(),
            delivery.code,
            delivery.text,
            json.dumps(refused, ensure_ascii=False) if refused else "",
            "; ".join(f"{a}: {c} {t}" for a, (c, t) in delivery.refused.items()),
        )

    def _step(self, pending: list[Outcome], mark: DataMark | None, report: RunReport) -> bool:
        """What the server said about the messages before (``pending``, emptied), and this
        message's data mark: acceptances and the mark in one write transaction, refusals (rare)
        in one of their own before it. False when the marked message is no longer ours."""
        done, pending[:] = list(pending), []
        refused = [outcome for outcome in done if outcome.error is not None]
        if refused:
            with self.ledger.db.write() as s:
                for outcome in refused:
                    self._record_failure(s, outcome, report)
        accepted = [self._accepted(outcome) for outcome in done if outcome.error is None]
        if not accepted and mark is None:
            return True
        if self._lane is None:
            self._lane = DeliveryLane(self.ledger.db)
        ours = self._lane.step(accepted, mark)
        report.sent += len(accepted)
        for item in accepted:
            log.info("outbox %s sent (%s)", item.outbox_id, item.code)
        return ours

    def _record_failure(self, s: Session, outcome: Outcome, report: RunReport) -> None:
        """Write why the server did not take one message (in the caller's transaction)."""
        until = failures.record_failure(
            s,
            outcome,
            report,
            now=self.clock(),
            pace=self.pace,
            account_pauses=self._account_refused is not None,
        )
        if until is not None:
            self._throttled_until = until

    def _release(self, ids: list[int], reason: str, unclaim: bool = False) -> None:
        """Give back claimed messages untouched (the worker is stopping for a setting);
        ``unclaim``: their claim's attempt is not counted either."""
        now = self.clock()
        undo = repo.unclaimed_values() if unclaim else {}
        with self.ledger.db.write() as s:
            for outbox_id in ids:
                repo.move(
                    s,
                    outbox_id,
                    OutboxEvent.TEMPORARY,
                    next_attempt_at=now,
                    claimed_by=None,
                    last_error=reason,
                    data_at=None,
                    **undo,
                )

    def _send(
        self,
        item: Ready,
        before_data: Callable[[], bool],
        following: Ready | None,
        meanwhile: Callable[[], None],
    ) -> Outcome | None:
        """Send one message; None when it turned out not to be ours (``before_data`` said so).
        The envelope of ``following`` goes behind its data, when the server pipelines;
        ``meanwhile`` runs while the server reads the data."""
        ahead = None
        if following is not None:
            ahead = Envelope(
                following.sender, following.envelope, following.mime, following.smtputf8
            )
        try:
            fresh = self._transport is None
            if self._transport is None:
                self._transport = self._factory()
            delivery = self._transport.send(
                item.sender,
                item.envelope,
                item.mime,
                smtputf8=item.smtputf8,
                before_data=before_data,
                ahead=ahead,
                meanwhile=meanwhile,
            )
        except Withdrawn:
            return None
        except MailError as exc:
            return Outcome(item.outbox_id, None, exc)
        facts = getattr(self._transport, "server_facts", None)
        if fresh and self._learn_server is not None and facts is not None:
            # Facts kept for the checks before queueing, never worth a delivery: if they cannot
            # be written now, the next connection learns them again.
            with contextlib.suppress(Exception):
                self._learn_server(facts)
        return Outcome(item.outbox_id, delivery, None)

    def send_batch(self, batch: ClaimedBatch, report: RunReport) -> None:
        """Send the batch over the one connection. Once the server has taken a message's
        envelope, one write transaction records what it said about the messages before and
        sets this message's data mark, committed before its data goes. With PIPELINING the
        next message's envelope goes behind each message's data: one round trip a message.
        The message after that is composed while the server reads the data."""
        pending: list[Outcome] = []
        item, following = batch.take(), batch.take()
        while item is not None:
            after: list[Ready | None] = []

            def before_data(item: Ready = item) -> bool:
                mark = DataMark(item.outbox_id, self.id, self.clock(), item.kept, item.size)
                return self._step(pending, mark, report)

            def meanwhile(after: list[Ready | None] = after) -> None:
                after.append(batch.take())

            outcome = self._send(item, before_data, following, meanwhile)
            if not after:
                meanwhile()  # the data never went (a refused envelope): compose it now
            if outcome is not None:
                pending.append(outcome)
                rest = [x.outbox_id for x in (following, after[0]) if x is not None]
                if self._stops_the_batch(outcome.error, pending, batch, rest, report):
                    return
            # else: its claim was taken back meanwhile, not ours to send
            item, following = following, after[0]
        if pending:
            self._step(pending, None, report)
        self._refuse(batch.refused, report)
        if batch.paced:
            self._put_back(batch.untaken(), report, None)

    def _stops_the_batch(
        self,
        exc: MailError | None,
        pending: list[Outcome],
        batch: ClaimedBatch,
        rest: list[int],
        report: RunReport,
    ) -> bool:
        """After an error that ends the batch (a throttle, a connection or sign-in that will
        not do), record what is known and give the rest back; False to go on."""
        throttled = isinstance(exc, Throttled)
        if exc is None or not (
            throttled or (not exc.retryable and not isinstance(exc, STAY_CONNECTED))
        ):
            return False
        self._step(pending, None, report)
        self._refuse(batch.refused, report)
        if throttled:  # the account waits: so does the rest
            self._put_back(rest + batch.untaken(), report, self._throttled_until)
            return True
        report.stopped_by = str(exc)
        paused = isinstance(exc, ACCOUNT_REFUSED) and self._account_refused is not None
        self._release(rest + batch.untaken(), report.stopped_by, unclaim=paused)
        if paused and self._account_refused is not None:
            self._account_refused(exc)
        return True

    # --- runs ---------------------------------------------------------------------------

    def run_once(self) -> RunReport:
        """Recover (when it is time to), claim one batch, deliver it."""
        report = RunReport()
        now = time.monotonic()
        if self._recovered_at is None or now - self._recovered_at >= RECOVER_SECONDS:
            report.recovered = self.recover()
            self._recovered_at = now
        ids, report.no_credit = self.claim()
        if ids:
            self.send_batch(self.prepare(ids), report)
        return report

    def run_until_idle(self, stop: threading.Event | None = None) -> RunReport:
        """Deliver until nothing is due now (later retries and held messages stay)."""
        total = RunReport()
        try:
            while stop is None or not stop.is_set():
                report = self.run_once()
                total.add(report)
                idle = report.handled == 0 and report.recovered == 0
                # Idle, but messages wait for their turn in the pace soon: wait for them.
                if report.stopped_by or (idle and (self.pace is None or not self.pace.wait(stop))):
                    break
        finally:
            self.close()
        return total

    def run(self, once: bool = False, stop: threading.Event | None = None) -> RunReport:
        """:meth:`run_once` or :meth:`run_until_idle`; either way the worker is closed after."""
        if not once:
            return self.run_until_idle(stop)
        try:
            return self.run_once()
        finally:
            self.close()

    def close(self) -> None:
        if self._lane is not None:
            self._lane.close()
            self._lane = None
        if self._transport is not None:
            try:
                self._transport.close()
            finally:
                self._transport = None
        with self.ledger.db.write() as s:
            worker_repo.forget_worker(s, self.id)

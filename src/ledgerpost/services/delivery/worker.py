"""The delivery worker: claims due messages, composes them once, sends them, records the outcome.

Runs as ``ledgerpost outbox run`` or as a background thread of the window. Several workers (on
one machine or several desks) may run on one ledger: claims are atomic, each message goes to
one worker. A message whose data may have reached the server when its worker died becomes
'uncertain' and is never resent without the user's word.

A worker claims a batch and reads it in one go (messages, stored bytes, print copies). For each
message, once the server has taken its envelope, one write transaction records what the server
said about the message before (and spends its credit) and sets this message's data mark,
storing its bytes on the first try (without the print copy, which the ledger keeps already):
committed before the data goes. So a message costs one commit, and a crash after the mark
leaves exactly that one message uncertain. With PIPELINING the next message's envelope goes
behind each message's data (one round trip a message), and the message after it is composed
while the server reads the data.
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
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy.orm import Session

from ledgerpost.domain.addresses import Field, Mailbox, parse_entry, parse_list
from ledgerpost.domain.message import Attachment, OutgoingMessage
from ledgerpost.domain.outbox import OutboxEvent, backoff, should_give_up
from ledgerpost.domain.smtp import ServerFacts
from ledgerpost.mail.compose import Composed, ComposeError, compose_parts
from ledgerpost.mail.errors import (
    DeliveryUncertain,
    MailError,
    PermanentReply,
    SmtpUtf8NotOffered,
)
from ledgerpost.mail.transport import Delivery, Envelope, Withdrawn
from ledgerpost.services.delivery.report_headers import ReportHeaders
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.outbox_view import whole_message
from ledgerpost.services.sending import STATEMENT
from ledgerpost.storage import credit_repository as credit_repo
from ledgerpost.storage import locks
from ledgerpost.storage import outbox_repository as repo
from ledgerpost.storage import worker_repository as worker_repo
from ledgerpost.storage.delivery_lane import Accepted, DataMark, DeliveryLane
from ledgerpost.storage.mail_models import OutboxAttachmentRow, OutboxRow
from ledgerpost.storage.outbox_repository import KeptMime
from ledgerpost.storage.print_copies import get_print_copies

log = logging.getLogger(__name__)

HEARTBEAT_TIMEOUT = dt.timedelta(seconds=90)
RECOVER_SECONDS = 5.0
"""How often a busy worker looks for the claims of workers that died (it does when it starts,
then between batches at most this often: a look takes the claims lock and reads the workers)."""
MESSAGE_REFUSED = (PermanentReply, SmtpUtf8NotOffered)
"""Refusals of this one message: it fails, the connection goes on with the next."""
STAY_CONNECTED = (*MESSAGE_REFUSED, DeliveryUncertain)
"""Final failures of one message after which the worker goes on with the next."""


class Transport(Protocol):
    """What the worker needs of an SMTP connection (ledgerpost.mail.transport.SmtpTransport)."""

    def send(
        self,
        mail_from: str,
        recipients: list[str],
        data: bytes,
        *,
        smtputf8: bool = False,
        before_data: Callable[[], bool] | None = None,
        ahead: Envelope | None = None,
        meanwhile: Callable[[], None] | None = None,
    ) -> Delivery: ...

    def close(self) -> None: ...


TransportFactory = Callable[[], Transport]


class PrintCopyWait(Protocol):
    """Print copies being rendered elsewhere (ledgerpost.services.delivery.prerender)."""

    def wait(self, document_id: int) -> None: ...


@dataclass(frozen=True, slots=True)
class _Ready:
    """A claimed message, composed and stored, with its envelope."""

    outbox_id: int
    mime: bytes
    kept: KeptMime | None
    """What to store with the data mark; None when the bytes are stored already (a retry
    sends the same bytes)."""
    sender: str
    envelope: list[str]
    smtputf8: bool


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What the server said about one message: a delivery, or the error."""

    outbox_id: int
    delivery: Delivery | None
    error: MailError | None


class _Claimed:
    """A claimed batch, read at once and composed one message at a time, in order."""

    def __init__(self, rows: list[OutboxRow], compose: Callable[[OutboxRow], _Ready]) -> None:
        self._compose = compose
        self._rows = list(reversed(rows))
        self.refused: list[tuple[int, str]] = []
        """Messages that could not be composed, and why: written by the worker."""

    def take(self) -> _Ready | None:
        """The next message ready to send; None when the batch is done."""
        while self._rows:
            row = self._rows.pop()
            try:
                return self._compose(row)
            except (LedgerError, ComposeError) as exc:
                self.refused.append((row.id, str(exc)))
        return None

    def untaken(self) -> list[int]:
        """The messages not taken yet (given back when the worker stops)."""
        return [row.id for row in reversed(self._rows)]


@dataclass
class RunReport:
    """What one run of the worker did; ``stopped_by`` is set when a setting stopped it."""

    sent: int = 0
    retry: int = 0
    failed: int = 0
    uncertain: int = 0
    no_credit: int = 0
    recovered: int = 0
    stopped_by: str = ""
    messages: list[str] = field(default_factory=list)
    processes: int = 0
    """Worker processes that did the sending (0: the caller's own process)."""

    @property
    def handled(self) -> int:
        return self.sent + self.retry + self.failed + self.uncertain

    def add(self, other: RunReport) -> None:
        for name in ("sent", "retry", "failed", "uncertain", "no_credit", "recovered"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.stopped_by = other.stopped_by or self.stopped_by
        self.messages += other.messages
        self.processes += other.processes


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


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
    ) -> None:
        self.ledger = ledger
        self._learn_server = learn_server
        """Told what the server said of itself (SIZE, SMTPUTF8) once per connection, for the
        checks before queueing."""
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
        self._recovered_at: float | None = None
        self._report_headers = ReportHeaders(ledger)

    # --- claims -------------------------------------------------------------------------

    def recover(self) -> int:
        """Take back the claims of workers that died; say which messages may have gone."""
        now = self.clock()
        recovered = 0
        with self.ledger.db.write() as s:
            locks.hold(s, locks.OUTBOX_CLAIMS)
            worker_repo.beat(s, self.id, self._host, os.getpid(), now)
            live = []
            for worker in worker_repo.workers(s):
                fresh = now - worker.heartbeat_at < HEARTBEAT_TIMEOUT
                here_and_dead = worker.host == self._host and not _pid_alive(worker.pid)
                if worker.id == self.id or (fresh and not here_and_dead):
                    live.append(worker.id)
                else:
                    worker_repo.forget_worker(s, worker.id)
            for row in worker_repo.orphaned(s, live):
                if row.data_at is None:
                    repo.move(
                        s,
                        row.id,
                        OutboxEvent.TEMPORARY,
                        next_attempt_at=now,
                        last_error="the delivery was interrupted before the message "
                        "was handed to the server",
                        claimed_by=None,
                    )
                else:
                    repo.move(
                        s,
                        row.id,
                        OutboxEvent.CRASHED,
                        claimed_by=None,
                        last_error="the program stopped while the server was receiving "
                        "this message: it may have arrived. Resend it (same "
                        "Message-ID) or mark it as sent.",
                    )
                recovered += 1
        return recovered

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
                s, now, min(self.batch_size, available), skip_locked=self._skip_locked
            )
            return repo.claim(s, ids, self.id, now), 0

    # --- a claimed batch: read at once, composed one message at a time -----------------------

    def _print_copies(
        self, rows: list[OutboxRow], kept: dict[int, KeptMime]
    ) -> dict[int, Attachment | LedgerError]:
        """The stored print copies of the batch's documents (rendered now where missing), or
        why a document has none."""
        wanted = {
            row.document_id
            for row in rows
            if row.attach_print_copy and row.kind != STATEMENT
            if row.id not in kept or kept[row.id].print_copy_at is not None
            if row.document_id is not None
        }
        found: dict[int, Attachment | LedgerError] = {}
        with self.ledger.db.read() as s:
            for document_id, stored in get_print_copies(s, sorted(wanted)).items():
                # Read back only if its bytes match their sha256 (a damaged copy raises).
                found[document_id] = Attachment(
                    stored.file_name, "application/pdf", stored.pdf, stored.sha256, verified=True
                )
        missing = sorted(wanted - found.keys())
        if missing:
            # Imported when needed: the PDF renderer is a tenth of a second of a worker
            # process's start, and a warm send never renders.
            from ledgerpost.services import printing
        for document_id in missing:
            if self.prerender is not None:
                self.prerender.wait(document_id)
            try:
                copy = printing.print_document(self.ledger, document_id)
            except LedgerError as exc:
                found[document_id] = exc  # that message fails, with the reason
                continue
            found[document_id] = Attachment(
                copy.file_name, "application/pdf", copy.pdf, copy.sha256 if copy.stored else ""
            )
        return found

    def _attachments(
        self,
        row: OutboxRow,
        copies: dict[int, Attachment | LedgerError],
        extra: dict[int, list[OutboxAttachmentRow]],
    ) -> list[Attachment]:
        found: list[Attachment] = []
        if row.attach_print_copy:
            if row.kind == STATEMENT:
                from ledgerpost.services import printing  # see _print_copies

                if row.party_id is None or row.period_start is None or row.period_end is None:
                    raise LedgerError("the statement's party or period is missing")
                copy = printing.print_statement(
                    self.ledger,
                    row.party_id,
                    row.period_start,
                    row.period_end,
                    language=row.language,
                )
                found.append(Attachment(copy.file_name, "application/pdf", copy.pdf))
            elif row.document_id is not None:
                copy_or_reason = copies[row.document_id]
                if isinstance(copy_or_reason, LedgerError):
                    raise copy_or_reason
                found.append(copy_or_reason)
        found += [
            Attachment(a.filename, a.content_type, a.data, a.sha256) for a in extra.get(row.id, [])
        ]
        return found

    @staticmethod
    def _message(row: OutboxRow) -> OutgoingMessage:
        """The message a row holds, its addresses parsed (once: the envelope is made of
        them too)."""
        sender = parse_entry(row.sender, Field.FROM)
        if not isinstance(sender, Mailbox):
            raise LedgerError(f"the From address {row.sender!r} is not valid")
        reply = parse_list(row.reply_to, Field.REPLY_TO).mailboxes
        return OutgoingMessage(
            sender=sender,
            to=parse_list(row.to_addrs, Field.TO).mailboxes,
            cc=parse_list(row.cc_addrs, Field.CC).mailboxes,
            bcc=parse_list(row.bcc_addrs, Field.BCC).mailboxes,
            reply_to=reply[0] if reply else None,
            subject=row.subject,
            message_id=row.message_id,
            # The first attempt's time, kept for every retry (the claim sets it once).
            date=(row.first_attempt_at or row.queued_at).replace(tzinfo=dt.UTC),
            note=row.note,
            body=row.body,
            greeting=row.greeting,
            signature=row.signature,
            language=row.language,
            subject_prefix=row.subject_prefix,
        )

    @staticmethod
    def _to_keep(row: OutboxRow, composed: Composed, attachments: list[Attachment]) -> KeptMime:
        """What to store of a message composed now: without its document's print copy when
        that copy is the stored one (kept once, in print_copy), else all of it."""
        first = attachments[0] if attachments else None
        if row.attach_print_copy and row.kind != STATEMENT and first is not None and first.sha256:
            without, at = composed.without(0, first.size)
            return KeptMime(without, at, first.sha256)
        return KeptMime(composed.mime)

    @staticmethod
    def _whole(
        row: OutboxRow, kept: KeptMime, copies: dict[int, Attachment | LedgerError]
    ) -> bytes:
        """The stored bytes of a message, its print copy's lines put back in."""
        copy = copies.get(row.document_id) if row.document_id is not None else None
        if isinstance(copy, LedgerError):
            raise copy
        return whole_message(kept, None if copy is None else (copy.sha256, copy.data))

    @staticmethod
    def _ready(
        row: OutboxRow, message: OutgoingMessage, mime: bytes, kept: KeptMime | None
    ) -> _Ready:
        # Each mailbox once, even when it is in To and in CC: the server would deliver twice.
        seen: set[str] = set()
        envelope = []
        for mailbox in (*message.to, *message.cc, *message.bcc):
            key = f"{mailbox.local}@{mailbox.ascii_domain}".lower()
            if key not in seen:
                seen.add(key)
                envelope.append(mailbox.address)
        return _Ready(row.id, mime, kept, message.sender.address, envelope, row.smtputf8)

    def prepare(self, ids: list[int]) -> _Claimed:
        """Read the claimed messages, their stored bytes and print copies, all at once. Each
        is composed when its turn comes (:meth:`_Claimed.take`), while the server reads the
        message before it."""
        with self.ledger.db.read() as s:
            rows = repo.messages(s, ids)
            kept = repo.stored_mimes(s, ids)
            extra = repo.extra_attachments_of(s, [r.id for r in rows if r.id not in kept])
            s.expunge_all()
        copies = self._print_copies(rows, kept)
        receipts = self._report_headers.read_receipts(r.id for r in rows if r.id not in kept)
        return _Claimed(
            rows,
            lambda row: self._compose(row, kept.get(row.id), copies, extra, row.id in receipts),
        )

    def _compose(
        self,
        row: OutboxRow,
        kept: KeptMime | None,
        copies: dict[int, Attachment | LedgerError],
        extra: dict[int, list[OutboxAttachmentRow]],
        read_receipt: bool = False,
    ) -> _Ready:
        """One claimed message, ready to send: its stored bytes, or composed now (raises
        LedgerError or ComposeError when it cannot be)."""
        message = self._message(row)
        if kept is not None:
            return self._ready(row, message, self._whole(row, kept, copies), None)
        message = self._report_headers.apply(message, row.id, read_receipt)
        attachments = self._attachments(row, copies, extra)
        composed = compose_parts(message, attachments)
        keep = self._to_keep(row, composed, attachments)
        return self._ready(row, message, composed.mime, keep)

    def _refuse(self, refused: list[tuple[int, str]], report: RunReport) -> None:
        """Fail the messages that could not be composed, with the reason."""
        if not refused:
            return
        with self.ledger.db.write() as s:
            for outbox_id, reason in refused:
                repo.settle(s, outbox_id, OutboxEvent.PERMANENT, claimed_by=None, last_error=reason)
                log.warning("outbox %s failed: it could not be composed", outbox_id)
        report.failed += len(refused)
        refused.clear()

    # --- outcomes ---------------------------------------------------------------------------

    def _accepted(self, outcome: _Outcome) -> Accepted:
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

    def _step(self, pending: list[_Outcome], mark: DataMark | None, report: RunReport) -> bool:
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

    def _record_failure(self, s: Session, outcome: _Outcome, report: RunReport) -> None:
        """Write why the server did not take one message (in the caller's transaction)."""
        now = self.clock()
        outbox_id, exc = outcome.outbox_id, outcome.error
        assert exc is not None
        code = getattr(exc, "reply_code", None)  # the server's number, when it answered
        common = {
            "claimed_by": None,
            "last_code": code,
            "last_error": str(exc),
            "last_error_code": exc.code,
            "last_error_params": json.dumps(exc.values, ensure_ascii=False),
            "refused": _refused_json(getattr(exc, "refused", None)),
        }
        kind = type(exc).__name__  # never str(exc): the server's words may quote an address
        if isinstance(exc, DeliveryUncertain):
            repo.settle(s, outbox_id, OutboxEvent.CRASHED, **common)
            report.uncertain += 1
            log.warning("outbox %s uncertain: %s %s", outbox_id, kind, code)
            return
        if isinstance(exc, MESSAGE_REFUSED):
            repo.settle(s, outbox_id, OutboxEvent.PERMANENT, **common)
            report.failed += 1
            log.warning("outbox %s failed: %s %s", outbox_id, kind, code)
            return
        row = repo.get_message(s, outbox_id)
        if should_give_up(now - (row.first_attempt_at or now)):
            repo.move(
                s,
                outbox_id,
                OutboxEvent.GIVE_UP,
                **{**common, "last_error": f"gave up after a day of retries: {exc}"},
            )
            report.failed += 1
            log.warning("outbox %s failed after a day of retries: %s %s", outbox_id, kind, code)
        else:
            repo.move(
                s,
                outbox_id,
                OutboxEvent.TEMPORARY,
                next_attempt_at=now + backoff(row.attempts),
                **common,
            )
            report.retry += 1
            log.info("outbox %s to retry: %s %s", outbox_id, kind, code)

    def _release(self, ids: list[int], reason: str) -> None:
        """Give back claimed messages untouched (the worker is stopping for a setting)."""
        now = self.clock()
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
                )

    def _send(
        self,
        item: _Ready,
        before_data: Callable[[], bool],
        following: _Ready | None,
        meanwhile: Callable[[], None],
    ) -> _Outcome | None:
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
            return _Outcome(item.outbox_id, None, exc)
        facts = getattr(self._transport, "server_facts", None)
        if fresh and self._learn_server is not None and facts is not None:
            # Facts kept for the checks before queueing, never worth a delivery: if they cannot
            # be written now, the next connection learns them again.
            with contextlib.suppress(Exception):
                self._learn_server(facts)
        return _Outcome(item.outbox_id, delivery, None)

    def send_batch(self, batch: _Claimed, report: RunReport) -> None:
        """Send the batch over the one connection. Once the server has taken a message's
        envelope, one write transaction records what it said about the messages before and
        sets this message's data mark, committed before its data goes. With PIPELINING the
        next message's envelope goes behind each message's data: one round trip a message.
        The message after that is composed while the server reads the data."""
        pending: list[_Outcome] = []
        item, following = batch.take(), batch.take()
        while item is not None:
            after: list[_Ready | None] = []

            def before_data(item: _Ready = item) -> bool:
                mark = DataMark(item.outbox_id, self.id, self.clock(), item.kept, len(item.mime))
                return self._step(pending, mark, report)

            def meanwhile(after: list[_Ready | None] = after) -> None:
                after.append(batch.take())

            outcome = self._send(item, before_data, following, meanwhile)
            if not after:
                meanwhile()  # the data never went (a refused envelope): compose it now
            if outcome is not None:
                pending.append(outcome)
                exc = outcome.error
                if exc is not None and not exc.retryable and not isinstance(exc, STAY_CONNECTED):
                    self._step(pending, None, report)
                    self._refuse(batch.refused, report)
                    report.stopped_by = str(exc)
                    rest = [x.outbox_id for x in (following, after[0]) if x is not None]
                    self._release(rest + batch.untaken(), report.stopped_by)
                    return
            # else: its claim was taken back meanwhile, not ours to send
            item, following = following, after[0]
        if pending:
            self._step(pending, None, report)
        self._refuse(batch.refused, report)

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
                if report.stopped_by or (report.handled == 0 and report.recovered == 0):
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


def _refused_json(refused: dict[str, tuple[int, str]] | None) -> str:
    """The recipients a failed envelope refused, as a sent message keeps them ("" if none)."""
    if not refused:
        return ""
    return json.dumps({a: list(r) for a, r in refused.items()}, ensure_ascii=False)

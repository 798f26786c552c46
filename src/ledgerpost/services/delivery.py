"""The delivery worker: claims due messages, composes them once, sends them, records the outcome.

Runs as ``ledgerpost outbox run`` or as a background thread of the window. Several workers (on
one machine or several desks) may run on one ledger: claims are atomic, each message goes to
one worker. A message whose data may have reached the server when its worker died becomes
'uncertain' and is never resent without the user's word.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from ledgerpost.domain.addresses import Field, Mailbox, parse_entry, parse_list
from ledgerpost.domain.credits import spend
from ledgerpost.domain.message import Attachment, OutgoingMessage
from ledgerpost.domain.outbox import OutboxEvent, backoff, should_give_up
from ledgerpost.mail.compose import ComposeError, compose
from ledgerpost.mail.errors import (
    DeliveryUncertain,
    MailError,
    PermanentReply,
    SmtpUtf8NotOffered,
)
from ledgerpost.mail.transport import Delivery
from ledgerpost.services.clock import utcnow
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.printing import print_document, print_statement
from ledgerpost.services.sending import STATEMENT
from ledgerpost.storage import outbox_repository as repo
from ledgerpost.storage.mail_models import OutboxRow

HEARTBEAT_TIMEOUT = dt.timedelta(seconds=90)
MESSAGE_REFUSED = (PermanentReply, SmtpUtf8NotOffered)
"""Refusals of this one message: it fails, the connection goes on with the next."""


class Transport(Protocol):
    """What the worker needs of an SMTP connection (ledgerpost.mail.transport.SmtpTransport)."""

    def send(
        self, mail_from: str, recipients: list[str], data: bytes, *, smtputf8: bool = False
    ) -> Delivery: ...

    def close(self) -> None: ...


TransportFactory = Callable[[], Transport]


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

    @property
    def handled(self) -> int:
        return self.sent + self.retry + self.failed + self.uncertain

    def add(self, other: RunReport) -> None:
        for name in ("sent", "retry", "failed", "uncertain", "no_credit", "recovered"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.stopped_by = other.stopped_by or self.stopped_by
        self.messages += other.messages


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
    ) -> None:
        self.ledger = ledger
        self._factory = transport_factory
        self._transport: Transport | None = None
        self.batch_size = batch_size
        self.clock = clock
        self.id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._host = socket.gethostname()
        self._skip_locked = ledger.db.dialect == "postgresql"

    # --- claims -------------------------------------------------------------------------

    def recover(self) -> int:
        """Take back the claims of workers that died; say which messages may have gone."""
        now = self.clock()
        recovered = 0
        with self.ledger.db.write() as s:
            repo.beat(s, self.id, self._host, os.getpid(), now)
            live = []
            for worker in repo.workers(s):
                fresh = now - worker.heartbeat_at < HEARTBEAT_TIMEOUT
                here_and_dead = worker.host == self._host and not _pid_alive(worker.pid)
                if worker.id == self.id or (fresh and not here_and_dead):
                    live.append(worker.id)
                else:
                    repo.forget_worker(s, worker.id)
            for row in repo.orphaned(s, live):
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
            repo.beat(s, self.id, self._host, os.getpid(), now)
            repo.release_due_held(s, now)
            available = repo.credit_balance(s) - repo.reserved_credits(s)
            if available <= 0:
                return [], repo.mark_waiting_without_credit(s, now)
            ids = repo.due_ids(
                s, now, min(self.batch_size, available), skip_locked=self._skip_locked
            )
            return repo.claim(s, ids, self.id, now), 0

    # --- one message --------------------------------------------------------------------

    def _attachments(self, row: OutboxRow) -> list[Attachment]:
        found: list[Attachment] = []
        if row.attach_print_copy:
            if row.kind == STATEMENT:
                if row.party_id is None or row.period_start is None or row.period_end is None:
                    raise LedgerError("the statement's party or period is missing")
                copy = print_statement(
                    self.ledger,
                    row.party_id,
                    row.period_start,
                    row.period_end,
                    language=row.language,
                )
            elif row.document_id is not None:
                copy = print_document(self.ledger, row.document_id)
            else:
                copy = None
            if copy is not None:
                found.append(
                    Attachment(
                        copy.file_name,
                        "application/pdf",
                        copy.pdf,
                        copy.sha256 if copy.stored else "",
                    )
                )
        with self.ledger.db.read() as s:
            found += [
                Attachment(a.filename, a.content_type, a.data, a.sha256)
                for a in repo.extra_attachments(s, row.id)
            ]
        return found

    def _compose(self, row: OutboxRow) -> bytes:
        sender = parse_entry(row.sender, Field.FROM)
        if not isinstance(sender, Mailbox):
            raise LedgerError(f"the From address {row.sender!r} is not valid")
        reply = parse_list(row.reply_to, Field.REPLY_TO).mailboxes
        message = OutgoingMessage(
            sender=sender,
            to=parse_list(row.to_addrs, Field.TO).mailboxes,
            cc=parse_list(row.cc_addrs, Field.CC).mailboxes,
            bcc=parse_list(row.bcc_addrs, Field.BCC).mailboxes,
            reply_to=reply[0] if reply else None,
            subject=row.subject,
            message_id=row.message_id,
            date=row.queued_at.replace(tzinfo=dt.UTC),
            note=row.note,
            body=row.body,
            greeting=row.greeting,
            signature=row.signature,
            language=row.language,
            subject_prefix=row.subject_prefix,
        )
        return compose(message, self._attachments(row))

    def _prepare(self, outbox_id: int) -> tuple[bytes, str, list[str], bool]:
        """The stored MIME bytes (composed now if this is the first try), envelope, and the
        data mark: from here on a crash leaves the message uncertain."""
        with self.ledger.db.read() as s:
            row = repo.get_message(s, outbox_id)
            s.expunge(row)
        mime = row.mime if row.mime is not None else self._compose(row)
        sender = parse_entry(row.sender, Field.FROM)
        assert isinstance(sender, Mailbox)
        envelope = [
            m.address
            for m in parse_list(
                ", ".join(x for x in (row.to_addrs, row.cc_addrs, row.bcc_addrs) if x), Field.TO
            ).mailboxes
        ]
        with self.ledger.db.write() as s:
            stored = repo.get_message(s, outbox_id)
            if stored.mime is None:
                stored.mime = mime
                stored.size = len(mime)
            stored.data_at = self.clock()
        return mime, sender.address, envelope, row.smtputf8

    def _record_sent(self, outbox_id: int, delivery: Delivery) -> None:
        now = self.clock()
        refused = {a: list(r) for a, r in delivery.refused.items()}
        with self.ledger.db.write() as s:
            repo.move(
                s,
                outbox_id,
                OutboxEvent.ACCEPTED,
                sent_at=now,
                claimed_by=None,
                last_code=delivery.code,
                server_reply=delivery.text,
                refused=json.dumps(refused, ensure_ascii=False) if refused else "",
                last_error=""
                if not refused
                else "; ".join(f"{a}: {c} {t}" for a, (c, t) in delivery.refused.items()),
            )
            repo.add_credit(s, spend(repo.credit_balance(s), outbox_id, now))

    def _record_failure(self, outbox_id: int, exc: MailError, report: RunReport) -> None:
        now = self.clock()
        code = getattr(exc, "code", None)
        with self.ledger.db.write() as s:
            row = repo.get_message(s, outbox_id)
            common = {"claimed_by": None, "last_code": code, "last_error": str(exc)}
            if isinstance(exc, DeliveryUncertain):
                repo.move(s, outbox_id, OutboxEvent.CRASHED, **common)
                report.uncertain += 1
            elif isinstance(exc, MESSAGE_REFUSED):
                repo.move(s, outbox_id, OutboxEvent.PERMANENT, **common)
                report.failed += 1
            elif should_give_up(now - (row.first_attempt_at or now)):
                repo.move(
                    s,
                    outbox_id,
                    OutboxEvent.GIVE_UP,
                    **{**common, "last_error": f"gave up after a day of retries: {exc}"},
                )
                report.failed += 1
            else:
                repo.move(
                    s,
                    outbox_id,
                    OutboxEvent.TEMPORARY,
                    next_attempt_at=now + backoff(row.attempts),
                    **common,
                )
                report.retry += 1

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

    def deliver(self, outbox_id: int, report: RunReport) -> bool:
        """Send one claimed message; False when the connection itself is unusable."""
        try:
            mime, sender, envelope, smtputf8 = self._prepare(outbox_id)
        except (LedgerError, ComposeError) as exc:
            with self.ledger.db.write() as s:
                repo.move(s, outbox_id, OutboxEvent.PERMANENT, claimed_by=None, last_error=str(exc))
            report.failed += 1
            return True
        try:
            if self._transport is None:
                self._transport = self._factory()
            delivery = self._transport.send(sender, envelope, mime, smtputf8=smtputf8)
        except MailError as exc:
            self._record_failure(outbox_id, exc, report)
            if not exc.retryable and not isinstance(exc, (*MESSAGE_REFUSED, DeliveryUncertain)):
                report.stopped_by = str(exc)
                return False
            return True
        self._record_sent(outbox_id, delivery)
        report.sent += 1
        return True

    # --- runs ---------------------------------------------------------------------------

    def run_once(self) -> RunReport:
        """Recover, claim one batch, deliver it."""
        report = RunReport(recovered=self.recover())
        ids, report.no_credit = self.claim()
        for position, outbox_id in enumerate(ids):
            if not self.deliver(outbox_id, report):
                self._release(ids[position + 1 :], report.stopped_by)
                break
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

    def close(self) -> None:
        if self._transport is not None:
            try:
                self._transport.close()
            finally:
                self._transport = None
        with self.ledger.db.write() as s:
            repo.forget_worker(s, self.id)

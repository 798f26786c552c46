"""Composing messages: as they are queued, or for the delivery worker, one at a time.

A message whose print copy is stored is composed as it is queued (:func:`compose_when_queued`),
without its Date line. A batch is read in one go (messages, stored bytes, print copies); each
message is made ready when its turn comes, while the server reads the one before (see
:mod:`ledgerpost.services.delivery.worker`): its stored bytes with its print copy's lines put
back in and its first attempt's Date in front, never composed anew; a message stored by
nobody yet is composed then.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from sqlalchemy.orm import Session

from ledgerpost.domain.addresses import Field, Mailbox, parse_entry, parse_list
from ledgerpost.domain.message import Attachment, OutgoingMessage
from ledgerpost.domain.problems import Problem, values_json
from ledgerpost.domain.templates import PERIOD_REPORTS
from ledgerpost.mail.compose import Composed, ComposeError, compose_parts
from ledgerpost.mail.outbox_reference import make_reference
from ledgerpost.services.delivery.report_headers import ReportHeaders
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.outbox_view import whole_message
from ledgerpost.storage import outbox_repository as repo
from ledgerpost.storage import report_repository as report_repo
from ledgerpost.storage.mail_models import OutboxAttachmentRow, OutboxRow
from ledgerpost.storage.outbox_repository import ClaimedRow, KeptMime
from ledgerpost.storage.print_copies import DamagedCopy, get_print_copies, get_print_copy

Refusal = LedgerError | ComposeError
"""Why a claimed message cannot be composed: it fails, with this reason."""


def refusal_columns(refusal: Refusal) -> dict[str, str]:
    """The outbox columns a refusal is kept in: its English words, and its code and values
    when it has them (so the window says it in the reader's language)."""
    columns = {"last_error": str(refusal)}
    problem = refusal.problem if isinstance(refusal, LedgerError) else None
    if problem is not None:
        columns["last_error_code"] = problem.code
        columns["last_error_params"] = values_json(problem.values)
    return columns


@functools.lru_cache(maxsize=64)
def _sender(text: str) -> Mailbox | Problem:
    """The From of a row, parsed: the same few senders over a whole send, parsed once each
    (a Mailbox is immutable); a Problem when it is not a usable sender."""
    return parse_entry(text, Field.FROM)


@functools.lru_cache(maxsize=64)
def _reply_to(text: str) -> tuple[Mailbox, ...]:
    """The Reply-To mailboxes of a row, parsed once for each text (as :func:`_sender`)."""
    return parse_list(text, Field.REPLY_TO).mailboxes


class PrintCopyWait(Protocol):
    """Print copies being rendered elsewhere (ledgerpost.services.delivery.prerender)."""

    def wait(self, document_id: int) -> None: ...


@dataclass(frozen=True, slots=True)
class Ready:
    """A claimed message, composed and stored, with its envelope."""

    outbox_id: int
    mime: bytes
    kept: KeptMime | None
    """What to store with the data mark; None when the bytes are stored already (composed
    when queued, or a retry: it sends the same bytes)."""
    size: int
    """The bytes' length, recorded with the data mark of the first try that sends them; 0:
    recorded before."""
    sender: str
    envelope: list[str]
    smtputf8: bool


class ClaimedBatch:
    """A claimed batch, read at once and composed one message at a time, in order."""

    def __init__(
        self,
        rows: list[ClaimedRow],
        compose: Callable[[ClaimedRow], Ready],
        admit: Callable[[Ready], bool] | None = None,
    ) -> None:
        self._compose = compose
        self._admit = admit
        self._rows = list(reversed(rows))
        self.refused: list[tuple[int, Refusal]] = []
        """Messages that could not be composed, and why: written by the worker."""
        self.paced = False
        """The pace stopped the batch: the messages not taken wait for their turn."""

    def take(self) -> Ready | None:
        """The next message ready to send (its pace slot taken); None when the batch is done
        or the pace says the rest must wait."""
        while self._rows and not self.paced:
            row = self._rows.pop()
            try:
                ready = self._compose(row)
            except (LedgerError, ComposeError) as exc:
                self.refused.append((row.id, exc))
                continue
            if self._admit is None or self._admit(ready):
                return ready
            self._rows.append(row)
            self.paced = True
        return None

    def untaken(self) -> list[int]:
        """The messages not taken yet (given back when the worker stops)."""
        return [row.id for row in reversed(self._rows)]


class BatchReader:
    """Reads claimed messages and composes each when asked."""

    def __init__(self, ledger: Ledger, prerender: PrintCopyWait | None = None) -> None:
        self.ledger = ledger
        self.prerender = prerender
        self._report_headers = ReportHeaders(ledger)

    def read(self, ids: list[int], admit: Callable[[Ready], bool] | None = None) -> ClaimedBatch:
        """The claimed messages, their stored bytes, print copies and read receipts, read at
        once in one read transaction (the messages as Core rows)."""
        with self.ledger.db.read() as s:
            rows = repo.claimed_messages(s, ids)
            kept = repo.stored_mimes(s, ids)
            new = [r.id for r in rows if r.id not in kept]
            extra = repo.extra_attachments_of(s, new)
            found, wanted = self._stored_copies(s, rows, kept)
            receipts = report_repo.read_receipts(s, new)
            s.expunge_all()
        copies = self._render_missing(found, wanted)
        return ClaimedBatch(
            rows,
            lambda row: self._compose(row, kept.get(row.id), copies, extra, row.id in receipts),
            admit,
        )

    @staticmethod
    def _stored_copies(
        s: Session, rows: list[ClaimedRow], kept: dict[int, KeptMime]
    ) -> tuple[dict[int, Attachment | LedgerError], set[int]]:
        """The stored print copies of the batch's documents, and the documents wanted."""
        wanted = {
            row.document_id
            for row in rows
            if row.attach_print_copy and row.kind not in PERIOD_REPORTS
            if row.id not in kept or kept[row.id].print_copy_at is not None
            if row.document_id is not None
        }
        found: dict[int, Attachment | LedgerError] = {}
        for document_id, stored in get_print_copies(s, sorted(wanted)).items():
            # Read back only if its bytes match their sha256 (a damaged copy raises).
            found[document_id] = Attachment(
                stored.file_name, "application/pdf", stored.pdf, stored.sha256, verified=True
            )
        return found, wanted

    def _render_missing(
        self, found: dict[int, Attachment | LedgerError], wanted: set[int]
    ) -> dict[int, Attachment | LedgerError]:
        """``found`` with the print copies still missing rendered now, or why a document has
        none."""
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
        row: ClaimedRow,
        copies: dict[int, Attachment | LedgerError],
        extra: dict[int, list[OutboxAttachmentRow]],
    ) -> list[Attachment]:
        found: list[Attachment] = []
        if row.attach_print_copy:
            if row.kind in PERIOD_REPORTS:
                from ledgerpost.services import printing  # see _print_copies

                if row.party_id is None or row.period_start is None or row.period_end is None:
                    raise LedgerError.of("report-period-missing")
                copy = printing.print_period_report(
                    self.ledger,
                    row.kind,
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
    def _message(row: ClaimedRow | OutboxRow) -> OutgoingMessage:
        """The message a row holds, its addresses parsed (once: the envelope is made of
        them too)."""
        sender = _sender(row.sender)
        if not isinstance(sender, Mailbox):
            raise LedgerError.of("sender-invalid", "", sender=row.sender)
        reply = _reply_to(row.reply_to)
        return OutgoingMessage(
            sender=sender,
            to=parse_list(row.to_addrs, Field.TO).mailboxes,
            cc=parse_list(row.cc_addrs, Field.CC).mailboxes,
            bcc=parse_list(row.bcc_addrs, Field.BCC).mailboxes,
            reply_to=reply[0] if reply else None,
            subject=row.subject,
            message_id=row.message_id,
            date=_date_of(row),
            note=row.note,
            body=row.body,
            greeting=row.greeting,
            signature=row.signature,
            language=row.language,
            subject_prefix=row.subject_prefix,
        )

    @staticmethod
    def _to_keep(
        row: ClaimedRow | OutboxRow, composed: Composed, attachments: Sequence[Attachment]
    ) -> KeptMime:
        """What to store of a message composed now: without its document's print copy when
        that copy is the stored one (kept once, in print_copy), else all of it."""
        first = attachments[0] if attachments else None
        if (
            row.attach_print_copy
            and row.kind not in PERIOD_REPORTS
            and first is not None
            and first.sha256
        ):
            without, at = composed.without(0, first.size)
            return KeptMime(without, at, first.sha256)
        return KeptMime(composed.mime)

    @staticmethod
    def _whole(
        row: ClaimedRow, kept: KeptMime, copies: dict[int, Attachment | LedgerError]
    ) -> bytes:
        """The stored bytes of a message, its print copy's lines put back in (and its Date in
        front, when it was composed as it was queued)."""
        copy = copies.get(row.document_id) if row.document_id is not None else None
        if isinstance(copy, LedgerError):
            raise copy
        return whole_message(
            kept, None if copy is None else (copy.sha256, copy.data), _date_of(row)
        )

    @staticmethod
    def _ready(
        row: ClaimedRow, message: OutgoingMessage, mime: bytes, kept: KeptMime | None, size: int
    ) -> Ready:
        envelope = envelope_of(message)
        return Ready(row.id, mime, kept, size, message.sender.address, envelope, row.smtputf8)

    def _compose(
        self,
        row: ClaimedRow,
        kept: KeptMime | None,
        copies: dict[int, Attachment | LedgerError],
        extra: dict[int, list[OutboxAttachmentRow]],
        read_receipt: bool = False,
    ) -> Ready:
        """One claimed message, ready to send: its stored bytes, or composed now (raises
        LedgerError or ComposeError when it cannot be)."""
        if kept is not None:
            mime = self._whole(row, kept, copies)
            size = 0 if row.size else len(mime)  # composed when queued, never sent: record it
            if kept.envelope is None:
                return self._ready(row, self._message(row), mime, None, size)
            # Composed as it was queued: its envelope kept with it, no address read again.
            sender = _sender(row.sender)
            if not isinstance(sender, Mailbox):
                raise LedgerError.of("sender-invalid", "", sender=row.sender)
            return Ready(row.id, mime, None, size, sender.address, [*kept.envelope], row.smtputf8)
        message = self._report_headers.apply(self._message(row), row.id, read_receipt)
        attachments = self._attachments(row, copies, extra)
        composed = compose_parts(message, attachments)
        keep = self._to_keep(row, composed, attachments)
        return self._ready(row, message, composed.mime, keep, len(composed.mime))


def envelope_of(message: OutgoingMessage) -> list[str]:
    """The envelope's recipients: each mailbox once, even when it is in To and in CC (the
    server would deliver twice)."""
    seen: set[str] = set()
    envelope = []
    for mailbox in (*message.to, *message.cc, *message.bcc):
        key = f"{mailbox.local}@{mailbox.ascii_domain}".lower()
        if key not in seen:
            seen.add(key)
            envelope.append(mailbox.address)
    return envelope


def _date_of(row: ClaimedRow | OutboxRow) -> dt.datetime:
    """A message's Date: its first attempt's time, kept for every retry (the claim sets it
    once), in UTC as the ledger keeps it."""
    return (row.first_attempt_at or row.queued_at).replace(tzinfo=dt.UTC)


def compose_when_queued(
    s: Session,
    row: OutboxRow,
    extra: Sequence[Attachment],
    key: bytes,
    read_receipt: bool,
) -> KeptMime | None:
    """The bytes of a message being queued (``row`` written, with its id), composed now so
    that its delivery only sends them: without their ``Date`` line, which the first attempt's
    time fills when they go (the same on every retry), and without the print copy's base64
    lines, which the ledger keeps once. None when they can only be composed as it is sent:
    a period report (rendered then), a print copy not stored yet (rendered for the send), or
    a message that cannot be composed (its delivery fails with the reason)."""
    if not row.attach_print_copy:
        attachments = list(extra)
    elif row.kind in PERIOD_REPORTS:
        return None
    elif row.document_id is None:
        attachments = list(extra)
    else:
        try:
            stored = get_print_copy(s, row.document_id)
        except DamagedCopy:
            return None  # the send says so
        if stored is None:
            return None
        copy = Attachment(
            stored.file_name, "application/pdf", stored.pdf, stored.sha256, verified=True
        )
        attachments = [copy, *extra]
    try:
        message = replace(
            BatchReader._message(row),
            reference=make_reference(row.id, key),
            read_receipt=read_receipt,
        )
        composed = compose_parts(message, attachments, dated=False)
    except (ComposeError, LedgerError):
        return None
    kept = BatchReader._to_keep(row, composed, attachments)
    return replace(kept, envelope=tuple(envelope_of(message)))

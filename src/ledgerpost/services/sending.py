"""Send requests: what the user asked to send, every problem with it, and queueing it.

A request is checked as a whole (all problems at once, per address: :func:`preflight`, in
:mod:`ledgerpost.services.send_preflight`); only a request without problems is queued, in one
transaction with a fresh Message-ID, and from then on it cannot be lost. Nothing here talks to
the network: the delivery worker does. The request and its results are defined in
:mod:`ledgerpost.services.send_request`; the window, the command line and the batches take
them from here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ledgerpost.domain.addresses import Field, Mailbox, parse_list
from ledgerpost.domain.message import Attachment
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.services import send_checks as checks
from ledgerpost.services.delivery.composing import compose_when_queued
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.send_preflight import preflight
from ledgerpost.services.send_request import (
    DOCUMENT,
    Preflight,
    QueueResult,
    SendRequest,
    SendSettings,
    message_id_for,
    template_kind,
)
from ledgerpost.storage import outbox_repository as repo
from ledgerpost.storage import recent_recipients as recipients_repo
from ledgerpost.storage import report_repository as report_repo
from ledgerpost.storage.mail_models import OutboxRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = [
    "Preflight",
    "Prepared",
    "QueueResult",
    "SendRequest",
    "SendSettings",
    "preflight",
    "prepare",
    "queue",
    "rough_sent_size",
    "write_prepared",
]

rough_sent_size = checks.rough_sent_size


def _addresses(boxes: tuple[Mailbox, ...]) -> str:
    return ", ".join(str(b) for b in boxes)


@dataclass(frozen=True, slots=True)
class Prepared:
    """A checked request turned into the outbox row it becomes, not yet written."""

    row: OutboxRow
    attachments: tuple[tuple[str, str, bytes, str], ...]
    preflight: Preflight
    remember: str
    read_receipt: bool = False


def prepare(
    ledger: Ledger, request: SendRequest, shared: SendSettings | None = None
) -> Prepared | Preflight:
    """The outbox row for ``request``, or the preflight that says why there is none."""
    shared = shared or SendSettings.load(ledger)
    check = preflight(ledger, request, shared)
    if not check.ok or check.sender is None:
        return check
    values = shared.values
    now = utcnow()
    delay = dt.timedelta(seconds=int(str(values["mail.send_delay_seconds"])))
    send_at = request.send_at or (now + delay if delay else None)
    status = OutboxStatus.HELD if send_at and send_at > now else OutboxStatus.QUEUED
    test_address = str(values["mail.test_address"])
    to, cc, bcc, prefix = checks.as_addressed(values, check.to, check.cc, check.bcc)
    files, _missing = checks.attached_files(request)
    extra = [(a.filename, a.content_type, a.data, a.sha256) for a in files]
    # The XML e-invoice the party takes beside the PDF (XRechnung, Peppol), as the checks
    # made it, stored with the message so a resend carries the same bytes.
    extra += [(a.filename, a.content_type, a.data, a.sha256) for a in check.einvoice]
    party_id = check.party_id
    reply_boxes = parse_list(check.reply_to, Field.REPLY_TO).mailboxes
    row = OutboxRow(
        status=status.value,
        message_id=message_id_for(check.sender),
        kind=DOCUMENT if request.document_id else template_kind(None, request),
        document_id=request.document_id,
        party_id=party_id,
        period_start=request.period[0] if request.period else None,
        period_end=request.period[1] if request.period else None,
        language=check.language,
        sender=str(check.sender),
        reply_to=check.reply_to,
        to_addrs=_addresses(to),
        cc_addrs=_addresses(cc),
        bcc_addrs=_addresses(bcc),
        subject=check.subject,
        subject_prefix=prefix,
        note=request.note,
        body=check.body,
        greeting=check.greeting,
        signature=check.signature,
        attach_print_copy=True,
        send_at=send_at,
        queued_at=now,
        queued_by=check.by,
        batch_id=request.batch_id,
        attempts=0,
        next_attempt_at=send_at or now,
        last_error="",
        server_reply="",
        refused="",
        size=0,
        # Reply-To too: a UTF-8 mailbox in any header makes the headers UTF-8 (RFC 6532).
        smtputf8=any(b.needs_smtputf8 for b in (check.sender, *to, *cc, *bcc, *reply_boxes)),
        account_id=check.account_id,
    )
    remember = "" if test_address else ", ".join(b.address for b in check.to)
    receipt = shared.asks_receipt(ledger, request, check.account)
    return Prepared(row, tuple(extra), check, remember, receipt)


def write_one(s: Session, item: Prepared) -> int:
    """Write one prepared message in the caller's transaction: the outbox row with its
    attachments and its bytes (composed now when they can be: its delivery then only sends
    them), its read-receipt request, the addresses to remember; its outbox id."""
    outbox_id = repo.add_message(s, item.row, item.attachments)
    if item.read_receipt:
        report_repo.ask_read_receipt(s, outbox_id)
    extra = [Attachment(*attachment) for attachment in item.attachments]
    kept = compose_when_queued(s, item.row, extra, report_repo.make_key(s), item.read_receipt)
    if kept is not None:
        repo.keep_mime(s, outbox_id, kept)
    if item.row.party_id is not None and item.remember:
        recipients_repo.remember_addresses(s, item.row.party_id, item.remember, item.row.queued_at)
    return outbox_id


def write_prepared(ledger: Ledger, prepared: list[Prepared]) -> list[int]:
    """Write prepared messages to the outbox in one transaction; their outbox ids."""
    with ledger.db.write() as s:
        return [write_one(s, item) for item in prepared]


def queue(ledger: Ledger, request: SendRequest) -> QueueResult:
    """Put the request in the outbox when it has no problem; otherwise queue nothing."""
    prepared = prepare(ledger, request)
    if isinstance(prepared, Preflight):
        return QueueResult(None, prepared)
    (outbox_id,) = write_prepared(ledger, [prepared])
    row = prepared.row
    return QueueResult(outbox_id, prepared.preflight, OutboxStatus(row.status), row.message_id)

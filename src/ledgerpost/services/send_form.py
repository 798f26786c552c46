"""What the send dialog shows before anything goes, and taking a send back (undo).

``load`` gathers, in one call, what the dialog fills its fields from: the card's addresses as
written (a malformed one stays visible, marked), the earlier sends of the document, the
preflight of the default request and the settings that shape the dialog.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from ledgerpost.domain.addresses import split_list
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.recipient_outcomes import RecipientOutcome, outcomes_of
from ledgerpost.services import outbox, recipients
from ledgerpost.services import settings as settings_service
from ledgerpost.services.address_book import BookEntry, card_addresses, may_see_contacts
from ledgerpost.services.errors import LedgerError, StorageError
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.send_checks import copy_role
from ledgerpost.services.sending import Preflight, SendRequest, SendSettings, preflight
from ledgerpost.storage import outbox_listing
from ledgerpost.storage import recent_recipients as recipients_repo
from ledgerpost.storage.mail_models import OutboxRow


@dataclass(frozen=True, slots=True)
class EarlierSend:
    """A message of this document that went, or still waits to go."""

    status: OutboxStatus
    when: dt.datetime
    """When it was sent (sent) or queued (otherwise), naive UTC."""
    to: str
    accepted: int = 0
    """How many of the To and CC addresses the server took (BCC is not shown here)."""
    total: int = 0
    refused: tuple[RecipientOutcome, ...] = ()
    """The To and CC addresses the server refused, each with its code and text."""


@dataclass(frozen=True, slots=True)
class SendForm:
    request: SendRequest
    """The request as loaded, with To filled in from the card."""
    party_id: int | None
    party_name: str
    document_type: DocumentType | None
    document_number: str
    posted: bool
    card: tuple[BookEntry, ...]
    earlier: tuple[EarlierSend, ...]
    preflight: Preflight
    send_delay_seconds: int
    size_limit: int
    """The largest message in bytes: the server's SIZE, else the setting."""
    hidden: bool = False
    """The user may not see the party's addresses: the card shows as a "hidden contact"
    (nothing from it is here) and the preflight refuses the send."""


def load(ledger: Ledger, request: SendRequest) -> SendForm:
    """Everything the send dialog starts from, for a document or a statement request."""
    shared = SendSettings.load(ledger)
    document = None
    if request.document_id is not None:
        document = ledger.document(request.document_id)
        party = ledger.party(document.party_id)
    elif request.party_id is not None:
        party = ledger.party(request.party_id)
    else:
        raise ValueError("name a document, or a party and period, to send")
    assert party.id is not None
    hidden = not may_see_contacts(ledger, request.by)
    with ledger.db.read() as s:
        recent = recipients_repo.recent_addresses(s, party.id)
        rows = outbox_listing.sent_for_document(s, document.id) if document and document.id else []
        earlier = tuple(_earlier(row) for row in rows)
    role = copy_role(request, document)
    to = request.to
    card: tuple[BookEntry, ...] = ()
    cc, bcc = request.cc, request.bcc
    if hidden:
        to, earlier = to or "", tuple(replace(e, to="", refused=()) for e in earlier)
    else:
        if to is None:
            to = recipients.default_to(party, document, recent, role)
        card = card_addresses(party, recent)
        if request.party_copies:  # shown in the CC and BCC fields, removable for this message
            cc = recipients.with_copies(cc, party.default_cc)
            bcc = recipients.with_copies(bcc, party.default_bcc)
    request = replace(request, to=_with_names(to, card), cc=cc, bcc=bcc, party_copies=False)
    return SendForm(
        request=request,
        party_id=party.id,
        party_name=party.name,
        document_type=document.type if document else None,
        document_number=document.display_number if document else "",
        posted=document.is_posted if document else True,
        card=card,
        earlier=earlier,
        preflight=preflight(ledger, request, shared),
        send_delay_seconds=int(str(shared.values["mail.send_delay_seconds"])),
        size_limit=settings_service.size_limit(shared.values, shared.smtp)[0],
        hidden=hidden,
    )


def _with_names(to: str, card: tuple[BookEntry, ...]) -> str:
    """Bare card addresses as ``Name <address>``, the name from the card or contact person."""
    named = {e.address.casefold(): e.mailbox for e in card if not e.problem}
    return ", ".join(named.get(entry.casefold(), entry) for entry in split_list(to))


def _earlier(row: OutboxRow) -> EarlierSend:
    status = OutboxStatus(row.status)
    when = row.sent_at if status is OutboxStatus.SENT and row.sent_at else row.queued_at
    outcomes = outcomes_of(status, row.to_addrs, row.cc_addrs, "", row.refused)
    return EarlierSend(
        status, when, row.to_addrs, outcomes.accepted, outcomes.total, outcomes.refused
    )


@dataclass(frozen=True, slots=True)
class PrintCopyInfo:
    """The print copy that goes with the message, as the attachment list shows it."""

    file_name: str
    size: int


def print_copy_info(ledger: Ledger, request: SendRequest) -> PrintCopyInfo:
    """The attached print copy's name and size (rendered, and for a posted document kept)."""
    from ledgerpost.services import printing  # the renderer: not while the window starts

    if request.document_id is not None:
        copy = printing.print_document(ledger, request.document_id)
    elif request.party_id is not None and request.period is not None:
        copy = printing.print_period_report(
            ledger, request.report, request.party_id, *request.period
        )
    else:
        raise ValueError("name a document, or a party and period, to print")
    return PrintCopyInfo(copy.file_name, len(copy.pdf))


@dataclass(frozen=True, slots=True)
class UndoResult:
    """Whether the message was taken back, and the state it is in now."""

    cancelled: bool
    status: OutboxStatus | None


def undo(ledger: Ledger, outbox_id: int) -> UndoResult:
    """Cancel a message just queued; too late once a worker has taken it."""
    try:
        return UndoResult(True, outbox.cancel(ledger, outbox_id))
    except (LedgerError, StorageError):
        with ledger.db.read() as s:
            row = s.get(OutboxRow, outbox_id)
            return UndoResult(False, OutboxStatus(row.status) if row else None)

"""The checks of a send request, one concern each; :func:`send_preflight.preflight` composes them.

Each returns problems (and, where it has any, warnings) as data; none writes a sentence.
"""

from __future__ import annotations

import contextlib
import hashlib
import mimetypes
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ledgerpost.domain.addresses import AddressList, Field, Mailbox, parse_list
from ledgerpost.domain.documents import Document, DocumentType
from ledgerpost.domain.mail_accounts import Pace
from ledgerpost.domain.message import Attachment, OutgoingMessage
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.pace import recipients_problem
from ledgerpost.domain.parties import AddressRole, Company, Party, PartyKind
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.sizes import KB, Size
from ledgerpost.domain.smtp import SmtpSettings
from ledgerpost.domain.templates import EMPLOYEE_REPORT
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.mail.compose import ComposeError, message_size
from ledgerpost.mail.mime_parts import base64_size, part_size
from ledgerpost.services import access
from ledgerpost.services import recipients as recipient_rules
from ledgerpost.services import settings as settings_service
from ledgerpost.services.errors import LedgerError
from ledgerpost.storage.mail_models import OutboxRow
from ledgerpost.storage.print_copies import get_print_copy
from ledgerpost.storage.report_repository import Bounce

if TYPE_CHECKING:
    from ledgerpost.services.ledger import Ledger
    from ledgerpost.services.sending import SendRequest, SendSettings

Boxes = tuple[Mailbox, ...]

PRINT_COPY_BOUND = 1024 * 1024
"""A print copy is about 50 KB a page: while the message would fit with a copy this large,
the size check neither reads nor renders the copy (a batch of thousands stays quick)."""
TEXT_ALLOWANCE = 16 * KB
"""Room for the headers and the text parts in :func:`rough_sent_size`."""
_PLACEHOLDER = Attachment("print copy.pdf", "application/pdf", b"")


def document_state(
    ledger: Ledger, request: SendRequest, shared: SendSettings
) -> tuple[Document | None, Party | None, list[Problem]]:
    """The document (or the statement's party) asked for, and whether it can be sent."""
    document = party = None
    problems: list[Problem] = []
    if request.document_id is not None:
        document = shared.documents.pop(request.document_id, None) or ledger.document(
            request.document_id
        )
        party = shared.party(ledger, document.party_id)
        if not document.is_posted:
            code = "not-approved" if document.type is DocumentType.LETTER else "not-posted"
            problems.append(Problem.of(code, "document"))
    elif request.party_id is not None and request.period is not None:
        party = shared.party(ledger, request.party_id)
        if request.report == EMPLOYEE_REPORT:
            if party.kind is not PartyKind.EMPLOYEE:
                problems.append(Problem.of("not-employee", "party", name=party.name))
        elif party.kind is not PartyKind.CUSTOMER:
            problems.append(Problem.of("not-customer", "party", name=party.name))
    else:
        problems.append(Problem.of("nothing", "document"))
    return document, party, problems


def hidden_contact(party: Party) -> Problem:
    """Why a user who may not see contact addresses cannot send to ``party``."""
    return Problem.of("hidden-contact", "to", name=party.name)


def rights(acting: SignedIn, party: Party | None) -> list[Problem]:
    """The right to send, and to see the party's addresses."""
    found = []
    if not acting.may(Right.SEND_EMAIL):
        right = access.RIGHT_NAMES[Right.SEND_EMAIL]
        found.append(Problem.of("no-send-right", "document", name=acting.user.name, right=right))
    if party is not None and not acting.may(Right.SEE_CONTACTS):
        found.append(hidden_contact(party))
    return found


def copy_role(request: SendRequest, document: Document | None) -> AddressRole:
    """Which of the card's addresses a message goes to: billing for a document, statements
    for a statement, the general ones for an employee's report."""
    if document is not None:
        return AddressRole.BILLING
    return AddressRole.GENERAL if request.report == EMPLOYEE_REPORT else AddressRole.STATEMENTS


def recipients(
    request: SendRequest,
    party: Party | None,
    document: Document | None,
    recent: str,
    hidden: bool,
    bounced: frozenset[str] = frozenset(),
) -> tuple[AddressList, AddressList, AddressList, list[Problem]]:
    """To, CC and BCC as typed (To from the card when none is typed; the card's default CC
    and BCC added unless the request leaves them out), and every problem with them."""
    role = copy_role(request, document)
    to_text = (
        request.to
        if request.to is not None
        else (
            recipient_rules.default_to(party, document, recent, role, bounced)
            if party and not hidden
            else ""
        )
    )
    to = parse_list(to_text, Field.TO)
    cc_text, bcc_text = request.cc, request.bcc
    if party is not None and request.party_copies and not hidden:
        cc_text = recipient_rules.with_copies(cc_text, party.default_cc, bounced)
        bcc_text = recipient_rules.with_copies(bcc_text, party.default_bcc, bounced)
    cc = parse_list(cc_text, Field.CC)
    bcc = parse_list(bcc_text, Field.BCC)
    problems = [*to.problems, *cc.problems, *bcc.problems]
    if hidden:
        pass  # the hidden-contact problem says it all; "no address" would only confuse
    elif not to.mailboxes and not to.problems:
        who = party.name if party else "the recipient"
        problems.append(Problem.of("no-recipient", "to", name=who))
    elif not to.mailboxes:
        problems.append(Problem.of("no-valid-recipient", "to"))
    return to, cc, bcc, problems


def sender(
    document: Document | None, company: Company, smtp: SmtpSettings | None, acting: SignedIn
) -> tuple[Mailbox | None, str, list[Problem], list[Problem]]:
    """From and Reply-To: the sender, the reply address, problems and warnings."""
    problems: list[Problem] = []
    warnings: list[Problem] = []
    sender_box = recipient_rules.sender(company, smtp)
    if sender_box is None:
        problems.append(Problem.of("no-sender", "from"))
    else:
        warning = recipient_rules.login_domain_warning(sender_box, smtp)
        if warning:
            warnings.append(warning)
    if smtp is None:
        warnings.append(Problem.of("warn-no-smtp", "smtp"))
    reply = recipient_rules.reply_to(document, company, smtp, acting.user.email)
    if reply and not parse_list(reply, Field.REPLY_TO).ok:
        problems.append(Problem.of("reply-to", "reply-to", address=repr(reply)))
    return sender_box, reply, problems, warnings


def subject(text: str) -> list[Problem]:
    if "\r" in text or "\n" in text:
        return [Problem.of("header-break", "subject")]
    if not text.strip():
        return [Problem.of("no-subject", "subject")]
    return []


def as_addressed(
    values: dict[str, Any], to: Boxes, cc: Boxes, bcc: Boxes
) -> tuple[Boxes, Boxes, Boxes, str]:
    """To, CC, BCC and the subject's prefix as the message goes: in test mode to the test
    address alone, the subject naming whom it would have gone to."""
    test_address = str(values["mail.test_address"])
    if not test_address:
        return to, cc, bcc, ""
    prefix = f"[TEST to {', '.join(str(b) for b in to)}] "
    return parse_list(test_address, Field.TO).mailboxes, (), (), prefix


def utf8_addresses(
    boxes: Sequence[tuple[str, Mailbox]], values: dict[str, Any], smtp: SmtpSettings | None
) -> list[Problem]:
    """Each address with UTF-8 before the @ when the server is known not to take such
    addresses (it offered no SMTPUTF8 when last connected); nothing while that is unknown."""
    if smtp is None or settings_service.smtputf8_offered(values, smtp) is not False:
        return []
    return [
        Problem.of("smtputf8-address", field, address=box.address, host=smtp.host)
        for field, box in boxes
        if box.needs_smtputf8
    ]


def rough_sent_size(attached_bytes: int) -> int:
    """About the size of a message carrying files (the print copy included) of
    ``attached_bytes``: their base64 lines and room for headers and text. The window's running
    total; :func:`attachments_and_size` measures the message itself."""
    return base64_size(attached_bytes) + TEXT_ALLOWANCE


def attached_files(request: SendRequest) -> tuple[list[Attachment], list[Problem]]:
    """The user's files as they will be attached (read now), and each missing one."""
    found: list[Attachment] = []
    problems: list[Problem] = []
    for path in request.attachments:
        try:
            data = path.read_bytes()
        except OSError:
            problems.append(Problem.of("attachment-missing", str(path)))
            continue
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        found.append(Attachment(path.name, content_type, data, hashlib.sha256(data).hexdigest()))
    return found, problems


def attachments_and_size(
    ledger: Ledger,
    request: SendRequest,
    values: dict[str, Any],
    smtp: SmtpSettings | None,
    draft: OutgoingMessage | None,
    einvoice: list[Attachment] | None = None,
) -> tuple[int, int, list[Problem]]:
    """The attachments' bytes, the message's size as sent (0 when far below the limit, so not
    measured), each missing file, and a message too large for the server: measured as it will
    be sent (``draft`` is the message without its attachments; None when
    it cannot be made yet, e.g. without a From address: then the parts alone are measured).
    ``einvoice``: :func:`einvoice_files`, when made already."""
    files, problems = attached_files(request)
    files += einvoice_files(ledger, request) if einvoice is None else einvoice
    limit, announced = settings_service.size_limit(values, smtp)
    sent = 0
    bound = _sent_size(draft, [_PLACEHOLDER, *files]) + base64_size(PRINT_COPY_BOUND) + KB
    if bound > limit:
        copy = _print_copy(ledger, request, draft)
        sent = _sent_size(draft, [*([copy] if copy else []), *files])
    if sent > limit:
        problems.append(
            Problem.of(
                "too-large-server" if announced else "too-large",
                "attachments",
                size=Size(sent),
                limit=Size(limit),
            )
        )
    return sum(a.size for a in files), sent, problems


def einvoice_files(
    ledger: Ledger, request: SendRequest, party: Party | None = None
) -> list[Attachment]:
    """The e-invoice XML that goes beside the print copy (the party's format), as attached;
    ``party``: the document's, when read already (most take no XML: nothing more is read)."""
    from ledgerpost.services.einvoice_copies import XML_FORMATS, einvoice_attachment

    if request.document_id is None:
        return []
    if party is not None and party.chosen_einvoice_format not in XML_FORMATS:
        return []
    found = einvoice_attachment(ledger, request.document_id)
    if found is None:
        return []
    name, content_type, data = found
    return [Attachment(name, content_type, data, hashlib.sha256(data).hexdigest())]


def _sent_size(draft: OutgoingMessage | None, attachments: list[Attachment]) -> int:
    if draft is not None:
        with contextlib.suppress(ComposeError):  # the message's own problems are told apart
            return message_size(draft, attachments)
    return sum(map(part_size, attachments))


def _print_copy(
    ledger: Ledger, request: SendRequest, draft: OutgoingMessage | None
) -> Attachment | None:
    """The print copy the message will carry: a posted document's stored copy (rendered and
    stored now if it has none yet, as delivery would), or the statement rendered now."""
    from ledgerpost.services import printing  # the renderer: only when a copy is measured

    try:
        if request.document_id is not None:
            with ledger.db.read() as s:
                kept = get_print_copy(s, request.document_id)
            if kept is not None:
                return Attachment(kept.file_name, "application/pdf", kept.pdf, kept.sha256)
            if not ledger.document(request.document_id).is_posted:
                return None  # not sendable (a problem of its own); a draft's copy is not kept
            copy = printing.print_document(ledger, request.document_id)
        elif request.party_id is not None and request.period is not None:
            language = draft.language if draft is not None else None
            copy = printing.print_period_report(
                ledger, request.report, request.party_id, *request.period, language=language
            )
        else:
            return None
    except LedgerError:
        return None  # told by the checks of the document and the party
    return Attachment(copy.file_name, "application/pdf", copy.pdf)


def earlier_sends(rows: Sequence[OutboxRow]) -> list[Problem]:
    """Each earlier send of the document, as the problem it is unless the user resends."""
    found = []
    for row in rows:
        if row.status == OutboxStatus.SENT.value and row.sent_at is not None:
            found.append(Problem.of("already-sent", "document", when=row.sent_at, to=row.to_addrs))
        else:
            found.append(
                Problem.of(
                    "already-queued",
                    "document",
                    status=row.status,
                    when=row.queued_at,
                    to=row.to_addrs,
                )
            )
    return found


def bounced(lists: Sequence[AddressList], marks: dict[str, Bounce]) -> list[Problem]:
    """A warning for each address a delivery report said is refused (not a refusal: the
    address may work again)."""
    found = []
    for field, boxes in zip(("to", "cc", "bcc"), lists, strict=True):
        for box in boxes.mailboxes:
            mark = marks.get(box.address.lower())
            if mark is not None:
                found.append(
                    Problem.of(
                        "warn-bounced",
                        field,
                        address=box.address,
                        status=mark.status,
                        when=mark.bounced_at.date().isoformat(),
                    )
                )
    return found


def recipients_per_message(
    pace: Pace, to: AddressList, cc: AddressList, bcc: AddressList
) -> list[Problem]:
    """More recipients than the sending account (its ``pace``) takes in one message (or a
    day), counted as the envelope counts them: each mailbox once."""
    mailboxes = {
        f"{m.local}@{m.ascii_domain}".lower()
        for m in (*to.mailboxes, *cc.mailboxes, *bcc.mailboxes)
    }
    found = recipients_problem(pace, len(mailboxes))
    return [found] if found else []


def credits(balance: int) -> list[Problem]:
    """A warning when no credit is left: the message waits for a top-up."""
    return [Problem.of("warn-no-credit", "credits")] if balance < 1 else []

"""The checks of a send request, one concern each; :func:`sending.preflight` composes them.

Each returns problems (and, where it has any, warnings) as data; none writes a sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ledgerpost.domain.addresses import AddressList, Field, Mailbox, parse_list
from ledgerpost.domain.documents import Document, DocumentType
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.parties import AddressRole, Company, Party, PartyKind
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.smtp import SmtpSettings
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.services import access
from ledgerpost.services import recipients as recipient_rules
from ledgerpost.services import settings as settings_service
from ledgerpost.storage.mail_models import OutboxRow

if TYPE_CHECKING:
    from ledgerpost.services.ledger import Ledger
    from ledgerpost.services.sending import SendRequest, SendSettings

PRINT_COPY_ALLOWANCE = 200 * 1024
"""Room kept for the print copy (about 50 KB a page, base64-encoded) in the size check."""

MB = 1048576


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
        if party.kind is not PartyKind.CUSTOMER:
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


def recipients(
    request: SendRequest, party: Party | None, document: Document | None, recent: str, hidden: bool
) -> tuple[AddressList, AddressList, AddressList, list[Problem]]:
    """To, CC and BCC as typed (or To from the card), and every problem with them."""
    role = AddressRole.STATEMENTS if document is None else AddressRole.BILLING
    to_text = (
        request.to
        if request.to is not None
        else (
            recipient_rules.default_to(party, document, recent, role)
            if party and not hidden
            else ""
        )
    )
    to = parse_list(to_text, Field.TO)
    cc = parse_list(request.cc, Field.CC)
    bcc = parse_list(request.bcc, Field.BCC)
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


def attachments_and_size(
    request: SendRequest, values: dict[str, Any], smtp: SmtpSettings | None
) -> tuple[int, list[Problem]]:
    """The attachments' bytes, each missing file, and a message too large for the server."""
    problems: list[Problem] = []
    size = 0
    for path in request.attachments:
        if not path.is_file():
            problems.append(Problem.of("attachment-missing", str(path)))
        else:
            size += path.stat().st_size
    limit, announced = settings_service.size_limit(values, smtp)
    encoded = size * 4 // 3 + PRINT_COPY_ALLOWANCE  # base64, and room for the print copy
    if encoded > limit:
        problems.append(
            Problem.of(
                "too-large-server" if announced else "too-large",
                "attachments",
                size=f"{encoded / MB:.1f}",
                limit=f"{limit / MB:.1f}",
            )
        )
    return size, problems


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


def credits(balance: int) -> list[Problem]:
    """A warning when no credit is left: the message waits for a top-up."""
    return [Problem.of("warn-no-credit", "credits")] if balance < 1 else []

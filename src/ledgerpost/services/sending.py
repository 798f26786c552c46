"""Send requests: what the user asked to send, every problem with it, and queueing it.

A request is checked as a whole (all problems at once, per address); only a request without
problems is queued, in one transaction with a fresh Message-ID, and from then on it cannot be
lost. Nothing here talks to the network: the delivery worker does.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ledgerpost.domain.addresses import AddressList, Field, Mailbox, parse_list
from ledgerpost.domain.documents import Document, DocumentType, document_language
from ledgerpost.domain.mail_accounts import MailAccount
from ledgerpost.domain.message import OutgoingMessage
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.parties import Company, Party, PartyKind
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.smtp import SmtpSettings
from ledgerpost.domain.statement import OpenItemsStatement, Statement
from ledgerpost.domain.templates import OPEN_ITEMS, PERIOD_REPORTS, MessageTemplate, fill
from ledgerpost.domain.templates import STATEMENT as STATEMENT
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.i18n.translate import Translator, translator
from ledgerpost.mail.outbox_reference import make_reference
from ledgerpost.mail.templates import load_template, template_from_json
from ledgerpost.services import (
    access,
    account_choice,
    mail_accounts,
    mailbox_settings,
    receivables,
    recipients,
)
from ledgerpost.services import send_checks as checks
from ledgerpost.services import settings as settings_service
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import credit_repository as credit_repo
from ledgerpost.storage import outbox_repository as repo
from ledgerpost.storage import recent_recipients as recipients_repo
from ledgerpost.storage import report_repository as report_repo
from ledgerpost.storage.mail_models import OutboxRow
from ledgerpost.storage.report_repository import Bounce

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

DOCUMENT = "document"
rough_sent_size = checks.rough_sent_size


@dataclass(frozen=True, slots=True)
class SendRequest:
    """What the user asked for. Empty To means "the default recipients"."""

    document_id: int | None = None
    party_id: int | None = None
    period: tuple[dt.date, dt.date] | None = None
    to: str | None = None
    cc: str = ""
    bcc: str = ""
    note: str = ""
    subject: str | None = None
    body: str | None = None
    attachments: tuple[Path, ...] = ()
    send_at: dt.datetime | None = None
    resend: bool = False
    by: SignedIn | None = None
    """Who sends: needs the right to send, and to see the party's addresses. None: the
    administrator of a ledger without passwords."""
    batch_id: int | None = None
    read_receipt: bool = False
    """Ask the recipient's program for a read receipt (RFC 8098), to the From address."""
    account: str | None = None
    """The sending account by name; None: the usual choice (services.account_choice)."""
    report: str = STATEMENT
    """What a request for a party and period sends: ``statement``, ``open-items`` (the
    statement's open-items form) or ``employee-report`` (domain.templates.PERIOD_REPORTS)."""
    party_copies: bool = True
    """Copy the message to the card's default CC and BCC too (added to ``cc`` and ``bcc``);
    the send dialog shows them in its fields instead and sends with False."""


@dataclass(frozen=True, slots=True)
class Preflight:
    """The message as it would go, and everything that stops it or deserves a look."""

    to: tuple[Mailbox, ...] = ()
    cc: tuple[Mailbox, ...] = ()
    bcc: tuple[Mailbox, ...] = ()
    sender: Mailbox | None = None
    reply_to: str = ""
    subject: str = ""
    body: str = ""
    greeting: str = ""
    signature: str = ""
    language: str = "en"
    problems: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()
    already_sent: tuple[Problem, ...] = ()
    """Each earlier send of the document (a problem unless the request resends)."""
    cost: int = 1
    balance: int = 0
    attachment_bytes: int = 0
    sent_size: int = 0
    """The message's size as sent, measured when the server's limit is near; else 0."""
    party_id: int | None = None
    """The party the message is for (the document's, or the statement's)."""
    by: str = ""
    """The login of the user who would queue it."""
    account: str = ""
    """The sending account it would go from ("" while the ledger has none)."""
    account_id: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class QueueResult:
    outbox_id: int | None
    preflight: Preflight
    status: OutboxStatus | None = None
    message_id: str = ""

    @property
    def queued(self) -> bool:
        return self.outbox_id is not None


@dataclass
class _Context:
    company: Company
    party: Party | None
    document: Document | None
    problems: list[Problem] = field(default_factory=list)
    statement: Statement | None = None
    open_items: OpenItemsStatement | None = None


@dataclass(frozen=True, slots=True)
class SendSettings:
    """What every message of one send or batch shares: read once, not once per message."""

    company: Company
    smtp: SmtpSettings | None
    values: dict[str, Any]
    templates: tuple[MessageTemplate, ...] = ()
    """The user's own templates; the bundled ones cover the rest."""
    parties: dict[int, Party] = field(default_factory=dict, compare=False)
    """Party cards read so far: a batch of 2,000 invoices has a few dozen customers."""

    documents: dict[int, Document] = field(default_factory=dict, compare=False)
    """Documents read ahead by a batch, a page at a time; each is taken out when checked."""
    accounts: tuple[MailAccount, ...] = ()
    account: str | None = None
    """The sending account every message of a batch goes from (None: each its usual one)."""
    receipts: dict[str, bool] = field(default_factory=dict, compare=False)
    """Per account name, whether its messages ask for read receipts (read once)."""

    def party(self, ledger: Ledger, party_id: int) -> Party:
        found = self.parties.get(party_id)
        if found is None:
            found = self.parties[party_id] = ledger.party(party_id)
        return found

    @classmethod
    def load(cls, ledger: Ledger, account: str | None = None) -> SendSettings:
        """What a send or batch shares; ``UnknownAccount`` when ``account`` names none."""
        values = settings_service.load(ledger)
        own = tuple(
            template_from_json(t["kind"], t["language"], t) for t in values["mail.templates"]
        )
        known = tuple(mail_accounts.accounts(ledger))
        if account and account not in {a.name for a in known}:
            raise mail_accounts.UnknownAccount(account)
        smtp = settings_service.smtp_settings(ledger)
        return cls(ledger.require_company(), smtp, values, own, accounts=known, account=account)

    def asks_receipt(self, ledger: Ledger, request: SendRequest, account: str) -> bool:
        """Whether the message asks for a read receipt: the request says so, or its sending
        account's mailbox setting does (``account imap --read-receipts on``)."""
        if request.read_receipt:
            return True
        if not account:
            return False
        if account not in self.receipts:
            found = mailbox_settings.load(ledger, account)
            self.receipts[account] = found is not None and found.read_receipts
        return self.receipts[account]

    def account_for(
        self, request: SendRequest, acting: SignedIn, kind: str
    ) -> MailAccount | Problem | None:
        explicit = request.account or self.account
        return account_choice.choose(
            self.accounts, explicit=explicit, acting=acting, kind=kind, values=self.values
        )


def _template_kind(document: Document | None, request: SendRequest) -> str:
    """The template's kind, which is also the outbox row's kind of a period report."""
    if document is not None:
        return document.type.value
    return request.report if request.report in PERIOD_REPORTS else STATEMENT


def _money(tr: Translator, amount: Decimal, currency: str) -> str:
    return f"{tr.amount(amount, currency)} {currency}"


def _values(ctx: _Context, request: SendRequest, language: str) -> dict[str, str]:
    tr = translator(language)
    doc, statement, still_open = ctx.document, ctx.statement, ctx.open_items
    due = doc.due_date if doc else None
    if doc and due is None and doc.type is DocumentType.INVOICE:
        due = doc.date + dt.timedelta(days=ctx.company.payment_terms_days)  # as the print copy
    date = total = ""
    if doc:
        date, total = tr.date(doc.date), _money(tr, doc.totals.gross, doc.currency)
    elif statement:  # the balance on the closing date
        date, total = tr.date(statement.end), _money(tr, statement.closing, statement.currency)
    elif still_open:  # what is open on the closing date
        date = tr.date(still_open.as_of)
        total = "; ".join(_money(tr, amount, c) for c, amount in still_open.totals)
    elif request.period:
        date = tr.date(request.period[1])
    values = {
        "party_name": ctx.party.name if ctx.party else "",
        "company_name": ctx.company.name,
        "document_number": doc.display_number if doc else "",
        "date": date,
        "total": total,
        "period": (
            f"{tr.date(request.period[0])} – {tr.date(request.period[1])}" if request.period else ""
        ),
        "subject": doc.letter.subject if doc and doc.letter else "",
    }
    if due is not None:  # else a template that says {due_date} is refused, not sent with a gap
        values["due_date"] = tr.date(due)
    return values


def preflight(
    ledger: Ledger, request: SendRequest, shared: SendSettings | None = None
) -> Preflight:
    """Check a request completely without queueing it: what the send dialog shows.

    Each concern is one check of :mod:`ledgerpost.services.send_checks`; this composes them.
    """
    shared = shared or SendSettings.load(ledger)
    company, smtp = shared.company, shared.smtp
    document, party, problems = checks.document_state(ledger, request, shared)
    kind = _template_kind(document, request)
    ctx = _Context(company, party, document, problems)
    if document is None and party is not None and party.id is not None and request.period:
        _period_report(ledger, ctx, kind, party, request.period)
    language = (  # a letter may be written in another language than its party's
        document_language(document, party)
        if document is not None and party is not None
        else party.language
        if party
        else company.language
    )

    with ledger.db.read() as s:
        acting = access.resolve(s, request.by)
        recent = recipients_repo.recent_addresses(s, party.id) if party and party.id else ""
        balance = credit_repo.available_credits(s)
        marks, reference = _reports_ahead(s, party)
        earlier = (
            repo.sent_for_document(s, document.id)
            if document is not None and document.id is not None
            else []
        )
    hidden = party is not None and not acting.may(Right.SEE_CONTACTS)
    problems += checks.rights(acting, party)
    account = shared.account_for(request, acting, kind)
    if isinstance(account, Problem):
        problems.append(account)
        account = None
    elif account is not None:
        smtp = account.smtp  # the From address, its login's domain and its size limit
    if hidden:
        earlier = []  # their addresses are not for this user's eyes either
    to, cc, bcc, found = checks.recipients(
        request, party, document, recent, hidden, frozenset(marks)
    )
    problems += found
    problems += checks.recipients_per_message(shared.values, to, cc, bcc)
    sender_box, reply, found, warnings = checks.sender(document, company, smtp, acting)
    problems += found

    template = load_template(kind, language, shared.templates)
    filled = fill(template, _values(ctx, request, language))
    problems += _template_problems(filled.problems, request)
    subject = request.subject if request.subject is not None else filled.subject
    body = request.body if request.body is not None else filled.body
    problems += checks.subject(subject)
    shown_to = recipients.with_names(to.mailboxes, party) if request.to is None else to.mailboxes
    signature = acting.user.signature or filled.signature
    sent_to, sent_cc, sent_bcc, prefix = checks.as_addressed(
        shared.values, shown_to, cc.mailboxes, bcc.mailboxes
    )
    draft = None
    if sender_box is not None:
        draft = OutgoingMessage(
            sender=sender_box,
            to=sent_to,
            cc=sent_cc,
            bcc=sent_bcc,
            reply_to=next(iter(parse_list(reply, Field.REPLY_TO).mailboxes), None),
            subject=subject,
            message_id=_message_id(sender_box),
            date=utcnow().replace(tzinfo=dt.UTC),
            note=request.note,
            body=body,
            greeting=filled.greeting,
            signature=signature,
            language=language,
            subject_prefix=prefix,
            reference=reference,
            read_receipt=shared.asks_receipt(ledger, request, account.name if account else ""),
        )
        problems += checks.utf8_addresses(_boxes(draft), shared.values, smtp)
    size, sent, found = checks.attachments_and_size(ledger, request, shared.values, smtp, draft)
    problems += found
    already = checks.earlier_sends(earlier)
    if not request.resend:
        problems += already[:1]
    warnings += checks.credits(balance)
    warnings += [] if hidden else _bounce_warnings(ledger, marks, (to, cc, bcc))
    return Preflight(
        by=acting.login,
        # The default recipients as "Name <address>" (as the send form shows them); typed
        # addresses go as typed.
        to=shown_to,
        cc=cc.mailboxes,
        bcc=bcc.mailboxes,
        sender=sender_box,
        reply_to=reply,
        subject=subject,
        body=body,
        greeting=filled.greeting,
        signature=signature,
        language=language,
        problems=tuple(problems),
        warnings=tuple(warnings),
        already_sent=tuple(already),
        cost=1,
        balance=balance,
        attachment_bytes=size,
        sent_size=sent,
        party_id=party.id if party else None,
        account=account.name if account else "",
        account_id=account.id if account else None,
    )


hidden_contact = checks.hidden_contact


def _period_report(
    ledger: Ledger, ctx: _Context, kind: str, party: Party, period: tuple[dt.date, dt.date]
) -> None:
    """The figures a period report's template speaks of (a party of the wrong kind is a
    problem of its own: no figures then)."""
    assert party.id is not None
    if kind == STATEMENT and party.kind is PartyKind.CUSTOMER:
        ctx.statement = ledger.statement(party.id, *period)
    elif kind == OPEN_ITEMS and party.kind is PartyKind.CUSTOMER:
        ctx.open_items = receivables.open_items_statement(ledger, party, period[1])


def _reports_ahead(s: Session, party: Party | None) -> tuple[dict[str, Bounce], str]:
    """The bounce marks of the card's addresses, and a reference as long as the one the
    worker adds (so the size is measured to the byte)."""
    marks = report_repo.bounces(s, recipients.card_addresses(party)) if party else {}
    return marks, make_reference(report_repo.next_outbox_id(s), b"the size only")


def _bounce_warnings(
    ledger: Ledger, marks: dict[str, Bounce], lists: tuple[AddressList, AddressList, AddressList]
) -> list[Problem]:
    """A warning per bounced address: of the card's (``marks``) and of those typed in."""
    typed = {b.address.lower() for a in lists for b in a.mailboxes} - set(marks)
    if typed:
        with ledger.db.read() as s:
            marks = {**marks, **report_repo.bounces(s, typed)}
    return checks.bounced(lists, marks)


def _template_problems(found: tuple[Problem, ...], request: SendRequest) -> list[Problem]:
    """What is wrong with the filled template, but not in a text the user typed instead."""
    typed = {"subject": request.subject is not None, "body": request.body is not None}
    return [p for p in found if not typed.get(p.field, False)]


def _message_id(sender: Mailbox) -> str:
    return f"<{uuid.uuid4().hex}@{sender.ascii_domain}>"


def _boxes(message: OutgoingMessage) -> list[tuple[str, Mailbox]]:
    """Every mailbox of a message by the field it is in: the envelope's and Reply-To."""
    boxes = [("from", message.sender)]
    if message.reply_to is not None:
        boxes.append(("reply-to", message.reply_to))
    boxes += [("to", b) for b in message.to] + [("cc", b) for b in message.cc]
    return boxes + [("bcc", b) for b in message.bcc]


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
    extra += _einvoice_xml(ledger, request.document_id)
    party_id = check.party_id
    reply_boxes = parse_list(check.reply_to, Field.REPLY_TO).mailboxes
    row = OutboxRow(
        status=status.value,
        message_id=_message_id(check.sender),
        kind=DOCUMENT if request.document_id else _template_kind(None, request),
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


def _einvoice_xml(ledger: Ledger, document_id: int | None) -> list[tuple[str, str, bytes, str]]:
    """The XML e-invoice the party takes beside the PDF (XRechnung, Peppol), stored with the
    message so a resend carries the same bytes."""
    import hashlib

    from ledgerpost.services.einvoice_copies import einvoice_attachment

    found = einvoice_attachment(ledger, document_id) if document_id is not None else None
    if found is None:
        return []
    name, mime, data = found
    return [(name, mime, data, hashlib.sha256(data).hexdigest())]


def write_prepared(ledger: Ledger, prepared: list[Prepared]) -> list[int]:
    """Write prepared messages to the outbox in one transaction; their outbox ids."""
    ids = []
    with ledger.db.write() as s:
        for item in prepared:
            ids.append(repo.add_message(s, item.row, item.attachments))
            if item.read_receipt:
                report_repo.ask_read_receipt(s, ids[-1])
            if item.row.party_id is not None and item.remember:
                recipients_repo.remember_addresses(
                    s, item.row.party_id, item.remember, item.row.queued_at
                )
    return ids


def queue(ledger: Ledger, request: SendRequest) -> QueueResult:
    """Put the request in the outbox when it has no problem; otherwise queue nothing."""
    prepared = prepare(ledger, request)
    if isinstance(prepared, Preflight):
        return QueueResult(None, prepared)
    (outbox_id,) = write_prepared(ledger, [prepared])
    row = prepared.row
    return QueueResult(outbox_id, prepared.preflight, OutboxStatus(row.status), row.message_id)

"""The check of a send request as a whole: every problem at once, per address, and the message
as it would go. Each concern is one check of :mod:`ledgerpost.services.send_checks`; this
composes them and fills the template."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from ledgerpost.domain.addresses import AddressList, Field, Mailbox, parse_list
from ledgerpost.domain.documents import Document, DocumentType, document_language
from ledgerpost.domain.message import OutgoingMessage
from ledgerpost.domain.parties import Company, Party, PartyKind
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.statement import OpenItemsStatement, Statement
from ledgerpost.domain.templates import OPEN_ITEMS, STATEMENT, fill
from ledgerpost.domain.users import Right
from ledgerpost.i18n.translate import Translator, translator
from ledgerpost.mail.outbox_reference import make_reference
from ledgerpost.mail.templates import load_template
from ledgerpost.services import access, receivables, recipients
from ledgerpost.services import send_checks as checks
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.send_request import (
    Preflight,
    SendRequest,
    SendSettings,
    message_id_for,
    template_kind,
)
from ledgerpost.storage import credit_repository as credit_repo
from ledgerpost.storage import outbox_listing
from ledgerpost.storage import recent_recipients as recipients_repo
from ledgerpost.storage import report_repository as report_repo
from ledgerpost.storage.report_repository import Bounce

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass
class _Context:
    company: Company
    party: Party | None
    document: Document | None
    problems: list[Problem] = field(default_factory=list)
    statement: Statement | None = None
    open_items: OpenItemsStatement | None = None


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
    kind = template_kind(document, request)
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
        marks, looked_up, reference = _reports_ahead(s, party)
        earlier = (
            outbox_listing.sent_for_document(s, document.id)
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
    problems += checks.recipients_per_message(shared.pace_of(account), to, cc, bcc)
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
            message_id=message_id_for(sender_box),
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
    einvoice = checks.einvoice_files(ledger, request, party)
    size, sent, found = checks.attachments_and_size(
        ledger, request, shared.values, smtp, draft, einvoice
    )
    problems += found
    already = checks.earlier_sends(earlier)
    problems += [] if request.resend else already[:1]
    warnings += checks.credits(balance)
    warnings += [] if hidden else _bounce_warnings(ledger, marks, looked_up, (to, cc, bcc))
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
        einvoice=tuple(einvoice),
        party_id=party.id if party else None,
        account=account.name if account else "",
        account_id=account.id if account else None,
    )


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


def _reports_ahead(
    s: Session, party: Party | None
) -> tuple[dict[str, Bounce], frozenset[str], str]:
    """The bounce marks of the card's addresses, the addresses looked up for them (lower
    case), and a reference as long as the one the worker adds (so the size is measured to the
    byte)."""
    card = {a.strip().lower() for a in recipients.card_addresses(party)} if party else set()
    marks = report_repo.bounces(s, card)
    return marks, frozenset(card), make_reference(report_repo.next_outbox_id(s), b"the size only")


def _bounce_warnings(
    ledger: Ledger,
    marks: dict[str, Bounce],
    looked_up: frozenset[str],
    lists: tuple[AddressList, AddressList, AddressList],
) -> list[Problem]:
    """A warning per bounced address: of the card's (``marks``, of the addresses
    ``looked_up``) and of those typed in. Only an address not looked up yet is read: the
    card's are, whether they bounced or not."""
    typed = {b.address.lower() for a in lists for b in a.mailboxes} - looked_up
    if typed:
        with ledger.db.read() as s:
            marks = {**marks, **report_repo.bounces(s, typed)}
    return checks.bounced(lists, marks)


def _template_problems(found: tuple[Problem, ...], request: SendRequest) -> list[Problem]:
    """What is wrong with the filled template, but not in a text the user typed instead."""
    typed = {"subject": request.subject is not None, "body": request.body is not None}
    return [p for p in found if not typed.get(p.field, False)]


def _boxes(message: OutgoingMessage) -> list[tuple[str, Mailbox]]:
    """Every mailbox of a message by the field it is in: the envelope's and Reply-To."""
    boxes = [("from", message.sender)]
    if message.reply_to is not None:
        boxes.append(("reply-to", message.reply_to))
    boxes += [("to", b) for b in message.to] + [("cc", b) for b in message.cc]
    return boxes + [("bcc", b) for b in message.bcc]

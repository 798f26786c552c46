"""A send request and what every message of one send shares: what the user asked to send,
the message as the checks found it, the outcome of queueing it, and the settings read once.

:mod:`ledgerpost.services.sending` is the use case (check, prepare, queue); the checks are
composed in :mod:`ledgerpost.services.send_preflight`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ledgerpost.domain.addresses import Mailbox
from ledgerpost.domain.documents import Document
from ledgerpost.domain.mail_accounts import MailAccount, Pace
from ledgerpost.domain.message import Attachment
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.parties import Company, Party
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.smtp import SmtpSettings
from ledgerpost.domain.templates import PERIOD_REPORTS, STATEMENT, MessageTemplate
from ledgerpost.domain.users import SignedIn
from ledgerpost.mail.templates import template_from_json
from ledgerpost.services import account_choice, mail_accounts, mailbox_settings
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger

DOCUMENT = "document"


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
    einvoice: tuple[Attachment, ...] = ()
    """The e-invoice XML that goes beside the print copy (made once: checked here, attached
    as it is queued)."""
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

    def pace_of(self, account: MailAccount | None) -> Pace:
        """The pace of the account a message goes from (the one mail server's, with none)."""
        return account.pace if account is not None else settings_service.pace_of(self.values)

    def account_for(
        self, request: SendRequest, acting: SignedIn, kind: str
    ) -> MailAccount | Problem | None:
        explicit = request.account or self.account
        return account_choice.choose(
            self.accounts, explicit=explicit, acting=acting, kind=kind, values=self.values
        )


def template_kind(document: Document | None, request: SendRequest) -> str:
    """The template's kind, which is also the outbox row's kind of a period report."""
    if document is not None:
        return document.type.value
    return request.report if request.report in PERIOD_REPORTS else STATEMENT


def message_id_for(sender: Mailbox) -> str:
    return f"<{uuid.uuid4().hex}@{sender.ascii_domain}>"

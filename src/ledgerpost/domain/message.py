"""A message ready to compose: who it is from and to, what it says, what it carries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ledgerpost.domain.addresses import Mailbox

RIGHT_TO_LEFT: frozenset[str] = frozenset({"ar"})


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes
    sha256: str = ""
    """Set for stored print copies: the same bytes always encode to the same MIME part."""
    verified: bool = False
    """The bytes were checked against ``sha256`` when read (stored print copies are)."""

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True, slots=True)
class OutgoingMessage:
    """Everything the composer needs; built by services, composed once, sent as stored."""

    sender: Mailbox
    to: tuple[Mailbox, ...]
    subject: str
    message_id: str
    date: dt.datetime
    cc: tuple[Mailbox, ...] = ()
    bcc: tuple[Mailbox, ...] = ()
    reply_to: Mailbox | None = None
    note: str = ""
    """The sender's own words for this message; printed above the template text."""
    body: str = ""
    """The template text for the document type in the recipient's language, filled in."""
    greeting: str = ""
    signature: str = ""
    language: str = "en"
    subject_prefix: str = ""
    """Test mode puts e.g. "[TEST to mari@example.com]" here."""
    reference: str = ""
    """Our signed outbox reference (the ``X-LedgerPost-Outbox`` header); empty: none."""
    read_receipt: bool = False
    """Ask for a read receipt (``Disposition-Notification-To`` the sender, RFC 8098)."""

    @property
    def right_to_left(self) -> bool:
        return self.language in RIGHT_TO_LEFT

    @property
    def recipients(self) -> tuple[Mailbox, ...]:
        """The envelope: To, CC and BCC. BCC never appears in a header."""
        return self.to + self.cc + self.bcc

    @property
    def needs_smtputf8(self) -> bool:
        """A UTF-8 mailbox anywhere in the headers or the envelope needs SMTPUTF8."""
        reply = (self.reply_to,) if self.reply_to else ()
        return any(m.needs_smtputf8 for m in (self.sender, *self.recipients, *reply))

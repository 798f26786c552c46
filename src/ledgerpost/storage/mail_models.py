"""Tables of the mailer: settings, the outbox, extra attachments, credits, recent recipients,
and the delivery workers' heartbeats."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from ledgerpost.storage.models import Base


class SettingRow(Base):
    """One declared setting's value, as JSON text. Never a password."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SendBatchRow(Base):
    """One batch send: its id is what the outbox rows of the batch carry as ``batch_id``."""

    __tablename__ = "send_batch"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100))
    selection: Mapped[str] = mapped_column(Text)


class OutboxRow(Base):
    __tablename__ = "outbox_message"
    __table_args__ = (Index(None, "status", "next_attempt_at"), Index(None, "document_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(20))
    message_id: Mapped[str] = mapped_column(String(250), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"), index=True)
    period_start: Mapped[dt.date | None] = mapped_column(Date)
    period_end: Mapped[dt.date | None] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(8))
    sender: Mapped[str] = mapped_column(Text)
    reply_to: Mapped[str] = mapped_column(Text)
    to_addrs: Mapped[str] = mapped_column(Text)
    cc_addrs: Mapped[str] = mapped_column(Text)
    bcc_addrs: Mapped[str] = mapped_column(Text)
    subject: Mapped[str] = mapped_column(Text)
    subject_prefix: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    greeting: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(Text)
    attach_print_copy: Mapped[bool] = mapped_column(Boolean)
    send_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    queued_at: Mapped[dt.datetime] = mapped_column(DateTime)
    queued_by: Mapped[str] = mapped_column(String(100))
    batch_id: Mapped[int | None] = mapped_column(Integer, index=True)
    resend_of: Mapped[int | None] = mapped_column(ForeignKey("outbox_message.id"))
    attempts: Mapped[int] = mapped_column(Integer)
    first_attempt_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(DateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    data_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    """Set just before the message data goes to the server: after a crash, 'uncertain'."""
    size: Mapped[int] = mapped_column(Integer)
    smtputf8: Mapped[bool] = mapped_column(Boolean)
    last_code: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str] = mapped_column(Text)
    last_error_code: Mapped[str | None] = mapped_column(String(64))
    """The catalogue code of ``last_error`` (None in rows from before it was kept)."""
    last_error_params: Mapped[str | None] = mapped_column(Text)
    """The code's values as a JSON object."""
    server_reply: Mapped[str] = mapped_column(Text)
    refused: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("mail_account.id"))
    """The sending account chosen when it was queued (None: the default account)."""


class OutboxMimeRow(Base):
    """The exact bytes of a message as composed when queued or for its first try (a retry
    sends them again).

    Apart from the message row, which every status change rewrites. A message composed with
    its document's stored print copy is kept without that copy's base64 lines, which go back
    in at ``print_copy_at`` (the copy is in ``print_copy`` already, and never changes)."""

    __tablename__ = "outbox_mime"

    outbox_id: Mapped[int] = mapped_column(ForeignKey("outbox_message.id"), primary_key=True)
    mime: Mapped[bytes] = mapped_column(LargeBinary)
    print_copy_at: Mapped[int | None] = mapped_column(Integer)
    print_copy_sha256: Mapped[str | None] = mapped_column(String(64))
    envelope: Mapped[str | None] = mapped_column(Text)
    """Composed as it was queued: the envelope's recipients, each mailbox once, one a line
    (the bytes then lack their Date line, which goes in front as they are sent); None: the
    message's addresses are read as it is sent."""


class OutboxAttachmentRow(Base):
    """A file the user added to one message (the print copy is kept with the document)."""

    __tablename__ = "outbox_attachment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    outbox_id: Mapped[int] = mapped_column(ForeignKey("outbox_message.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))


class CreditRow(Base):
    """Append-only: rows are only ever inserted. A spend names its message, once."""

    __tablename__ = "credit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    amount: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(200))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    user_name: Mapped[str] = mapped_column(String(100))
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox_message.id"), unique=True)


class CreditBalanceRow(Base):
    """The balance of the credit ledger, kept in a few rows (slots) whose sum it is, each
    changed in the transaction that adds an entry: nothing ever sums the whole ledger. Top-ups
    and grants change slot 0; each delivery worker spends from a slot of its own choosing, so
    that workers on a shared ledger do not wait for each other's commits on one row."""

    __tablename__ = "credit_balance"

    slot: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    balance: Mapped[int] = mapped_column(Integer)


class RecentRecipientRow(Base):
    """The addresses last used for a party: they come first next time."""

    __tablename__ = "recent_recipient"

    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"), primary_key=True)
    addresses: Mapped[str] = mapped_column(Text)
    used_at: Mapped[dt.datetime] = mapped_column(DateTime)


class WorkerRow(Base):
    """A delivery worker's heartbeat: a silent one's claims are taken back."""

    __tablename__ = "delivery_worker"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    heartbeat_at: Mapped[dt.datetime] = mapped_column(DateTime)

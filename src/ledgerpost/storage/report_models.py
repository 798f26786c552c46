"""Tables of what comes back after sending: each message's delivery outcome, the sending
mailboxes' IMAP settings and how far each folder was read, the reports already applied, the
addresses that bounced, and the ledger's key for the signed outbox reference."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ledgerpost.storage.models import Base


class OutboxDeliveryRow(Base):
    """One outbox message's outcome after ``sent`` (and whether it asked for a read receipt)."""

    __tablename__ = "outbox_delivery"

    outbox_id: Mapped[int] = mapped_column(ForeignKey("outbox_message.id"), primary_key=True)
    read_receipt: Mapped[bool] = mapped_column(Boolean, default=False)
    delivery: Mapped[str] = mapped_column(String(20), default="", index=True)
    """'' | delayed | delivered | read | bounced (domain.delivery_outcome)."""
    address: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="")
    remote_text: Mapped[str] = mapped_column(Text, default="")
    delivery_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class MailboxSettingsRow(Base):
    """Where a sending account's replies and reports are read (IMAP). Never the password."""

    __tablename__ = "mailbox_settings"

    account_name: Mapped[str] = mapped_column(String(100), primary_key=True)
    host: Mapped[str] = mapped_column(String(255))
    port: Mapped[int] = mapped_column(Integer)
    security: Mapped[str] = mapped_column(String(20))
    user: Mapped[str] = mapped_column(String(320))
    folder: Mapped[str] = mapped_column(String(255))
    move_to: Mapped[str] = mapped_column(String(255))
    ca_file: Mapped[str] = mapped_column(Text)
    read_receipts: Mapped[bool] = mapped_column(Boolean)
    """Whether this account's messages ask for a read receipt by default."""


class MailboxMarkRow(Base):
    """How far one folder of one account was read: a HighWaterMark's text."""

    __tablename__ = "mailbox_mark"

    account_name: Mapped[str] = mapped_column(String(100), primary_key=True)
    folder: Mapped[str] = mapped_column(String(255), primary_key=True)
    mark: Mapped[str] = mapped_column(String(60))


class AppliedReportRow(Base):
    """A report already applied (a digest of its bytes and recipient): read again after a
    changed UIDVALIDITY, it is not applied twice."""

    __tablename__ = "applied_report"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    outbox_id: Mapped[int] = mapped_column(ForeignKey("outbox_message.id"), index=True)
    applied_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AddressBounceRow(Base):
    """An address a report said is refused; cleared by a later report of a delivery to it."""

    __tablename__ = "address_bounce"

    address: Mapped[str] = mapped_column(String(320), primary_key=True)
    """Lower case."""
    bounced_at: Mapped[dt.datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20))
    remote_text: Mapped[str] = mapped_column(Text)
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox_message.id"))


class LedgerKeyRow(Base):
    """A random key the ledger made for itself (not a user's secret; never shown)."""

    __tablename__ = "ledger_key"

    purpose: Mapped[str] = mapped_column(String(50), primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary)

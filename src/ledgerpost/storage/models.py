"""The tables, mapped with SQLAlchemy 2. Only storage/ sees these classes."""

from __future__ import annotations

import datetime as dt
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ledgerpost.storage.types import DecimalText

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class CompanyRow(Base):
    __tablename__ = "company"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    currency: Mapped[str] = mapped_column(String(3))
    language: Mapped[str] = mapped_column(String(8))
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    vat_number: Mapped[str] = mapped_column(String(40), default="")
    registration_number: Mapped[str] = mapped_column(String(40), default="")
    sender_name: Mapped[str] = mapped_column(String(200), default="")
    sender_address: Mapped[str] = mapped_column(String(320), default="")
    reply_to: Mapped[str] = mapped_column(String(320), default="")
    bank_account: Mapped[str] = mapped_column(String(60), default="")
    payment_terms_days: Mapped[int] = mapped_column(Integer, default=14)
    country_code: Mapped[str] = mapped_column(String(2), default="")
    bank_bic: Mapped[str] = mapped_column(String(11), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    electronic_address: Mapped[str] = mapped_column(String(320), default="")
    electronic_scheme: Mapped[str] = mapped_column(String(10), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class AccountRow(Base):
    __tablename__ = "account"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    role: Mapped[str | None] = mapped_column(String(30))
    """What the posting code finds this account by (``domain.accounts.Role``); None for most."""
    vat_code: Mapped[str] = mapped_column(String(20), default="", server_default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    bank: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """Vouchers paid by bank or card may name it (``Account.bank``)."""


Index("ux_account_role", AccountRow.role, unique=True)


class PartyRow(Base):
    __tablename__ = "party"
    __table_args__ = (Index(None, "kind", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8))
    vat_number: Mapped[str] = mapped_column(String(40), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    country_code: Mapped[str] = mapped_column(String(2), default="")
    buyer_reference: Mapped[str] = mapped_column(String(100), default="")
    electronic_address: Mapped[str] = mapped_column(String(320), default="")
    electronic_scheme: Mapped[str] = mapped_column(String(10), default="")
    einvoice_format: Mapped[str] = mapped_column(String(20), default="")
    """Empty: the default for the kind of customer (see ``Party.chosen_einvoice_format``)."""
    default_cc: Mapped[str] = mapped_column(Text, default="")
    """The addresses every message to the party is copied to, one a line."""
    default_bcc: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    emails: Mapped[list[EmailRow]] = relationship(
        primaryjoin="and_(EmailRow.party_id == PartyRow.id, EmailRow.contact_id.is_(None))",
        order_by="EmailRow.position",
        viewonly=True,
    )
    contacts: Mapped[list[ContactRow]] = relationship(
        order_by="ContactRow.position", cascade="all, delete-orphan"
    )


class ContactRow(Base):
    __tablename__ = "contact_person"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))

    emails: Mapped[list[EmailRow]] = relationship(
        primaryjoin="EmailRow.contact_id == ContactRow.id",
        order_by="EmailRow.position",
        viewonly=True,
    )


class EmailRow(Base):
    """An address on a party card (``contact_id`` empty) or on one of its contact persons."""

    __tablename__ = "party_email"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact_person.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    address: Mapped[str] = mapped_column(String(320))
    role: Mapped[str] = mapped_column(String(20))


class SeriesRow(Base):
    """The next number of a series; locked by the posting transaction that takes it."""

    __tablename__ = "series"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    document_type: Mapped[str] = mapped_column(String(30))
    next_number: Mapped[int] = mapped_column(Integer)


OPEN_DOCUMENT = "allocated_minor != gross_minor"
"""The condition of ``ix_document_open``: a query that states it may read that index."""


class DocumentRow(Base):
    __tablename__ = "document"
    __table_args__ = (
        UniqueConstraint("series", "number"),
        Index(None, "type", "date", "id"),
        Index(None, "date", "id"),
        Index(None, "type", "number"),
        Index(None, "party_id", "date"),
        # Open items and ageing read only the documents with something open, from this index
        # alone (migrations 0022 and 0026, which make it partial on PostgreSQL too: a
        # postgresql_where here would load SQLAlchemy's PostgreSQL dialect at every start).
        Index(
            "ix_document_open",
            "party_id",
            "type",
            "currency",
            "date",
            "due_date",
            "state",
            "gross_minor",
            "allocated_minor",
            "series",  # what one party's open items show besides (migration 0026)
            "number",
            "party_name",
            sqlite_where=text(OPEN_DOCUMENT),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(30))
    state: Mapped[str] = mapped_column(String(20))
    series: Mapped[str] = mapped_column(String(20))
    number: Mapped[int | None] = mapped_column(Integer)
    date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    party_name: Mapped[str] = mapped_column(String(200))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact_person.id"))
    currency: Mapped[str] = mapped_column(String(3))
    reference: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    recipients: Mapped[str] = mapped_column(Text, default="")
    reply_to: Mapped[str] = mapped_column(String(320), default="")
    credited_document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))
    letter_subject: Mapped[str | None] = mapped_column(String(300))
    letter_body: Mapped[str | None] = mapped_column(Text)
    letter_greeting: Mapped[str | None] = mapped_column(Text)
    letter_signer: Mapped[str | None] = mapped_column(String(200))
    letter_language: Mapped[str | None] = mapped_column(String(8))
    method: Mapped[str | None] = mapped_column(String(10))
    bank_account: Mapped[str | None] = mapped_column(String(20))
    """A voucher's bank account when not the default one; None for everything else."""
    exchange_rate: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    """Units of ``currency`` for one of the company's; NULL in the company's currency (and on
    documents posted in another currency before rates: their entry kept their currency)."""
    net_minor: Mapped[int] = mapped_column(BigInteger)
    vat_minor: Mapped[int] = mapped_column(BigInteger)
    gross_minor: Mapped[int] = mapped_column(BigInteger)
    allocated_minor: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    """Kept sum of the document's active allocations (as source or target), written in the
    allocation's transaction: the open amount is ``gross_minor - allocated_minor``."""
    fingerprint: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    posted_at: Mapped[datetime | None] = mapped_column(DateTime)

    lines: Mapped[list[LineRow]] = relationship(
        order_by="LineRow.position", cascade="all, delete-orphan"
    )


class LineRow(Base):
    __tablename__ = "document_line"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[Decimal] = mapped_column(DecimalText)
    unit_price: Mapped[Decimal] = mapped_column(DecimalText)
    vat_rate: Mapped[Decimal] = mapped_column(DecimalText)


class AllocationRow(Base):
    """``amount_minor`` of posted document ``source_id`` settles posted document ``target_id``;
    reversed (never deleted) to undo it."""

    __tablename__ = "allocation"
    __table_args__ = (Index(None, "date"), Index(None, "reversed_on"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    date: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    reversed_on: Mapped[dt.date | None] = mapped_column(Date)
    reversed_at: Mapped[datetime | None] = mapped_column(DateTime)
    source_base_minor: Mapped[int | None] = mapped_column(BigInteger)
    target_base_minor: Mapped[int | None] = mapped_column(BigInteger)
    """What the allocated amount was booked at on each side, in the company's currency, when a
    side is in another currency; their difference is the exchange difference booked."""


class EntryRow(Base):
    __tablename__ = "journal_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    description: Mapped[str] = mapped_column(String(300))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"), unique=True)
    currency: Mapped[str] = mapped_column(String(3))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    number: Mapped[int | None] = mapped_column(Integer)
    """A manual entry's number in its own series; None for a document's entry."""
    state: Mapped[str] = mapped_column(String(10), default="posted", server_default="posted")
    reverses_id: Mapped[int | None] = mapped_column(Integer)
    allocation_id: Mapped[int | None] = mapped_column(Integer, index=True)
    """The allocation whose exchange difference this entry books (or, reversing it, undoes)."""

    lines: Mapped[list[EntryLineRow]] = relationship(cascade="all, delete-orphan")


Index("ux_journal_entry_number", EntryRow.number, unique=True)


class EntryLineRow(Base):
    __tablename__ = "journal_line"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id"), index=True)
    account: Mapped[str] = mapped_column(ForeignKey("account.code"), index=True)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"))
    debit_minor: Mapped[int] = mapped_column(BigInteger)
    credit_minor: Mapped[int] = mapped_column(BigInteger)
    text: Mapped[str] = mapped_column(String(300), default="", server_default="")
    document_currency: Mapped[str | None] = mapped_column(String(3))
    document_minor: Mapped[int | None] = mapped_column(BigInteger)
    """The line in its document's currency (debit positive) when that is not the company's."""


# The other tables' modules, imported here so that Base.metadata is always complete.
import ledgerpost.storage.letter_copy_model  # noqa: E402
import ledgerpost.storage.mail_account_models  # noqa: E402
import ledgerpost.storage.mail_models  # noqa: E402
import ledgerpost.storage.open_amount_models  # noqa: E402
import ledgerpost.storage.pace_model  # noqa: E402
import ledgerpost.storage.print_copy_model  # noqa: E402
import ledgerpost.storage.received_files  # noqa: E402
import ledgerpost.storage.reminder_models  # noqa: E402
import ledgerpost.storage.report_models  # noqa: E402
import ledgerpost.storage.user_models  # noqa: E402, F401

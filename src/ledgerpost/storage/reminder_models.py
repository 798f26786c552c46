"""Tables of payment reminders: each reminder document's level and run date, the invoices it
named (as they stood), and the customers and invoices left out of reminders."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ledgerpost.storage.models import Base


class ReminderRow(Base):
    """A posted reminder document: its level and the day the run looked at."""

    __tablename__ = "reminder"

    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), primary_key=True)
    level: Mapped[int] = mapped_column(Integer)
    as_of: Mapped[dt.date] = mapped_column(Date, index=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"), index=True)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    """Its message could not be queued (e.g. no valid address): it counts as never sent."""


class ReminderLineRow(Base):
    """An invoice a reminder named, the level it reached by it, and what was open then."""

    __tablename__ = "reminder_line"

    reminder_id: Mapped[int] = mapped_column(ForeignKey("reminder.document_id"), primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("document.id"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(60))
    date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date)
    days: Mapped[int] = mapped_column(Integer)
    total_minor: Mapped[int] = mapped_column(BigInteger)
    open_minor: Mapped[int] = mapped_column(BigInteger)
    level: Mapped[int] = mapped_column(Integer)


class ReminderPartyRow(Base):
    """A customer's reminder flags: never remind, or in dispute (no reminders until cleared)."""

    __tablename__ = "reminder_party"

    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"), primary_key=True)
    no_reminders: Mapped[bool] = mapped_column(Boolean, default=False)
    disputed: Mapped[bool] = mapped_column(Boolean, default=False)


class DisputedInvoiceRow(Base):
    """An invoice in dispute: left out of reminders until the dispute is cleared."""

    __tablename__ = "disputed_invoice"

    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), primary_key=True)

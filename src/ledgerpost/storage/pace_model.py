"""The sending pace of each mail account, kept in the ledger so every process shares it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ledgerpost.storage.models import Base


class MailPaceRow(Base):
    """What one account has used of its pace, and how long it must wait (a throttle reply).

    ``account_key`` is the sending account's name ("default" for the one SMTP setup)."""

    __tablename__ = "mail_pace"

    account_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    last_sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    """When its last message was let go (messages are spaced 60/per_minute seconds apart)."""
    day: Mapped[dt.date | None] = mapped_column(Date)
    """The ledger's local day the counts below are for."""
    day_recipients: Mapped[int] = mapped_column(Integer, default=0)
    day_throttles: Mapped[int] = mapped_column(Integer, default=0)
    paused_until: Mapped[dt.datetime | None] = mapped_column(DateTime)

"""The users of a ledger. The password column holds only a scrypt hash, or nothing."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ledgerpost.storage.models import Base


class UserRow(Base):
    # "user" is a reserved word in PostgreSQL.
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320))
    signature: Mapped[str] = mapped_column(Text)
    rights: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean)
    password_hash: Mapped[str] = mapped_column(String(200))
    """Empty while the user has no password. Never logged, listed or exported."""
    created_at: Mapped[datetime] = mapped_column(DateTime)
    mail_account_id: Mapped[int | None] = mapped_column(ForeignKey("mail_account.id"))
    """The sending account of the messages this user queues (None: the usual choice)."""

    def __repr__(self) -> str:  # the hash stays out of any log line that shows a row
        return f"UserRow(id={self.id!r}, login={self.login!r})"

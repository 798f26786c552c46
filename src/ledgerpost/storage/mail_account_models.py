"""The sending accounts table. Passwords and tokens are never here: they are in the OS keyring."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from ledgerpost.storage.models import Base


class MailAccountRow(Base):
    """One sending account: its server, sign-in, pace and state. At most one is the default
    (a partial unique index); the services keep exactly one while any exist."""

    __tablename__ = "mail_account"
    __table_args__ = (
        # Partial on PostgreSQL too (migration 0011; see ix_document_open in models.py).
        Index(
            "uq_mail_account_default",
            "is_default",
            unique=True,
            sqlite_where=text("is_default"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    profile: Mapped[str] = mapped_column(String(32))
    host: Mapped[str] = mapped_column(String(255))
    port: Mapped[int] = mapped_column(Integer)
    security: Mapped[str] = mapped_column(String(16))
    auth: Mapped[str] = mapped_column(String(16))
    user: Mapped[str] = mapped_column(String(320))
    from_address: Mapped[str] = mapped_column(String(320))
    from_name: Mapped[str] = mapped_column(String(200))
    reply_to: Mapped[str] = mapped_column(String(320))
    ca_file: Mapped[str] = mapped_column(Text)
    allow_insecure_auth: Mapped[bool] = mapped_column(Boolean)
    client_id: Mapped[str] = mapped_column(String(200))
    authorize_url: Mapped[str] = mapped_column(Text)
    token_url: Mapped[str] = mapped_column(Text)
    device_url: Mapped[str] = mapped_column(Text)
    revoke_url: Mapped[str] = mapped_column(Text)
    scopes: Mapped[str] = mapped_column(Text)
    """Space-separated, as OAuth2 writes them."""
    per_minute: Mapped[int | None] = mapped_column(Integer)
    per_day: Mapped[int | None] = mapped_column(Integer)
    recipients_per_message: Mapped[int | None] = mapped_column(Integer)
    is_default: Mapped[bool] = mapped_column(Boolean)
    state: Mapped[str] = mapped_column(String(32))
    state_detail: Mapped[str] = mapped_column(Text)
    state_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)

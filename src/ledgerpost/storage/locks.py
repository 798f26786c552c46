"""Named locks held until the end of the write transaction, for work that must take turns.

SQLite needs none: every write transaction starts with ``BEGIN IMMEDIATE`` and so holds the one
write lock of the file. On PostgreSQL writers run side by side, so a step that reads several
rows and then decides (how many messages the credits left allow a worker to claim, which
workers are dead) takes a transaction-level advisory lock first; it is released at commit or
rollback, never leaked.
"""

from __future__ import annotations

import zlib

from sqlalchemy import func, select
from sqlalchemy.orm import Session

OUTBOX_CLAIMS = "ledgerpost:outbox-claims"
"""Claims, recovery of dead workers' claims: one worker at a time decides."""


def hold(session: Session, name: str) -> None:
    """Take the lock ``name`` for the rest of the session's transaction (PostgreSQL)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(zlib.crc32(name.encode()))))

"""An up-to-date SQLite ledger file read with the standard library's ``sqlite3`` alone.

A command that only lists (``documents list``) starts in a tenth of the time SQLAlchemy's ORM
takes to import. These queries are the ones ``document_listing`` and ``user_repository`` send
for the same answers; ``tests/integration/test_ledger_file.py`` compares the two on one ledger.
A file that is missing or not at :data:`~ledgerpost.storage.migrations.HEAD` is not read here:
the ORM path makes or upgrades it.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs

from ledgerpost.domain.allocation import PaidState
from ledgerpost.domain.documents import SETTLED, DocumentState, DocumentType
from ledgerpost.domain.listing import DocumentFilter, DocumentSummary, PaidFilter
from ledgerpost.domain.money import from_minor
from ledgerpost.domain.users import User, rights_from
from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.migrations import HEAD

ENV_VAR = "LEDGERPOST_DB"
BUSY_TIMEOUT_MS = 30_000
"""How long a connection waits for another process's write lock (the engine's too)."""


def default_ledger_path() -> Path:
    return Path(platformdirs.user_data_dir("LedgerPost", appauthor=False)) / "ledger.sqlite3"


def file_named(db: str | None) -> Path | None:
    """The ledger file ``--db``, ``LEDGERPOST_DB`` or the default names, as
    ``database.resolve_url`` finds it; None for a URL (a server, or SQLite by URL)."""
    target = db or os.environ.get(ENV_VAR) or str(default_ledger_path())
    if "://" in target:
        return None
    return Path(target).expanduser().resolve()


_SUMMARY = (
    "SELECT id, type, series, number, date, party_id, party_name, gross_minor, currency, "
    "state, allocated_minor, due_date FROM document"
)
_USER = (
    "SELECT id, login, display_name, email, signature, rights, active, password_hash, "
    "mail_account_id FROM app_user"
)


class LedgerFile:
    """One connection to a ledger file, every read in a transaction of its own (a snapshot)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    @classmethod
    def open(cls, path: Path) -> LedgerFile | None:
        """The file at ``path`` when it is a ledger at the newest revision; None otherwise
        (missing, older, not a ledger, unreadable): then the ORM path opens it."""
        if not path.is_file():
            return None
        try:
            connection = sqlite3.connect(
                f"{path.as_uri()}?mode=rw",
                uri=True,
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error:
            return None
        try:
            connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            connection.close()
            return None
        if revision is None or revision[0] != HEAD:
            connection.close()
            return None
        return cls(connection)

    def close(self) -> None:
        self._connection.close()

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """One read transaction; trouble (locked, disk gone) in the engine's plain words."""
        try:
            self._connection.execute("BEGIN")
            try:
                yield self._connection
            finally:
                self._connection.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            words = str(exc).strip().splitlines()
            reason = words[0] if words else type(exc).__name__
            raise StorageError.of("ledger-read-write", "", reason=reason) from exc

    # --- the company -----------------------------------------------------------------------

    def payment_terms_days(self) -> int | None:
        """The company's payment terms; None while the ledger has no company."""
        with self.read() as c:
            row = c.execute("SELECT payment_terms_days FROM company WHERE id = 1").fetchone()
        return None if row is None else int(row[0])

    # --- users -------------------------------------------------------------------------------

    def any_password(self) -> bool:
        """Whether any active user has a password (``user_repository.any_password``)."""
        query = "SELECT id FROM app_user WHERE active = 1 AND password_hash != '' LIMIT 1"
        with self.read() as c:
            return c.execute(query).fetchone() is not None

    def first_with_right(self, right: str) -> User | None:
        """The oldest active user holding ``right``."""
        with self.read() as c:
            rows = c.execute(f"{_USER} WHERE active = 1 ORDER BY id").fetchall()
        for row in rows:
            if right in row[5].split(","):
                return _user(row)
        return None

    def login(self, login: str) -> tuple[User | None, str | None]:
        """The card of ``login`` (active or not) and the stored hash of an active one ("" for
        no password; None for no such active user), read together."""
        with self.read() as c:
            row = c.execute(f"{_USER} WHERE login = ?", (login,)).fetchone()
        if row is None:
            return None, None
        return _user(row), (row[7] if row[6] else None)

    # --- the documents list ------------------------------------------------------------------

    def documents(self, flt: DocumentFilter, *, limit: int | None = None) -> list[DocumentSummary]:
        """The list newest first (by date, then entry order), as ``list_documents`` gives it."""
        where, values = _filtered(flt)
        query = f"{_SUMMARY}{where} ORDER BY date DESC, id DESC"
        if limit is not None:
            query += " LIMIT ?"
            values.append(limit)
        with self.read() as c:
            rows = c.execute(query, values).fetchall()
        return [_summary(row) for row in rows]


def _user(row: tuple[Any, ...]) -> User:
    return User(
        login=row[1],
        display_name=row[2],
        email=row[3],
        signature=row[4],
        rights=rights_from(row[5]),
        active=bool(row[6]),
        has_password=bool(row[7]),
        id=row[0],
        mail_account_id=row[8],
    )


def _summary(r: tuple[Any, ...]) -> DocumentSummary:
    currency = r[8]
    return DocumentSummary(
        id=r[0],
        type=DocumentType(r[1]),
        series=r[2],
        number=r[3],
        date=dt.date.fromisoformat(r[4]),
        party_id=r[5],
        party=r[6],
        total=from_minor(r[7], currency),
        currency=currency,
        state=DocumentState(r[9]),
        allocated=from_minor(r[10], currency),
        due_date=None if r[11] is None else dt.date.fromisoformat(r[11]),
    )


def _filtered(flt: DocumentFilter) -> tuple[str, list[Any]]:
    """The WHERE clause of ``document_listing._filtered`` and its values (no mail filter: the
    ORM path answers that one)."""
    if flt.mail is not None:
        raise ValueError("the mail filter is read through the ORM path")
    clauses: list[str] = []
    values: list[Any] = []
    if flt.type is not None:
        clauses.append("type = ?")
        values.append(flt.type.value)
    if flt.numbers is not None:
        clauses.append("number BETWEEN ? AND ?")
        values += list(flt.numbers)
    if flt.dates is not None:
        clauses.append("date BETWEEN ? AND ?")
        values += [d.isoformat() for d in flt.dates]
    if flt.party_id is not None:
        clauses.append("party_id = ?")
        values.append(flt.party_id)
    if flt.state is not None:
        clauses.append("state = ?")
        values.append(flt.state.value)
    if flt.paid is not None:
        clause, paid_values = _paid(flt.paid)
        clauses.append(clause)
        values += paid_values
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), values


_DUE_PASSED = "((due_date IS NOT NULL AND due_date < ?) OR (due_date IS NULL AND date < ?))"
_OPEN = "allocated_minor < gross_minor"
_BY_STATE = {
    PaidState.PAID: "allocated_minor >= gross_minor",
    PaidState.OVERDUE: f"{_OPEN} AND {_DUE_PASSED}",
    PaidState.PARTLY: f"allocated_minor > 0 AND {_OPEN} AND NOT {_DUE_PASSED}",
    PaidState.OPEN: f"allocated_minor <= 0 AND {_OPEN} AND NOT {_DUE_PASSED}",
}


def _paid(paid: PaidFilter) -> tuple[str, list[Any]]:
    """Posted invoices in one paid state, from the kept allocated amount (``_paid_clause``)."""
    settled = sorted(t.value for t in SETTLED)
    clause = (
        f"type IN ({', '.join('?' * len(settled))}) AND state = ? AND gross_minor > 0"
        f" AND ({_BY_STATE[paid.state]})"
    )
    values: list[Any] = [*settled, DocumentState.POSTED.value]
    if paid.state is not PaidState.PAID:
        cutoff = paid.today - dt.timedelta(days=paid.terms_days)
        values += [paid.today.isoformat(), cutoff.isoformat()]
    return clause, values

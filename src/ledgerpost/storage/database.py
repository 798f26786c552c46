"""Opening a ledger: which database, its connection settings, and upgrading it on open.

The ledger is named by ``--db PATH_OR_URL``, else ``LEDGERPOST_DB``, else ``ledger.sqlite3`` in
the user data folder. SQLite gets WAL, foreign keys and a busy timeout; write transactions
start with ``BEGIN IMMEDIATE`` so two processes never deadlock on a lock upgrade.

A PostgreSQL URL normally carries no password: the caller hands one over (from the keyring)
and it goes to the driver only, never into the URL we keep or show; without one, libpq looks
in ``~/.pgpass`` (or ``PGPASSFILE``) itself. A URL shown in a message has its password masked.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.ledger_file import BUSY_TIMEOUT_MS
from ledgerpost.storage.ledger_file import ENV_VAR as ENV_VAR
from ledgerpost.storage.ledger_file import default_ledger_path as default_ledger_path
from ledgerpost.storage.migrations import current_revision, head_revision, upgrade

_WRITE = "ledgerpost_write"


def resolve_url(db: str | None = None) -> str:
    """The SQLAlchemy URL for ``--db``, ``LEDGERPOST_DB`` or the default file."""
    target = db or os.environ.get(ENV_VAR) or str(default_ledger_path())
    if "://" in target:
        try:
            make_url(target)
        except (ArgumentError, ValueError) as exc:
            raise StorageError.of("ledger-url", "", target=mask_password(target)) from exc
        return target
    return "sqlite:///" + str(Path(target).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let us emit BEGIN ourselves (pysqlite's own is deferred and sometimes late).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # FULL: a committed posting, number, data mark, outcome or credit survives a power
        # loss (under WAL, NORMAL may lose the last commits).
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(_WRITE, False):
            begin_immediate(connection.connection.dbapi_connection)
        else:
            connection.exec_driver_sql("BEGIN")

    return engine


def begin_immediate(raw: sqlite3.Connection) -> None:
    """Take the write lock, waiting for another writer for up to the busy timeout.

    SQLite's own busy handler sleeps 1, 2, 5, 10 ... 100 ms between tries, so two processes
    that each commit hundreds of small transactions a second (delivery workers) lose most of
    their time asleep after a lock they could have had a fraction of a millisecond later. Here
    the wait is ours: tries a tenth of a millisecond apart at first, never more than 2 ms.
    """
    raw.execute("PRAGMA busy_timeout=0")
    try:
        begin_immediate_unhandled(raw)
    finally:
        raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def begin_immediate_unhandled(raw: sqlite3.Connection, longest: float = 0.002) -> None:
    """:func:`begin_immediate` on a connection whose busy timeout is 0 already (a connection
    that does nothing else, set so once, saves two statements a transaction); ``longest``:
    the longest pause between tries, in seconds."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = min(0.0001, longest)
    while True:
        try:
            raw.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc) or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 1.5, longest)


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return bool(code & 0xFF == sqlite3.SQLITE_BUSY)
    return "locked" in str(exc) or "busy" in str(exc)


def make_engine(url: str, password: str | None = None) -> Engine:
    """An engine for ``url``; ``password`` (if any) goes to the driver, not into the URL."""
    if make_url(url).get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    # A commit returns once it is on disk, whatever the server's default says.
    connect_args: dict[str, str] = {"options": "-c synchronous_commit=on"}
    if password:
        connect_args["password"] = password
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def is_server_url(url: str) -> bool:
    """Whether ``url`` names a database server (a shared ledger), not a file."""
    return make_url(url).get_backend_name() != "sqlite"


def password_key(url: str) -> str:
    """Which keyring entry holds the password of ``url``'s database: user@host:port/database
    (not a secret itself)."""
    parsed = make_url(url)
    host = (parsed.host or "localhost").lower()
    port = parsed.port or 5432
    return f"{parsed.username or ''}@{host}:{port}/{parsed.database or ''}"


def has_password(url: str) -> bool:
    return make_url(url).password is not None


@dataclass
class Database:
    """An open ledger: read sessions and write transactions over one engine."""

    url: str
    engine: Engine

    def __post_init__(self) -> None:
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(
            self.engine.execution_options(**{_WRITE: True}), expire_on_commit=False
        )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        with _plain_errors(), self._reader() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with _plain_errors(), self._writer() as session, session.begin():
            yield session

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def _plain_errors() -> Iterator[None]:
    """Trouble from the database (locked, disk full, gone) as a StorageError in plain words."""
    try:
        yield
    except OperationalError as exc:
        raise StorageError.of("ledger-read-write", "", reason=plain_reason(exc)) from exc


def _backup_sqlite(path: Path, revision: str | None) -> Path:
    """A consistent copy of the file (WAL included) before an upgrade touches it."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.before-upgrade-{revision or 'none'}-{stamp}")
    with sqlite3.connect(path) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return target


def open_database(
    db: str | None = None, *, create: bool = True, password: str | None = None
) -> Database:
    """Open the ledger named by ``db``, creating or upgrading its schema as needed.

    An existing SQLite ledger at an older revision is copied aside first; on PostgreSQL the
    upgrade runs in one transaction (its DDL is transactional), and the server's own backups
    (pg_dump) are the copy. ``password`` is the database password, when not in the URL.
    """
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists() and not create:
            raise StorageError.of("ledger-missing", "", path=str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url, password)
    try:
        with engine.connect() as connection:
            revision = current_revision(connection)
            has_tables = bool(inspect(connection).get_table_names())
        if revision != head_revision():
            if path is not None and has_tables:
                _backup_sqlite(path, revision)
            upgrade(engine)
    except StorageError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        where = path if path is not None else safe_url(url)
        raise StorageError.of(
            "ledger-cannot-open", "", where=str(where), reason=plain_reason(exc)
        ) from exc
    return Database(url=url, engine=engine)


def try_connect(url: str, password: str | None = None) -> None:
    """Connect once and let go, changing nothing; a refusal as a StorageError."""
    engine = make_engine(url, password)
    try:
        with engine.connect():
            pass
    except Exception as exc:
        raise StorageError.of(
            "ledger-cannot-open", "", where=safe_url(url), reason=plain_reason(exc)
        ) from exc
    finally:
        engine.dispose()


def plain_reason(exc: Exception) -> str:
    """The driver's own words, without SQLAlchemy's statement dump and help links."""
    reason = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    words = str(reason).strip()
    return mask_password(words.splitlines()[0]) if words else type(reason).__name__


def safe_url(url: str) -> str:
    """The URL with any password masked, fit for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return mask_password(url)


_PASSWORD_IN_URL = re.compile(r"(://[^/@:]*:)[^/@]*@")


def mask_password(text: str) -> str:
    """``text`` with the password of any URL in it replaced by ***."""
    return _PASSWORD_IN_URL.sub(r"\1***@", text)

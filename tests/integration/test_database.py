"""Which ledger opens, and how SQLite is set up for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from ledgerpost.services.errors import StorageError
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage.database import open_database, resolve_url, safe_url
from ledgerpost.storage.delivery_lane import DeliveryLane
from tests.helpers.backends import BOTH_BACKENDS


def test_db_argument_beats_the_environment_which_beats_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, user_folders: Path
) -> None:
    default = resolve_url(None)
    assert default == "sqlite:///" + str(user_folders / "data" / "LedgerPost" / "ledger.sqlite3")
    monkeypatch.setenv("LEDGERPOST_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_url(None).endswith("/env.sqlite3")
    assert resolve_url(str(tmp_path / "arg.sqlite3")).endswith("/arg.sqlite3")
    url = "postgresql+psycopg://bookkeeper:s3cret@db.example.net/books"
    assert resolve_url(url) == url
    assert "s3cret" not in safe_url(url)


def test_the_default_ledger_is_created_in_the_user_data_folder(user_folders: Path) -> None:
    db = open_database(None)
    db.close()
    assert (user_folders / "data" / "LedgerPost" / "ledger.sqlite3").is_file()


def test_sqlite_runs_with_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "x.sqlite3"))
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 30000
    db.close()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "x.sqlite3"))
    with pytest.raises(Exception, match="FOREIGN KEY"), db.write() as session:
        session.execute(
            text(
                "INSERT INTO party_email (party_id, position, address, role)"
                " VALUES (999, 0, 'a@example.com', 'general')"
            )
        )
    db.close()


def test_a_missing_ledger_is_not_created_when_asked_not_to(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="no ledger"):
        open_database(str(tmp_path / "nope.sqlite3"), create=False)
    assert not (tmp_path / "nope.sqlite3").exists()


def test_a_writer_waits_for_another_writers_lock_and_then_writes(tmp_path: Path) -> None:
    """Write transactions take turns: one started while another holds the lock waits (our own
    short waits, not SQLite's growing sleeps) and goes ahead once the lock is free."""
    import sqlite3
    import threading
    import time

    path = tmp_path / "ledger.sqlite3"
    db = open_database(resolve_url(str(path)))
    with db.write() as s:
        s.execute(text("CREATE TABLE t (n INTEGER)"))
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO t VALUES (1)")
    holding = 0.3
    threading.Timer(holding, other.execute, args=("COMMIT",)).start()
    started = time.monotonic()
    with db.write() as s:
        s.execute(text("INSERT INTO t VALUES (2)"))  # the transaction begins here
        waited = time.monotonic() - started
    with db.read() as s:
        assert s.execute(text("SELECT n FROM t ORDER BY n")).scalars().all() == [1, 2]
    assert waited >= holding * 0.9  # it did wait for the other writer, and then wrote
    with db.engine.connect() as c:  # and the connection keeps its busy timeout for later
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30_000
    other.close()
    db.close()


@BOTH_BACKENDS
def test_every_ledger_connection_commits_to_disk(ledger: Ledger) -> None:
    """A commit (a posting, a number, a data mark, an outcome, a credit) survives a power loss:
    SQLite with synchronous=FULL, PostgreSQL with synchronous_commit on, on session
    connections and on the delivery lane's own driver connection alike."""
    sqlite = ledger.db.dialect == "sqlite"
    query = "PRAGMA synchronous" if sqlite else "SHOW synchronous_commit"
    durable = 2 if sqlite else "on"  # 2 is FULL
    with ledger.db.read() as s:
        assert s.execute(text(query)).scalar() == durable
    with ledger.db.write() as s:
        assert s.execute(text(query)).scalar() == durable
    lane = DeliveryLane(ledger.db)
    try:
        cursor = lane._connection.cursor()  # the lane's own connection, as its step uses it
        cursor.execute(query)
        assert cursor.fetchone()[0] == durable
        cursor.close()
    finally:
        lane.close()

"""A token that changes whenever anything is committed to the ledger, by any process or desk.

SQLite: ``PRAGMA data_version`` on a connection of our own that never writes (it changes when
any other connection commits). PostgreSQL: the server's current snapshot
(``pg_current_snapshot()``), which moves only when a transaction that writes starts or ends;
readers leave it alone. (It is server-wide: a write to another database on the same server
counts too, which costs a needless redraw, never a missed one.) Either is one tiny query.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, text


class DataVersion:
    """Ask ``current()`` as often as wanted, from the thread that made this object."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sqlite: Any = None
        if engine.dialect.name == "sqlite":
            self._sqlite = engine.raw_connection()  # autocommit: no snapshot is held open

    def current(self) -> str:
        if self._sqlite is not None:
            cursor = self._sqlite.cursor()
            try:
                cursor.execute("PRAGMA data_version")
                return str(cursor.fetchone()[0])
            finally:
                cursor.close()
        with self._engine.connect() as connection:
            return str(connection.execute(text("SELECT pg_current_snapshot()::text")).scalar())

    def close(self) -> None:
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None

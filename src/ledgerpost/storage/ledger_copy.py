"""Copying a whole ledger into an empty database (PostgreSQL, or a new SQLite file), in one
transaction.

The target's schema is made by the migrations and every table's rows are copied in that same
transaction (PostgreSQL's DDL is transactional): if the copy stops anywhere, by an error, a
Ctrl+C or a lost connection, the server rolls all of it back and the target stays empty. The
source is read in one read transaction, so the copy is one consistent moment of it. Rows keep
their ids; the id sequences are set past them afterwards, and the row counts of every table
are compared before the commit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from alembic import command
from sqlalchemy import Connection, Engine, Integer, Table, func, insert, inspect, select, text
from sqlalchemy.exc import DBAPIError

from ledgerpost.storage.database import Database, plain_reason
from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.migrations import alembic_config
from ledgerpost.storage.models import Base
from ledgerpost.storage.open_amount_models import KEPT_TABLES

CHUNK = 1000

Progress = Callable[[str, int, int], None]
"""Called with (table, rows copied so far, rows in the table) as the copy goes."""


class TargetNotEmpty(StorageError):
    """The target database already holds something: a copy never writes over it."""


@dataclass(frozen=True, slots=True)
class TableCount:
    table: str
    source: int
    target: int

    @property
    def matches(self) -> bool:
        return self.source == self.target


def tables() -> list[Table]:
    """Every table of the ledger, each after the tables it refers to."""
    return list(Base.metadata.sorted_tables)


BOOKS = (
    "company",
    "party",
    "document",
    "journal_entry",
    "print_copy",
    "outbox_message",
    "credit_entry",
)
"""Tables whose rows are books: a target with any of them filled already holds a ledger."""


def check_empty(connection: Connection) -> None:
    """Refuse a target that holds books, or tables that are not a ledger's. A schema that
    LedgerPost made on opening it (with only what the migrations seed, such as the first
    administrator) counts as empty."""
    inspector = inspect(connection)
    present = set(inspector.get_table_names())
    ours = {t.name for t in tables()} | {"alembic_version"}
    foreign = sorted(present - ours)
    if foreign:
        raise TargetNotEmpty.of("copy-target-foreign", "", tables=", ".join(foreign[:5]))
    filled = [
        name
        for name in BOOKS
        if name in present
        and connection.execute(select(func.count()).select_from(text(f'"{name}"'))).scalar()
    ]
    if filled:
        raise TargetNotEmpty.of("copy-target-filled", "", tables=", ".join(filled))


def _clear(connection: Connection) -> None:
    """Remove what the migrations seeded (the copy brings the source's own rows)."""
    for table in reversed(tables()):
        connection.execute(table.delete())


def _count(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar() or 0)


def _copy_table(
    source: Connection, target: Connection, table: Table, progress: Progress | None
) -> None:
    total = _count(source, table)
    order = list(table.primary_key.columns)
    done = 0
    if progress is not None:
        progress(table.name, done, total)
    rows = source.execution_options(yield_per=CHUNK).execute(select(table).order_by(*order))
    for chunk in rows.partitions(CHUNK):
        target.execute(insert(table), [row._asdict() for row in chunk])
        done += len(chunk)
        if progress is not None:
            progress(table.name, done, total)


def reset_sequences(target: Connection) -> None:
    """Each id sequence continues after the highest id copied."""
    for table in tables():
        key = list(table.primary_key.columns)
        if len(key) != 1 or not isinstance(key[0].type, Integer):
            continue
        column = key[0].name
        sequence = target.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": table.name, "column": column},
        ).scalar()
        if sequence is None:
            continue
        target.execute(
            text(
                f'SELECT setval(:sequence, COALESCE(MAX("{column}"), 1), MAX("{column}") IS NOT '
                f'NULL) FROM "{table.name}"'
            ),
            {"sequence": sequence},
        )


def copy_ledger(
    source: Database, target: Engine, progress: Progress | None = None
) -> list[TableCount]:
    """Copy every row of ``source`` into the empty database of ``target`` (PostgreSQL, or a
    new SQLite file: a backup of a shared ledger); the row counts of each table, source and
    target, as compared before the commit."""
    try:
        return _copy(source, target, progress)
    except DBAPIError as exc:
        raise StorageError.of("copy-stopped", "", reason=plain_reason(exc)) from exc


def _copy(source: Database, target: Engine, progress: Progress | None) -> list[TableCount]:
    server = target.dialect.name == "postgresql"
    with source.read() as reading, target.begin() as writing:
        if source.dialect == "postgresql":
            # One moment of a shared ledger that others write to meanwhile: every table is
            # read from the same snapshot (must come before the transaction's first read).
            reading.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
        check_empty(writing)
        if server:
            writing.execute(text("SET LOCAL lock_timeout = '10s'"))
        command.upgrade(alembic_config(writing), "head")
        _clear(writing)
        reader = reading.connection()
        for table in tables():
            if table.name not in KEPT_TABLES:  # the target's triggers fill them, and the
                _copy_table(reader, writing, table, progress)  # counts below compare them
        if server:
            reset_sequences(writing)
        counts = [TableCount(t.name, _count(reader, t), _count(writing, t)) for t in tables()]
        wrong = [c for c in counts if not c.matches]
        if wrong:
            rows = ", ".join(f"{c.table} {c.target}/{c.source}" for c in wrong)
            raise StorageError.of("copy-mismatch", "", counts=rows)
    return counts

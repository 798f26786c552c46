"""Numbering series: gapless document numbers taken inside the posting transaction."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from ledgerpost.domain.documents import DocumentType
from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.models import SeriesRow


def ensure_series(session: Session, code: str, document_type: DocumentType) -> None:
    """The series ``code`` exists afterwards; two desks making it at once make it once."""
    if session.get(SeriesRow, code) is not None:
        return
    row = {"code": code, "document_type": document_type.value, "next_number": 1}
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql  # not loaded for a ledger file

        session.execute(postgresql.insert(SeriesRow).values(row).on_conflict_do_nothing())
    elif dialect == "sqlite":
        session.execute(sqlite.insert(SeriesRow).values(row).on_conflict_do_nothing())
    else:
        session.add(SeriesRow(**row))
        session.flush()


def take_number(session: Session, code: str) -> int:
    """The next number of ``code``, taken inside the caller's transaction.

    The update locks the series row (PostgreSQL) or the database (SQLite, BEGIN IMMEDIATE)
    until the transaction ends, so numbers are unique; a rollback returns the number, so
    they are gapless.
    """
    taken = session.execute(
        update(SeriesRow)
        .where(SeriesRow.code == code)
        .values(next_number=SeriesRow.next_number + 1)
        .returning(SeriesRow.next_number)
    ).scalar_one_or_none()
    if taken is None:
        raise StorageError.of("series-unknown", "", series=code)
    return int(taken) - 1


def issued_numbers(session: Session) -> dict[str, int]:
    """The last number issued in each series."""
    rows = session.execute(select(SeriesRow.code, SeriesRow.next_number))
    return {code: next_number - 1 for code, next_number in rows}

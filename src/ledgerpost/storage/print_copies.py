"""Stored print copies: read one, or store one unless another process stored it first."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.print_copy_model import PrintCopyRow


@dataclass(frozen=True, slots=True)
class StoredCopy:
    document_id: int
    pdf: bytes
    sha256: str
    file_name: str
    language: str
    created_at: datetime


class DamagedCopy(StorageError):
    """The stored bytes no longer match the sha256 recorded with them."""


def _copy_from(row: PrintCopyRow) -> StoredCopy:
    if hashlib.sha256(row.pdf).hexdigest() != row.sha256:
        raise DamagedCopy.of("print-copy-damaged", "", document=row.document_id)
    return StoredCopy(
        row.document_id, row.pdf, row.sha256, row.file_name, row.language, row.created_at
    )


def get_print_copy(session: Session, document_id: int) -> StoredCopy | None:
    row = session.scalars(
        select(PrintCopyRow).where(PrintCopyRow.document_id == document_id)
    ).one_or_none()
    return None if row is None else _copy_from(row)


def get_print_copies(session: Session, document_ids: Sequence[int]) -> dict[int, StoredCopy]:
    """The stored copies of several documents in one query, by document id."""
    rows = session.scalars(
        select(PrintCopyRow).where(PrintCopyRow.document_id.in_(list(document_ids)))
    )
    return {row.document_id: _copy_from(row) for row in rows}


def add_print_copy(
    session: Session, document_id: int, pdf: bytes, file_name: str, language: str
) -> StoredCopy:
    """Store ``pdf`` as the copy of ``document_id``, or return the copy stored before.

    The first copy wins: under SQLite the write transaction already serialises writers; under
    PostgreSQL a concurrent insert loses on the unique document id and reads the winner's row.
    """
    existing = get_print_copy(session, document_id)
    if existing is not None:
        return existing
    row = PrintCopyRow(
        document_id=document_id,
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        file_name=file_name,
        language=language,
        created_at=datetime.now(UTC).replace(tzinfo=None),
    )
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        winner = get_print_copy(session, document_id)
        if winner is None:
            raise
        return winner
    return _copy_from(row)

"""The file a draft was imported from (a received e-invoice: XML or a Factur-X PDF), kept with
its sha256 beside the draft the way print copies are kept beside posted documents."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from ledgerpost.domain.documents import DocumentType
from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.models import Base, DocumentRow


class ReceivedFileRow(Base):
    __tablename__ = "received_file"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), unique=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime)


@dataclass(frozen=True, slots=True)
class ReceivedFile:
    document_id: int
    data: bytes
    sha256: str
    file_name: str
    media_type: str
    created_at: datetime


class DamagedFile(StorageError):
    """The stored bytes no longer match the sha256 recorded with them."""


def get_received_file(session: Session, document_id: int) -> ReceivedFile | None:
    row = session.scalars(
        select(ReceivedFileRow).where(ReceivedFileRow.document_id == document_id)
    ).one_or_none()
    if row is None:
        return None
    if hashlib.sha256(row.data).hexdigest() != row.sha256:
        raise DamagedFile.of("received-file-damaged", "", document=document_id)
    return ReceivedFile(
        row.document_id, row.data, row.sha256, row.file_name, row.media_type, row.created_at
    )


def add_received_file(
    session: Session, document_id: int, data: bytes, file_name: str, media_type: str
) -> None:
    session.add(
        ReceivedFileRow(
            document_id=document_id,
            data=data,
            sha256=hashlib.sha256(data).hexdigest(),
            file_name=file_name[:255],
            media_type=media_type,
            created_at=datetime.now(UTC).replace(tzinfo=None),
        )
    )


def purchase_invoices_numbered(
    session: Session, party_id: int, reference: str
) -> list[tuple[int, str, str, int | None]]:
    """The purchase invoices of ``party_id`` whose reference (the supplier's number) is
    ``reference``: (id, state, series, number), drafts and posted alike."""
    rows = session.execute(
        select(DocumentRow.id, DocumentRow.state, DocumentRow.series, DocumentRow.number).where(
            DocumentRow.type == DocumentType.PURCHASE_INVOICE.value,
            DocumentRow.party_id == party_id,
            DocumentRow.reference == reference,
        )
    )
    return [(row.id, row.state, row.series, row.number) for row in rows]

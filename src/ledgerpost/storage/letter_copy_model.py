"""The letters a letter batch made: one numbered letter per template and party, never two."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ledgerpost.storage.models import Base


class LetterCopyRow(Base):
    """A posted letter made from a template (a letter document, ``letter:12``, or typed words,
    ``text:<digest>``) for one party; the pair is unique, so a run repeated makes none again."""

    __tablename__ = "letter_copy"
    __table_args__ = (UniqueConstraint("template", "party_id", name="uq_letter_copy_template"),)

    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), primary_key=True)
    template: Mapped[str] = mapped_column(String(80))
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"), index=True)

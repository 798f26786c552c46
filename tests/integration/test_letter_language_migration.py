"""Revision 0021: the language a letter is written in. Letters written before keep their
fingerprint (no language: the party's); going back to 0020 drops the column, and opening the
ledger again brings it back empty."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from ledgerpost.domain.documents import Document, DocumentType, Letter
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage.migrations import HEAD
from tests.conftest import TEST_COMPANY
from tests.helpers.books import add_customer
from tests.integration.test_migrations import downgrade


def columns(path: Path) -> set[str]:
    with sqlite3.connect(path) as raw:
        return {r[1] for r in raw.execute("PRAGMA table_info(document)")}


def revision(path: Path) -> str:
    with sqlite3.connect(path) as raw:
        return str(raw.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_revision_0021_keeps_letters_and_goes_back(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    books = Ledger.open(str(path))
    books.create_company(TEST_COMPANY)
    customer = add_customer(books)
    assert customer.id is not None and revision(path) == HEAD
    letter = Document(
        DocumentType.LETTER,
        customer.id,
        dt.date(2026, 1, 5),
        "EUR",
        letter=Letter("New prices", "From March our prices change.", "Kind regards", "Anna"),
    )
    posted = books.save_and_post(letter).document
    assert posted.letter is not None and posted.letter.language == ""
    written_in = books.save_draft(
        Document(
            DocumentType.LETTER,
            customer.id,
            dt.date(2026, 1, 6),
            "EUR",
            letter=Letter("Neue Preise", "Ab März ändern sich unsere Preise.", language="de"),
        )
    )
    assert books.document(written_in.id or 0).letter.language == "de"  # type: ignore[union-attr]
    books.close()

    downgrade(path, "0020")
    assert revision(path) == "0020" and "letter_language" not in columns(path)
    with sqlite3.connect(path) as raw:
        kept = raw.execute("SELECT letter_subject FROM document ORDER BY id").fetchall()
    assert kept == [("New prices",), ("Neue Preise",)]

    books = Ledger.open(str(path))  # upgrades again
    try:
        assert revision(path) == HEAD and "letter_language" in columns(path)
        assert books.check() == []  # the letter posted before keeps its fingerprint
        assert books.document(posted.id or 0) == posted
        again = books.document(written_in.id or 0).letter
        assert again is not None and again.language == "" and again.subject == "Neue Preise"
    finally:
        books.close()

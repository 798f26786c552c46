"""Revision 0023: the letters a letter batch made (``letter_copy``). Going back to 0021 drops
the table and keeps the letters themselves; opening the ledger again brings it back empty."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ledgerpost.domain.documents import Letter
from ledgerpost.domain.parties import PartyKind
from ledgerpost.services import letter_batch
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage.migrations import HEAD
from tests.conftest import TEST_COMPANY
from tests.helpers.books import add_customer
from tests.integration.test_migrations import downgrade


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as raw:
        return {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_revision_0023_adds_letter_copies_and_goes_back(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    books = Ledger.open(str(path))
    books.create_company(TEST_COMPANY)
    customer = add_customer(books)
    template = letter_batch.from_words(Letter("New prices", "From March."))
    chosen = letter_batch.Recipients((PartyKind.CUSTOMER,))
    sample = letter_batch._sample(template, customer, "EUR", letter_batch.dt.date(2026, 1, 5))
    assert letter_batch._make(books, template, sample) is not None
    books.close()
    assert HEAD >= "0023" and "letter_copy" in tables(path)  # later revisions follow it

    downgrade(path, "0022")
    assert "letter_copy" not in tables(path)
    books = Ledger.open(str(path))  # upgrades again
    try:
        assert "letter_copy" in tables(path) and books.check() == []
        # The link went with the table; the letter itself stays, posted.
        seen = letter_batch.preview(books, template, chosen)
        assert "letter-already-made" not in {s.reason for s in seen.skipped}
        with sqlite3.connect(path) as raw:
            assert raw.execute("SELECT count(*) FROM letter_copy").fetchone() == (0,)
            assert raw.execute("SELECT series, number FROM document").fetchall() == [("LET", 1)]
    finally:
        books.close()

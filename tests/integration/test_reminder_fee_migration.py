"""Revision 0024: reminders posted with a fee before fees were booked get their entry (the
party's receivables against the reminder fees account, added at the next free code when the
ledger uses 4900 for something else); going back to 0023 removes those entries and the account,
and leaves the ledger's own 4900 alone."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

from ledgerpost.domain.accounts import AccountKind
from ledgerpost.domain.documents import Document, DocumentType, Letter, Line
from ledgerpost.services import books, receivables
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage.migrations import HEAD
from tests.conftest import TEST_COMPANY
from tests.helpers.books import add_customer
from tests.integration.test_migrations import downgrade

DAY = dt.date(2026, 2, 23)


def _raw(path: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as raw:
        return list(raw.execute(query))


def test_revision_0024_books_fees_posted_before_and_goes_back(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    ledger = Ledger.open(str(path))
    ledger.create_company(TEST_COMPANY)
    assert books.add_account(ledger, "4900", "Late interest", AccountKind.INCOME) == []
    party = add_customer(ledger)
    assert party.id is not None
    letter = Letter("Third reminder", "Please pay INV-1 now.")
    fee = (Line("Reminder fee", Decimal(1), Decimal("10.00")),)
    for lines in (fee, ()):  # one reminder with a fee, one without
        posted = ledger.save_and_post(
            Document(DocumentType.REMINDER, party.id, DAY, "EUR", lines, letter=letter)
        )
        assert posted.posted, posted.problems
    ledger.close()

    downgrade(path, "0023")
    assert _raw(path, "SELECT version_num FROM alembic_version") == [("0023",)]
    assert _raw(path, "SELECT count(*) FROM journal_entry") == [(0,)]
    assert _raw(path, "SELECT code, role FROM account WHERE code LIKE '49%'") == [("4900", None)]

    ledger = Ledger.open(str(path))  # upgrades again: the fee is booked as posting books it
    try:
        assert _raw(path, "SELECT version_num FROM alembic_version") == [(HEAD,)]
        rows = {r.account: r for r in ledger.trial_balance()}
        assert rows["4901"].name == "Reminder fees" and rows["4901"].credit == Decimal("10.00")
        assert rows["1200"].debit == Decimal("10.00") and "4900" not in rows
        items = receivables.open_items(ledger, as_of=DAY)
        assert [(i.number, i.open) for i in items] == [("REM-1", Decimal("10.00"))]
        assert ledger.check() == []
    finally:
        ledger.close()

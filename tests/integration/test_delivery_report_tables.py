"""Revision 0013 adds the tables of what comes back after sending, and takes them away again."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect

from ledgerpost.services.delivery.report_headers import reference_key
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage.database import make_engine, resolve_url
from ledgerpost.storage.migrations import upgrade
from tests.conftest import TEST_COMPANY
from tests.integration.test_migrations import downgrade

TABLES = {
    "outbox_delivery",
    "mailbox_settings",
    "mailbox_mark",
    "applied_report",
    "address_bounce",
    "ledger_key",
}


def tables(path: Path) -> set[str]:
    engine = make_engine(resolve_url(str(path)))
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_0013_goes_up_and_down(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    books = Ledger.open(str(path))
    books.create_company(TEST_COMPANY)
    key = reference_key(books)
    assert len(key) == 32 and reference_key(books) == key  # made once, then kept
    books.close()
    assert tables(path) >= TABLES
    downgrade(path, "0010")
    assert not TABLES & tables(path)
    engine = make_engine(resolve_url(str(path)))
    upgrade(engine)
    engine.dispose()
    assert tables(path) >= TABLES
    books = Ledger.open(str(path))
    assert reference_key(books) != key  # a new key: the old one went with its table
    books.close()

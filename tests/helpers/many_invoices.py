"""A ledger with many posted invoices to customers who all have an address, for batch tests.

Posting takes about 15 ms a document, so suites build the file once (``make_books``) and give
each test a copy (``copy_ledger``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from ledgerpost.domain.parties import Company
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import add_customer, invoice

MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
"""Every invoice is dated in March 2026."""


def make_books(path: Path, count: int = 200, customers: int = 10) -> Path:
    """Invoices 1..count, spread over ``customers`` customers and the days of March 2026."""
    books = Ledger.open(str(path))
    try:
        books.create_company(Company(name="Test Company OÜ", currency="EUR", language="en"))
        errors = settings_service.save(
            books, {"smtp.host": "mail.example.com", "smtp.from_address": "billing@example.com"}
        )
        assert errors == [], errors
        parties = [add_customer(books, f"Customer {i + 1}") for i in range(customers)]
        for i in range(count):
            day = MARCH[0] + dt.timedelta(days=i % 31)
            result = books.save_and_post(invoice(parties[i % customers], str(i + 1), on=day))
            assert result.posted, result.problems
    finally:
        books.close()
    return path


def copy_ledger(template: Path, path: Path) -> Ledger:
    """A fresh, open copy of the ledger file at ``template``."""
    with sqlite3.connect(template) as source, sqlite3.connect(path) as target:
        source.backup(target)
    return Ledger.open(str(path))

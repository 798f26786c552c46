"""A ledger with thousands of documents in its list, made in a moment.

One invoice is posted through the service; the others are copies of its document row written
by SQLite itself, numbered 2..count, a few to a day going back in time, each with its own party
name ("Customer 17" is invoice INV-17). They are rows for the document list only: no lines and
no journal (the ledger's checks would rightly complain).
"""

from __future__ import annotations

import datetime as dt

from ledgerpost.domain.parties import Company
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import add_customer, invoice

PER_DAY = 7
LAST_DAY = dt.date(2026, 3, 31)
"""Invoice ``count`` is dated on this day; each day back holds ``PER_DAY`` invoices."""


def day_of(number: int, count: int) -> dt.date:
    return LAST_DAY - dt.timedelta(days=(count - number) // PER_DAY)


def long_list(ledger: Ledger, count: int) -> None:
    """Invoices INV-1 (the oldest) to INV-``count`` (the newest), dated by ``day_of``."""
    ledger.create_company(Company(name="Test Company OÜ", currency="EUR", language="en"))
    party = add_customer(ledger, "Customer 1")
    posted = ledger.save_and_post(invoice(party, on=day_of(1, count)))
    assert posted.posted, posted.problems
    template = posted.document.id
    with ledger.db.write() as s:
        connection = s.connection()
        columns = [row[1] for row in connection.exec_driver_sql("PRAGMA table_info(document)")]
        copied = [c for c in columns if c not in ("id", "number", "date", "party_name")]
        connection.exec_driver_sql(
            f"""
            WITH RECURSIVE n(k) AS (SELECT 2 UNION ALL SELECT k + 1 FROM n WHERE k < ?)
            INSERT INTO document (number, date, party_name, {", ".join(copied)})
            SELECT k, date(?, '-' || ((? - k) / ?) || ' days'), 'Customer ' || k,
                   {", ".join(copied)}
            FROM n, document WHERE document.id = ?
            """,
            (count, LAST_DAY.isoformat(), count, PER_DAY, template),
        )
        connection.exec_driver_sql(
            "UPDATE series SET next_number = ? WHERE code = ?",
            (count + 1, posted.document.series),
        )

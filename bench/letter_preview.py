"""How long a letter batch's preview takes over 500 and 5,000 customers.

Builds (once, cached in ``--dir``) a SQLite ledger through the real schema: ``--customers``
customers with an address, every other one mailed before (its recent addresses kept), and a
letter draft; then times ``services.letter_batch.preview`` (the code path of ``ledgerpost
letters send --to customers --preview`` and of the window's *Preview*) five times and prints
the best and the median, and how many statements the database ran for one preview. Figures
only: nothing here asserts on time.

    .venv/bin/python bench/letter_preview.py [--customers 500 5000] [--dir D]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import event

from ledgerpost.domain.documents import Document, DocumentType, Letter
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.parties import AddressRole, Company, EmailAddress, Party, PartyKind
from ledgerpost.services import letter_batch
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import party_repository
from ledgerpost.storage import recent_recipients as recipients_repo

DAY = dt.date(2026, 6, 30)


def build(path: Path, customers: int) -> None:
    ledger = Ledger.open(str(path))
    ledger.create_company(Company(name="Bench Books OÜ", sender_address="books@example.com"))
    settings_service.save(
        ledger, {"smtp.host": "mail.example.com", "smtp.from_address": "books@example.com"}
    )
    now = dt.datetime(2026, 6, 1, 9, 0)
    with ledger.db.write() as s:
        for n in range(customers):
            party = party_repository.add_party(
                s,
                Party(
                    PartyKind.CUSTOMER,
                    f"Customer {n:05d}",
                    ("en", "de", "et", "ru", "ro", "ar")[n % 6],
                    emails=(EmailAddress(f"c{n}@example.com", AddressRole.BILLING),),
                ),
            )
            assert party.id is not None
            if n % 2 == 0:
                recipients_repo.remember_addresses(s, party.id, f"c{n}@example.com", now)
    first = ledger.parties(PartyKind.CUSTOMER)[0]
    assert first.id is not None
    letter = Letter("New prices from July", "Dear customer,\n\nOur prices change.", "Regards")
    ledger.save_draft(Document(DocumentType.LETTER, first.id, DAY, "EUR", letter=letter))
    ledger.close()


def measure(path: Path, customers: int) -> None:
    ledger = Ledger.open(str(path))
    (row,) = ledger.documents(DocumentFilter(type=DocumentType.LETTER))
    template = letter_batch.from_document(ledger, row.id)
    chosen = letter_batch.Recipients((PartyKind.CUSTOMER,))
    statements = 0

    def count(*_args: object) -> None:
        nonlocal statements
        statements += 1

    times = []
    found = None
    for attempt in range(5):
        engine = ledger.db.engine
        if attempt == 0:
            event.listen(engine, "before_cursor_execute", count)
        started = time.perf_counter()
        found = letter_batch.preview(ledger, template, chosen, on=DAY)
        times.append(time.perf_counter() - started)
        if attempt == 0:
            event.remove(engine, "before_cursor_execute", count)
    assert found is not None
    ledger.close()
    print(
        f"letter preview over {customers:,} customers: best {min(times):.3f} s, "
        f"median {statistics.median(times):.3f} s; {statements:,} statements; "
        f"{found.count:,} letters, {len(found.skipped):,} left out"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, nargs="+", default=[500, 5000])
    parser.add_argument(
        "--dir", type=Path, default=Path(tempfile.gettempdir()) / "ledgerpost-bench"
    )
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    for customers in args.customers:
        path = args.dir / f"letters-{customers}.sqlite3"
        if not path.exists():
            print(f"building {path} ...", file=sys.stderr)
            build(path.with_suffix(".part"), customers)
            path.with_suffix(".part").rename(path)
        measure(path, customers)


if __name__ == "__main__":
    main()

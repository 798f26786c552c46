"""Manual journal entries posted at the same moment by several desks get distinct, gapless
numbers: on SQLite (one writer at a time) and on PostgreSQL (writers side by side)."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

from ledgerpost.domain.books import ManualLine
from ledgerpost.services import books
from ledgerpost.services.books import EntryResult
from ledgerpost.services.ledger import Ledger
from tests.helpers.backends import BOTH_BACKENDS

pytestmark = BOTH_BACKENDS
DAY = dt.date(2026, 3, 2)
TWO = [ManualLine("1000", Decimal("5"), Decimal(0)), ManualLine("3000", Decimal(0), Decimal("5"))]


def test_entries_posted_at_once_get_distinct_gapless_numbers(ledger: Ledger) -> None:
    drafts = []
    for n in range(24):
        made = books.add_entry(ledger, DAY, TWO, f"draft {n}").entry
        assert made is not None and made.id is not None
        drafts.append(made.id)
    results: list[EntryResult] = []
    failures: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(6)

    def desk(ids: list[int]) -> None:
        start.wait()
        for entry_id in ids:
            try:
                found = books.post_entry(ledger, entry_id)
            except BaseException as exc:  # a failure is what the test looks for
                with lock:
                    failures.append(exc)
                continue
            with lock:
                results.append(found)

    threads = [threading.Thread(target=desk, args=(drafts[i::6],)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert failures == []
    numbers = sorted(r.entry.number for r in results if r.entry is not None)  # type: ignore[misc]
    assert numbers == list(range(1, 25))

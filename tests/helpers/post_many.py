"""Run as a separate process: post N invoices into the ledger at DB, as fast as it can.

    python -m tests.helpers.post_many DB N PARTY_ID GO_FILE

It says "ready" once the ledger is open, then waits for GO_FILE to appear, so that several
such processes start posting at the same moment.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from decimal import Decimal
from pathlib import Path

from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.services.ledger import Ledger


def main() -> None:
    db, count, party_id, go = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
    ledger = Ledger.open(db)
    print("ready", flush=True)
    deadline = time.monotonic() + 60
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.005)
    numbers = []
    for i in range(count):
        doc = Document(
            DocumentType.INVOICE,
            party_id,
            dt.date(2026, 1, 1),
            "EUR",
            (Line(f"line {i}", Decimal(1), Decimal(i + 1), Decimal(22)),),
        )
        result = ledger.save_and_post(doc)
        assert result.posted, result.problems
        numbers.append(result.document.number)
    ledger.close()
    print(" ".join(str(n) for n in numbers))


if __name__ == "__main__":
    main()

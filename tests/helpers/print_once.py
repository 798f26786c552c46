"""Run as a separate process: print one document's copy once, when told to go.

    python -m tests.helpers.print_once DB DOCUMENT_ID GO_FILE

Says "ready" once the ledger is open, waits for GO_FILE, prints, then says the sha256.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from ledgerpost.documents.fonts import register_fonts
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.printing import print_document


def main() -> None:
    db, document_id, go = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3])
    ledger = Ledger.open(db)
    register_fonts()
    print("ready", flush=True)
    deadline = time.monotonic() + 60
    while not go.exists() and time.monotonic() < deadline:
        time.sleep(0.002)
    copy = print_document(ledger, document_id)
    print(copy.sha256, copy.stored, flush=True)
    ledger.close()


if __name__ == "__main__":
    main()

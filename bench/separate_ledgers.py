"""What this machine gives two senders that share no ledger: the ``--separate`` row of
``batch_send.py``.

Two copies of the warm ledger, each queued as the "ours warm" run is, each delivered by a
process of its own over one connection to the same sink, both starting at once (each imports
and opens its ledger, says it is ready, and waits for the word to go). Nothing of the ledger is
shared (no write lock, no WAL file, no claims): what is left is the machine (two cores, one
disk, the sink's own CPU). The rate is both ledgers' messages over the time from the word to
go until the last one is sent. When this row stays under 0.8 x the durable limit, no
arrangement of one ledger's writes can reach the goal; only less work a message can.

Runs as a child of ``batch_send.py``; by hand::

    .venv/bin/python bench/separate_ledgers.py LEDGER   # one sender, after a line on stdin
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Row = tuple[str, str, float, str]


def rows(
    warm: Path,
    work: Path,
    settings: dict[str, Any],
    label: str,
    durable: float,
    copy: Callable[[Path, Path], None],
    queue: Callable[[str, dict[str, Any]], dict[str, Any]],
) -> list[Row]:
    """The row: two ledgers, one connection each, at once (a plain sink: no password)."""
    ledgers = [work / f"run-separate-{n}.sqlite3" for n in (1, 2)]
    for db in ledgers:
        copy(warm, db)
        queue(str(db), settings)
    senders = [
        subprocess.Popen(
            [sys.executable, __file__, str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for db in ledgers
    ]
    for sender in senders:
        assert sender.stdout is not None
        assert sender.stdout.readline().strip() == "ready"
    start = time.time()
    for sender in senders:
        assert sender.stdin is not None
        sender.stdin.write("go\n")
        sender.stdin.flush()
    done = []
    for sender in senders:
        out, _ = sender.communicate(timeout=600)
        assert sender.returncode == 0, out
        done.append(json.loads(out.strip().splitlines()[-1]))
    sent = sum(d["sent"] for d in done)
    seconds = max(d["end"] for d in done) - start
    rate = sent / seconds if seconds > 0 else float("inf")
    alone = ", ".join(f"{d['sent'] / d['seconds']:.0f}" for d in done)
    note = f"{rate / durable:.2f} x durable; each {alone} msg/s (nothing shared but the machine)"
    return [(label, "2 ledgers x 1 connection at once", rate, note)]


def _send(db: str) -> None:
    from ledgerpost.services.ledger import Ledger
    from ledgerpost.services.mail_account import deliver

    ledger = Ledger.open(db)
    print("ready", flush=True)
    sys.stdin.readline()
    start = time.perf_counter()
    report = deliver(ledger, None, connections=1)
    seconds = time.perf_counter() - start
    end = time.time()
    ledger.close()
    print(json.dumps({"sent": report.sent, "seconds": seconds, "end": end}))


if __name__ == "__main__":
    _send(sys.argv[1])

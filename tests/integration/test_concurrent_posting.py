"""Several processes posting into one ledger (a SQLite file; a PostgreSQL database) still get
unique, gapless numbers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ledgerpost.services.ledger import Ledger
from tests.helpers.backends import BOTH_BACKENDS, POSTGRESQL
from tests.helpers.books import add_customer

ROOT = Path(__file__).resolve().parents[2]


@BOTH_BACKENDS
def test_processes_posting_at_once_get_gapless_unique_numbers(
    ledger: Ledger, ledger_url: str, backend: str, tmp_path: Path
) -> None:
    party = add_customer(ledger)
    per_process = 80
    processes = 3 if backend == POSTGRESQL else 2
    go = tmp_path / "go"
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.helpers.post_many",
                ledger_url,
                str(per_process),
                str(party.id),
                str(go),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(processes)
    ]
    for worker in workers:
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "ready"
    go.touch()
    taken: list[list[int]] = []
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        taken.append([int(n) for n in out.split()])
    everything = sorted(n for numbers in taken for n in numbers)
    assert everything == list(range(1, processes * per_process + 1))
    # Each process saw its own numbers rising. (Whether they interleave is up to SQLite's
    # busy handler, which promises no fairness, so it is not asserted; PostgreSQL queues
    # them on the series row's lock.)
    assert all(numbers == sorted(numbers) for numbers in taken)
    assert ledger.check() == []

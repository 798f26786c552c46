"""Several processes posting into one SQLite file still get unique, gapless numbers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ledgerpost.services.ledger import Ledger
from tests.helpers.books import add_customer

ROOT = Path(__file__).resolve().parents[2]


def test_two_processes_posting_at_once_get_gapless_unique_numbers(
    ledger: Ledger, ledger_path: Path
) -> None:
    party = add_customer(ledger)
    per_process = 80
    go = ledger_path.with_name("go")
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.helpers.post_many",
                str(ledger_path),
                str(per_process),
                str(party.id),
                str(go),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
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
    everything = sorted(taken[0] + taken[1])
    assert everything == list(range(1, 2 * per_process + 1))
    # Each process saw its own numbers rising. (Whether they interleave is up to SQLite's
    # busy handler, which promises no fairness, so it is not asserted.)
    assert all(numbers == sorted(numbers) for numbers in taken)
    assert ledger.check() == []

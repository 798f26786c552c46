"""How long a 10,000-row party CSV takes through ``ledgerpost parties import`` (goal: < 10 s),
and its dry run and re-import (every row unchanged) on the ledger that then has them.

    .venv/bin/python bench/imports.py [--rows N] [--profile]

Prints figures only; asserts nothing on time.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_SECONDS = 10.0


def write_parties(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["code", "kind", "name", "language", "vat_number", "street",
                         "postal_code", "city", "country", "emails", "contacts"])  # fmt: skip
        for n in range(rows):
            kind = ("customer", "supplier", "employee")[n % 3]
            writer.writerow([
                f"K{n:06}", kind, f"Party {n} OÜ", "et", f"EE{100000000 + n}",
                f"Pärnu mnt {n % 200}", "10141", "Tallinn", "EE",
                f"billing:invoices{n}@example.com; statements:ledger{n}@example.com; "
                f"info{n}@example.org",
                f"Person {n} <person{n}@example.com> | Other {n}" if n % 2 else "",
            ])  # fmt: skip


def cli(db: Path, *argv: str) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "ledgerpost", "--db", str(db), *argv],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return time.perf_counter() - started, done.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--profile", action="store_true", help="profile the import in-process")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "books.sqlite3"
        source = Path(folder) / "parties.csv"
        write_parties(source, args.rows)
        cli(db, "init", "--company", "Bench OÜ")
        if args.profile:
            from ledgerpost.services.imports import import_parties
            from ledgerpost.services.ledger import Ledger

            ledger = Ledger.open(str(db))
            profile = cProfile.Profile()
            profile.runcall(import_parties, ledger, source)
            pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
            return
        first, said = cli(db, "parties", "import", str(source))
        print(f"import of {args.rows:,} new parties: {first:.2f} s ({said}); "
              f"goal < {GOAL_SECONDS:.0f} s: {first / GOAL_SECONDS:.0%} of it")  # fmt: skip
        dry, said = cli(db, "parties", "import", str(source), "--dry-run")
        print(f"dry run over the same file: {dry:.2f} s ({said})")
        again, said = cli(db, "parties", "import", str(source))
        print(f"re-import, every row unchanged: {again:.2f} s ({said})")
        out = Path(folder) / "export.csv"
        export, _ = cli(db, "parties", "export", "--out", str(out))
        print(f"export of {args.rows:,} parties: {export:.2f} s")


if __name__ == "__main__":
    main()

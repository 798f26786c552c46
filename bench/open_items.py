"""Open items and ageing over the 1,000,000-document bench ledger (goal: < 200 ms each).

Uses ``ledger_scale.py``'s cached ledger (1,000,000 posted sales invoices over five years, a
third of them paid by a receipt allocated to them), built in ``--dir`` when missing (about 7
minutes on a busy 2-core machine). Times, through the services the command line and the window
call (``receivables.open_items`` and ``receivables.ageing_report``): one customer's open items
(the biggest, a typical one; at the last day and a year back), everyone's open items, the
ageing report at the last day (read from the kept open amounts), a month back and a year back
(computed in full: allocations made since are taken back out); the ageing from the kept amounts
alone at the last day and a year after it, and computed in full at the last day; then the same
two commands from a fresh process (``ledgerpost open-items --party ID --json`` and
``ledgerpost ageing --format json``) to their output. Best and median of ``--runs`` after one
warm-up, and the median CPU time of the query in this process (on a busy machine the wall time
also counts the others' turns). ``--profile NAME`` prints cProfile's top functions of the query
whose name starts with NAME. Figures only: nothing here asserts on time.

    .venv/bin/python bench/open_items.py [--runs 5] [--dir D] [--profile "ageing, a month"]
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import ledger_scale
from ledgerpost.services import receivables
from ledgerpost.services.ledger import Ledger

GOAL_MS = 200.0
LAST_DAY = ledger_scale.LAST_DAY


def _timed(run: Callable[[], Any], runs: int) -> tuple[float, float, Any, float]:
    """Best and median wall milliseconds, the result, and the median of this process's CPU
    milliseconds (what the query costs here, whatever else the machine runs meanwhile)."""
    result = run()  # the warm-up
    times, cpu = [], []
    for _ in range(runs):
        started, used = time.perf_counter(), time.process_time()
        run()
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - used) * 1000)
    return min(times), statistics.median(times), result, statistics.median(cpu)


def _line(name: str, best: float, median: float, result: str, cpu: float | None = None) -> str:
    used = f"  cpu {cpu:8.1f} ms" if cpu is not None else ""
    return (
        f"  {name:<46} best {best:8.1f} ms  median {median:8.1f} ms  "
        f"median/goal {median / GOAL_MS:5.2f}{used}  {result}"
    )


def queries(ledger: Ledger, biggest: int, typical: int) -> list[tuple[str, Callable[[], Any]]]:
    year_back = LAST_DAY - dt.timedelta(days=365)
    month_back = LAST_DAY - dt.timedelta(days=30)
    return [
        ("open items, biggest customer", lambda: receivables.open_items(
            ledger, party_id=biggest, as_of=LAST_DAY)),
        ("open items, biggest customer, a year back", lambda: receivables.open_items(
            ledger, party_id=biggest, as_of=year_back)),
        ("open items, typical customer", lambda: receivables.open_items(
            ledger, party_id=typical, as_of=LAST_DAY)),
        ("open items, everyone", lambda: receivables.open_items(ledger, as_of=LAST_DAY)),
        ("ageing, everyone", lambda: receivables.ageing_report(ledger, LAST_DAY)),
        ("ageing, a month back", lambda: receivables.ageing_report(ledger, month_back)),
        ("ageing, a year back", lambda: receivables.ageing_report(ledger, year_back)),
        ("ageing, everyone, kept amounts", lambda: receivables.kept_ageing_report(
            ledger, LAST_DAY)),
        ("ageing, everyone, kept, a year ahead", lambda: receivables.kept_ageing_report(
            ledger, LAST_DAY + dt.timedelta(days=365))),
        ("ageing, everyone, computed in full", lambda: receivables.full_ageing_report(
            ledger, LAST_DAY)),
    ]  # fmt: skip


def describe(result: Any) -> str:
    if isinstance(result, tuple):
        return f"{len(result):,} items"
    totals = ", ".join(f"{t.side.value} {t.total} {t.currency}" for t in result.totals)
    return f"{len(result.rows):,} parties; {totals}"


def command(db: str, *argv: str, runs: int) -> tuple[float, float, int]:
    """Wall seconds of a fresh ``ledgerpost`` process to its exit; the size of its output."""
    times, size = [], 0
    for _ in range(runs + 1):
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "ledgerpost", "--db", db, *argv],
            capture_output=True,
            check=True,
        )
        times.append((time.perf_counter() - started) * 1000)
        size = len(done.stdout)
    return min(times[1:]), statistics.median(times[1:]), size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument(
        "--dir", type=Path, default=Path(tempfile.gettempdir()) / "ledgerpost-bench"
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", metavar="NAME", help="cProfile the query named so")
    args = parser.parse_args(argv)
    db = ledger_scale.ensure_ledger(args.dir, 1_000_000, 3_000, 1)
    (biggest, biggest_docs), (typical, typical_docs) = ledger_scale._movers(db)
    print(f"biggest customer {biggest} ({biggest_docs:,} documents), typical {typical} "
          f"({typical_docs:,})")  # fmt: skip
    ledger = Ledger.open(db)
    try:
        for name, run in queries(ledger, biggest, typical):
            if args.profile and name.startswith(args.profile):
                run()
                profile = cProfile.Profile()
                profile.runcall(run)
                print(f"\ncProfile of '{name}':")
                pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
                continue
            best, median, result, cpu = _timed(run, args.runs)
            print(_line(name, best, median, describe(result), cpu))
    finally:
        ledger.close()
    for argv_ in (
        ("open-items", "--party", str(biggest), "--as-of", LAST_DAY.isoformat(), "--json"),
        ("ageing", "--as-of", LAST_DAY.isoformat(), "--format", "json"),
    ):
        best, median, size = command(db, *argv_, runs=args.runs)
        print(_line("ledgerpost " + " ".join(argv_[:1]), best, median, f"{size:,} bytes out"))
    print(f"(best and median of {args.runs} runs after a warm-up; median/goal above 1 misses)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

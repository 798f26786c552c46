"""Start-up: from a fresh process to a command's output, to a painted window, to its first page.

For the demo ledger and the 1,000,000-document bench ledger of ``ledger_scale.py``, prints the
wall and CPU time (best and median of ``--runs``) of ``documents list --limit 5``,
``outbox list`` and ``--help`` to their output, and of a window probe (offscreen Qt, the
steps of ``ledgerpost gui`` without the login: ledger, language, main window, shown) to the
first painted window, to the first page of documents in it and to the mail parts started
after it (the undo bar, the mailbox watch, the delivery); then ``python -X importtime``'s
ten largest entries (cumulative) for the listing command. Figures and ratios to the goals
only: nothing here asserts on time.

Run::

    .venv/bin/python bench/startup.py                      # builds what is missing
    .venv/bin/python bench/startup.py --million PATH       # a million-document ledger of yours
    .venv/bin/python bench/startup.py --no-million         # the demo ledger only

The demo ledger (40 customers, 200 invoices, as of 2026-06-30) is made in ``--dir`` (default
``ledgerpost-bench`` in the temp folder) when missing, in about 10 s. The million-document
ledger is ``ledger_scale.py``'s cached file in the same folder, built when missing: about 7
minutes on a busy 2-core machine (410 s measured), 4 on an idle one.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_COMMAND_S = 0.3
GOAL_WINDOW_S = {"demo": 1.0, "million": 1.5}
AS_OF = "2026-06-30"
COMMANDS = (("documents", "list", "--limit", "5"), ("outbox", "list"), ("--help",))

WINDOW_PROBE = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
from ledgerpost.gui.app import Rest, _speak_chosen_language, show_window
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services.ledger import Ledger
app = QApplication(sys.argv)
ledger = Ledger.open(sys.argv[1])
_speak_chosen_language(ledger)
context = AppContext(ledger, Runner())
window = show_window(context)
rest = Rest(window, smoke=True)
app.processEvents()
painted = (time.time(), time.process_time())
model = window.documents.model
while model.summary(0) is None and time.process_time() < 120:
    app.processEvents()
listed = (time.time(), time.process_time())
app.exec()  # the rest starts, then quits (as ``gui --smoke`` does)
rested = (time.time(), time.process_time())
print(*painted, *listed, *rested)
sys.stdout.flush()
rest.stop()
context.runner.wait()
os._exit(0)
"""


def _timed(argv: list[str]) -> tuple[float, float, str]:
    """Wall and CPU seconds (user + system) of one child process to its exit, and its output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout


def _window(db: str) -> tuple[float, float, float, float, float, float]:
    """Seconds from spawning the probe to the painted window, to its first page and to the rest
    started (the mail parts imported after the first page): wall, CPU."""
    started = time.time()
    done = subprocess.run([sys.executable, "-c", WINDOW_PROBE, db], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"the window probe failed:\n{done.stderr}")
    out = done.stdout.split()
    painted_at, painted_cpu, listed_at, listed_cpu, rested_at, rested_cpu = (float(x) for x in out)
    return (
        painted_at - started,
        painted_cpu,
        listed_at - started,
        listed_cpu,
        rested_at - started,
        rested_cpu,
    )


def _figure(name: str, walls: list[float], cpus: list[float], goal: float) -> str:
    best = min(walls)
    return (
        f"  {name:<34} wall best {best:5.2f} s, median {statistics.median(walls):5.2f} s; "
        f"CPU best {min(cpus):5.2f} s; goal {goal} s, ratio {best / goal:.2f}"
    )


def measure(label: str, db: str, runs: int) -> None:
    print(f"{label}: {db}")
    for command in COMMANDS:
        walls, cpus = [], []
        for _ in range(runs):
            wall, cpu, _out = _timed([sys.executable, "-m", "ledgerpost", "--db", db, *command])
            walls.append(wall)
            cpus.append(cpu)
        print(_figure(" ".join(command), walls, cpus, GOAL_COMMAND_S))
    window = [_window(db) for _ in range(runs)]
    goal = GOAL_WINDOW_S[label]
    print(_figure("window painted", [w[0] for w in window], [w[1] for w in window], goal))
    print(
        _figure(
            "window, first page of documents", [w[2] for w in window], [w[3] for w in window], goal
        )
    )
    print(
        f"  {'then the mail parts started':<34} wall best {min(w[4] for w in window):5.2f} s, "
        f"median {statistics.median([w[4] for w in window]):5.2f} s (no goal: the window is "
        "usable before)"
    )


def import_top(db: str, count: int = 10) -> None:
    """``-X importtime``'s largest entries by cumulative time for the listing command."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "ledgerpost", "--db", db, *COMMANDS[0]],
        capture_output=True,
        text=True,
        check=True,
    )
    entries = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        own, cumulative, name = line[len("import time:") :].split("|")
        entries.append((int(cumulative), int(own), name.strip()))
    entries.sort(reverse=True)
    total = sum(own for _cumulative, own, _name in entries)
    print(f"-X importtime of '{' '.join(COMMANDS[0])}': {total / 1e6:.2f} s importing in all")
    for cumulative, own, name in entries[:count]:
        print(f"  {cumulative / 1000:7.1f} ms cumulative {own / 1000:6.1f} ms own  {name}")


def demo_ledger(folder: Path) -> str:
    path = folder / "demo.sqlite3"
    if not path.exists():
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "ledgerpost",
                "--db",
                str(path),
                "demo",
                "--as-of",
                "2026-06-30",
            ],
            check=True,
            capture_output=True,
        )
        print(f"built the demo ledger {path} in {time.perf_counter() - started:.1f} s")
    return str(path)


def million_ledger(folder: Path) -> str:
    sys.path.insert(0, str(Path(__file__).parent))
    import ledger_scale  # the same cached file as its own runs; it says how long a build took

    return ledger_scale.ensure_ledger(folder, 1_000_000, 3_000, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument(
        "--dir", type=Path, default=Path(tempfile.gettempdir()) / "ledgerpost-bench"
    )
    parser.add_argument("--demo", metavar="PATH", help="the demo ledger (default: made in --dir)")
    parser.add_argument("--million", metavar="PATH", help="a million-document ledger")
    parser.add_argument("--no-million", action="store_true", help="the demo ledger only")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    args.dir.mkdir(parents=True, exist_ok=True)
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}")
    demo = args.demo or demo_ledger(args.dir)
    measure("demo", demo, args.runs)
    import_top(demo)
    if not args.no_million:
        million = args.million or million_ledger(args.dir)
        measure("million", million, args.runs)
    print("(CPU is the process's own; wall time above it is the machine's other load)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

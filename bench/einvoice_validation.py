"""E-invoice cost: building the CII XML of one invoice and validating it with the official rules.

The first invoice in a process pays for loading Saxon and compiling the stylesheets (the CEN
rules are a 740 KB XSLT); every later one is warm. Prints milliseconds for the first build +
validation of each profile in a fresh process, then the best and median of warm rounds, split
into build, schema, EN 16931 schematron and XRechnung schematron. Figures only.

Run::

    .venv/bin/python bench/einvoice_validation.py
    .venv/bin/python bench/einvoice_validation.py --rounds 50 --lines 40
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

from ledgerpost.domain.documents import Line
from ledgerpost.domain.einvoice import Profile, build_einvoice
from ledgerpost.einvoice import validation
from ledgerpost.einvoice.cii import to_cii

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.helpers (a German company and public buyer)

from tests.helpers.einvoice_parties import PUBLIC_BUYER, SELLER, posted_invoice  # noqa: E402


def lines(count: int) -> tuple[Line, ...]:
    rates = (Decimal(19), Decimal(7))
    return tuple(
        Line(f"Position {i}", Decimal(i % 5 + 1), Decimal("12.35"), rates[i % 2])
        for i in range(count)
    )


def once(profile: Profile, count: int) -> dict[str, float]:
    """One build + validation, each part timed in milliseconds."""
    started = time.perf_counter()
    invoice = build_einvoice(posted_invoice(lines=lines(count)), PUBLIC_BUYER, SELLER)
    xml = to_cii(invoice, profile)
    built = time.perf_counter()
    result = validation.validate_cii(xml, profile)
    done = time.perf_counter()
    assert result.valid, result.fatal
    return {"build": (built - started) * 1000, "validate": (done - built) * 1000}


def first(profile: str, count: int) -> None:
    """In a fresh process: the first invoice, cold."""
    started = time.perf_counter()
    spent = once(Profile(profile), count)
    total = (time.perf_counter() - started) * 1000
    print(f"{total:.0f} {spent['build']:.1f} {spent['validate']:.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--lines", type=int, default=4)
    parser.add_argument("--first", choices=[p.value for p in Profile], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.first:
        first(args.first, args.lines)
        return
    print(f"one invoice of {args.lines} lines; milliseconds")
    for profile in Profile:
        out = subprocess.run(
            [sys.executable, __file__, "--first", profile.value, "--lines", str(args.lines)],
            capture_output=True, text=True, check=True,
        ).stdout.split()  # fmt: skip
        print(
            f"{profile.value:>10} first in a process: {out[0]} (build {out[1]}, validate {out[2]})"
        )
    for profile in Profile:
        once(profile, args.lines)
        rounds = [once(profile, args.lines) for _ in range(args.rounds)]
        totals = [r["build"] + r["validate"] for r in rounds]
        builds = [r["build"] for r in rounds]
        print(
            f"{profile.value:>10} warm: best {min(totals):.1f},"
            f" median {statistics.median(totals):.1f}"
            f" (build median {statistics.median(builds):.2f})"
        )


if __name__ == "__main__":
    main()

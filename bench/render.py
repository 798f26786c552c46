"""Print copy rendering speed: one-page invoices per process and per machine, and PDF sizes.

Renders a one-page invoice (four lines, two VAT rates) with the real renderer, in each of the
six languages: milliseconds per invoice in one process (best and median of several rounds),
then invoices per second with one process per core (``multiprocessing``), then the size of
each PDF (the embedded, subset DejaVu Sans is most of it). Also times a 200-line invoice.
Figures only: nothing here asserts on time.

Run::

    .venv/bin/python bench/render.py
    .venv/bin/python bench/render.py --count 400 --processes 4
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import statistics
import sys
import time
from decimal import Decimal

from ledgerpost.documents.document_pdf import render_document
from ledgerpost.documents.fonts import register_fonts
from ledgerpost.documents.layout import Letterhead
from ledgerpost.domain.documents import Document, DocumentState, DocumentType, Line
from ledgerpost.domain.parties import LANGUAGES, Company, Party, PartyKind, PostalAddress

HEAD = Letterhead(
    Company(
        name="LedgerPost Demo OÜ",
        address=PostalAddress("Narva mnt 5", "10117", "Tallinn", "Estonia"),
        vat_number="EE100000001",
        registration_number="10000001",
        bank_account="EE38 2200 2210 2014 5685",
    )
)
NAMES = {
    "en": "Northwind Traders Ltd",
    "et": "Õunapuu Kõrts OÜ",
    "de": "Müller & Söhne GmbH",
    "ru": "ООО «Северный Ветер»",
    "ro": "Țesătoria Brașov SA",
    "ar": "شركة النور للتجارة",
}


def invoice(lines: int = 4, number: int = 17) -> Document:
    products = [
        ("Bookkeeping, monthly", "150.00", "22"),
        ("Consulting hour", "65.00", "22"),
        ("Books and publications", "18.50", "9"),
        ("Printing paper A4, box", "24.90", "22"),
    ]
    return Document(
        DocumentType.INVOICE,
        1,
        dt.date(2026, 11, 3),
        "EUR",
        tuple(
            Line(products[i % 4][0], Decimal(1 + i % 3), Decimal(products[i % 4][1]),
                 Decimal(products[i % 4][2]))
            for i in range(lines)
        ),
        state=DocumentState.POSTED,
        series="INV",
        number=number,
    )  # fmt: skip


def party(language: str) -> Party:
    return Party(
        PartyKind.CUSTOMER,
        NAMES[language],
        language,
        address=PostalAddress("Main street 1", "10001", "Capital", "Country"),
    )


def render(language: str, number: int = 17, lines: int = 4) -> bytes:
    return render_document(invoice(lines, number), party(language), HEAD)


def _worker(job: tuple[str, int]) -> int:
    language, count = job
    register_fonts()
    size = 0
    for n in range(count):
        size = len(render(language, number=n + 1))
    return size


def single_process(rounds: int, per_round: int) -> None:
    print(f"One process, one-page invoice ({per_round} per round, {rounds} rounds):")
    print(f"  {'lang':4}  {'best ms':>8}  {'median ms':>9}  {'PDF bytes':>9}")
    for language in LANGUAGES:
        render(language)  # fonts registered, caches warm
        timings = []
        for _ in range(rounds):
            start = time.perf_counter()
            for n in range(per_round):
                pdf = render(language, number=n + 1)
            timings.append((time.perf_counter() - start) * 1000 / per_round)
        best, median = min(timings), statistics.median(timings)
        print(f"  {language:4}  {best:8.1f}  {median:9.1f}  {len(pdf):9,d}")


def all_cores(count: int, processes: int) -> None:
    jobs = [(LANGUAGES[i % len(LANGUAGES)], count // processes) for i in range(processes)]
    context = multiprocessing.get_context("spawn")
    with context.Pool(processes) as pool:
        pool.map(_worker, [(lang, 2) for lang, _ in jobs])  # imports and fonts, not timed
        start = time.perf_counter()
        pool.map(_worker, jobs)
        elapsed = time.perf_counter() - start
    done = sum(n for _, n in jobs)
    print(
        f"\n{processes} processes (one per core), {done} one-page invoices, mixed languages: "
        f"{done / elapsed:.0f} invoices/s ({elapsed:.2f} s)"
    )


def long_invoice() -> None:
    start = time.perf_counter()
    pdf = render("en", lines=200)
    english = time.perf_counter() - start
    start = time.perf_counter()
    arabic_pdf = render("ar", lines=200)
    arabic = time.perf_counter() - start
    print(
        f"\n200-line invoice: en {english * 1000:.0f} ms, {len(pdf):,d} bytes; "
        f"ar {arabic * 1000:.0f} ms, {len(arabic_pdf):,d} bytes"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--per-round", type=int, default=20)
    parser.add_argument("--count", type=int, default=240, help="invoices for the all-cores run")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores\n")
    single_process(args.rounds, args.per_round)
    all_cores(args.count, args.processes)
    long_invoice()


if __name__ == "__main__":
    main()

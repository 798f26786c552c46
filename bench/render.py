"""Print copy rendering speed: one-page invoices per process and per machine, and PDF sizes.

Renders a one-page invoice (four lines, two VAT rates) with the real renderer, in each of the
six languages: milliseconds per invoice in one process (best and median of several rounds),
then invoices per second with one process per core (``multiprocessing``), then the size of
each PDF (the embedded, subset DejaVu Sans is most of it). Also times a 200-line invoice, and
the Factur-X print copy against the plain one (the CII XML made, validated by the official
rules and embedded in a PDF/A-3). Figures only: nothing here asserts on time.

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


FX_COMPANY = Company(
    name="LedgerPost Demo OÜ",
    address=PostalAddress("Narva mnt 5", "10117", "Tallinn", "Estonia", "EE"),
    vat_number="EE100000001",
    registration_number="10000001",
    bank_account="EE38 2200 2210 2014 5685",
    sender_address="billing@example.com",
)
FX_PARTY = Party(
    PartyKind.CUSTOMER,
    "Müller & Söhne GmbH",
    "de",
    vat_number="DE987654321",
    address=PostalAddress("Hauptstraße 1", "10115", "Berlin", "Deutschland", "DE"),
)


def factur_x(rounds: int, per_round: int) -> None:
    """Plain print copy vs Factur-X: render (with the output intent), CII, rules, embedding."""
    from ledgerpost.domain.einvoice import build_einvoice
    from ledgerpost.einvoice.cii import to_cii
    from ledgerpost.einvoice.facturx import PdfInfo, embed
    from ledgerpost.einvoice.validation import validate_cii, warm_up
    from ledgerpost.services.einvoice_copies import facturx_attachment as archive

    head = Letterhead(FX_COMPANY)
    info = PdfInfo("Rechnung INV-17", FX_COMPANY.name, "Rechnung INV-17", "de")
    warm_up()

    def plain(n: int) -> bytes:
        return render_document(invoice(4, n), FX_PARTY, head)

    def parts(n: int) -> tuple[float, float, float]:
        """The Factur-X print copy as LedgerPost makes it: CII, rules, one rendering pass."""
        document = invoice(4, n)
        t0 = time.perf_counter()
        xml = to_cii(build_einvoice(document, FX_PARTY, FX_COMPANY))
        t1 = time.perf_counter()
        assert validate_cii(xml).valid
        t2 = time.perf_counter()
        render_document(document, FX_PARTY, head, archival=True, archive=archive(xml, info))
        t3 = time.perf_counter()
        return t1 - t0, t2 - t1, t3 - t2

    def library(n: int) -> float:
        """The factur-x library's embedding into a rendered PDF (a second pass), for scale."""
        pdf = render_document(invoice(4, n), FX_PARTY, head, archival=True)
        start = time.perf_counter()
        embed(pdf, to_cii(build_einvoice(invoice(4, n), FX_PARTY, FX_COMPANY)), info)
        return time.perf_counter() - start

    plain(1), parts(1), library(1)  # imports, fonts, compiled rules: not timed
    plain_ms, fx_ms, split, library_ms = [], [], [], []
    for _ in range(rounds):
        start = time.perf_counter()
        for n in range(per_round):
            plain(n + 1)
        plain_ms.append((time.perf_counter() - start) * 1000 / per_round)
        found = [parts(n + 1) for n in range(per_round)]
        fx_ms.append(sum(sum(f) for f in found) * 1000 / per_round)
        split.append([sum(f[i] for f in found) * 1000 / per_round for i in range(3)])
        library_ms.append(sum(library(n + 1) for n in range(per_round)) * 1000 / per_round)
    best_plain, best_fx = min(plain_ms), min(fx_ms)
    cii_ms, rules_ms, render_ms = (statistics.median(s[i] for s in split) for i in range(3))
    xml = to_cii(build_einvoice(invoice(), FX_PARTY, FX_COMPANY))
    size = len(
        render_document(invoice(), FX_PARTY, head, archival=True, archive=archive(xml, info))
    )
    print(
        f"\nFactur-X print copy vs plain (de, one page, best of {rounds}x{per_round}): "
        f"plain {best_plain:.1f} ms, Factur-X {best_fx:.1f} ms = {best_fx / best_plain:.2f}x\n"
        f"  median parts: CII {cii_ms:.1f} ms, official rules {rules_ms:.1f} ms, rendering with "
        f"the XML and XMP {render_ms:.1f} ms; {size:,d} bytes\n"
        f"  (the factur-x library's own embedding, a second pass: +{min(library_ms):.1f} ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--per-round", type=int, default=20)
    parser.add_argument("--count", type=int, default=240, help="invoices for the all-cores run")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--facturx-only", action="store_true", help="only the Factur-X row")
    args = parser.parse_args()
    if args.facturx_only:
        factur_x(args.rounds, args.per_round)
        return
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores\n")
    single_process(args.rounds, args.per_round)
    all_cores(args.count, args.processes)
    long_invoice()
    factur_x(args.rounds, args.per_round)


if __name__ == "__main__":
    main()

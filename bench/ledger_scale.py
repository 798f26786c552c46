"""Ledger scale: how the document lists, ranges and statements hold up at a million invoices.

Builds (once, cached) a SQLite ledger through the real schema with 1,000,000 posted sales
invoices (numbers 1..N of series INV in date order over five years, 1-3 lines each) with their
journal entries and receipts for about a third of them, then times, through the real service
``Ledger`` (the code path of the GUI and the CLI): the newest 100 documents, the newest 100
invoices, a month's documents (count and first page), a number range, counts over a date
range, one customer's statement over a year, open items (one customer, now and a year back;
everyone), the ageing report, the overdue invoices (first page, count), and opening the ledger.
Each receipt is allocated to the invoice it pays, as ``receipt add --allocate`` writes it. Each
query is run five times; the table gives the best and the median wall time against the goal of
200 ms, then the ``EXPLAIN QUERY PLAN`` of every SQL statement the query ran, so a reader sees
which index serves it. Figures and ratios only: nothing here asserts on time.

Run::

    .venv/bin/python bench/ledger_scale.py                # 1,000,000 invoices
    .venv/bin/python bench/ledger_scale.py --quick        # 100,000 invoices
    .venv/bin/python bench/ledger_scale.py --invoices 250000 --dir /var/tmp/lp --check
    .venv/bin/python bench/ledger_scale.py --quick --postgres    # the same on PostgreSQL
    .venv/bin/python bench/ledger_scale.py --quick --db-url postgresql+psycopg://u@host/db

The ledger file is kept in ``--dir`` (default: ``ledgerpost-bench`` in the temp folder) and
reused when its invoice count matches. ``--postgres`` builds it instead in a throwaway
PostgreSQL server started from the Debian package on loopback (as the tests do, with fsync and
synchronous commit on), ``--db-url`` in a database of yours (empty, or built by an earlier run
with the same counts, which is then reused). On PostgreSQL the plans are ``EXPLAIN``'s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import re
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, func, insert, select, update

from ledgerpost.domain.allocation import PaidState
from ledgerpost.domain.documents import (
    Document,
    DocumentState,
    DocumentType,
    Line,
    PaymentMethod,
    fingerprint,
)
from ledgerpost.domain.journal import entry_for
from ledgerpost.domain.listing import DocumentFilter, PaidFilter
from ledgerpost.domain.parties import (
    LANGUAGES,
    AddressRole,
    Company,
    EmailAddress,
    Party,
    PartyKind,
    PostalAddress,
)
from ledgerpost.services import receivables
from ledgerpost.services.demo.names import PEOPLE, PRODUCTS
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import numbering_repository as numbering_repo
from ledgerpost.storage import party_repository as party_repo
from ledgerpost.storage.database import open_database, resolve_url, safe_url, sqlite_path
from ledgerpost.storage.ledger_copy import reset_sequences
from ledgerpost.storage.models import (
    AllocationRow,
    DocumentRow,
    EntryLineRow,
    EntryRow,
    LineRow,
    PartyRow,
    SeriesRow,
)
from ledgerpost.storage.types import to_minor

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.helpers (the throwaway PostgreSQL server)
from tests.helpers.postgres import PostgresServer  # noqa: E402

GOAL_MS = 200.0
RUNS = 5
CURRENCY = "EUR"
FIRST_DAY = dt.date(2021, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)
CHUNK = 50_000
"""Documents per write transaction while building."""

RECEIPT_SHARE = 0.35
"""Share of invoices paid by a receipt 3-40 days later (when that is still in the books)."""

COMPANY = Company(
    name="Scale Test OÜ",
    currency=CURRENCY,
    address=PostalAddress("Narva mnt 5", "10117", "Tallinn", "Estonia"),
    sender_address="billing@example.com",
)


# --- building -----------------------------------------------------------------------------


@dataclass
class Batch:
    """Rows for one write transaction, exactly as the service would have written them."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)
    entries: list[dict[str, Any]] = field(default_factory=list)
    entry_lines: list[dict[str, Any]] = field(default_factory=list)
    allocations: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Builder:
    """Turns posted domain documents into rows and writes them in large transactions."""

    ledger: Ledger
    next_id: int
    numbers: dict[str, int]
    batch: Batch = field(default_factory=Batch)

    def add(
        self, doc: Document, party_kind: PartyKind, stamp: dt.datetime, allocated: int = 0
    ) -> None:
        totals = doc.totals
        self.batch.documents.append(
            {
                "id": doc.id,
                "type": doc.type.value,
                "state": doc.state.value,
                "series": doc.series,
                "number": doc.number,
                "date": doc.date,
                "due_date": doc.due_date,
                "party_id": doc.party_id,
                "party_name": doc.party_name,
                "contact_id": doc.contact_id,
                "currency": doc.currency,
                "reference": doc.reference,
                "notes": doc.notes,
                "recipients": doc.recipients,
                "reply_to": doc.reply_to,
                "credited_document_id": doc.credited_document_id,
                "letter_subject": None,
                "letter_body": None,
                "letter_greeting": None,
                "letter_signer": None,
                "net_minor": to_minor(totals.net, doc.currency),
                "vat_minor": to_minor(totals.vat, doc.currency),
                "gross_minor": to_minor(totals.gross, doc.currency),
                "allocated_minor": allocated,
                "method": doc.method.value if doc.method else None,
                "fingerprint": fingerprint(doc),
                "created_at": stamp,
                "posted_at": stamp,
            }
        )
        self.batch.lines.extend(
            {
                "document_id": doc.id,
                "position": i,
                "description": x.description,
                "quantity": x.quantity,
                "unit_price": x.unit_price,
                "vat_rate": x.vat_rate,
            }
            for i, x in enumerate(doc.lines)
        )
        entry = entry_for(doc, party_kind)
        if entry is not None:
            # Entries are numbered like documents: one per document, in posting order.
            self.batch.entries.append(
                {
                    "id": doc.id,
                    "date": entry.date,
                    "description": entry.description[:300],
                    "document_id": doc.id,
                    "currency": doc.currency,
                    "created_at": stamp,
                }
            )
            self.batch.entry_lines.extend(
                {
                    "entry_id": doc.id,
                    "account": x.account,
                    "party_id": x.party_id,
                    "debit_minor": to_minor(x.debit, doc.currency),
                    "credit_minor": to_minor(x.credit, doc.currency),
                }
                for x in entry.lines
            )
        if len(self.batch.documents) >= CHUNK:
            self.flush()

    def add_receipt(self, receipt: Document, stamp: dt.datetime) -> None:
        """Number a receipt (its ``id`` names the invoice it pays) and allocate it to it, as a
        receipt entered with ``--allocate INV-n`` is."""
        self.numbers["REC"] += 1
        numbered = Document(
            receipt.type,
            receipt.party_id,
            receipt.date,
            receipt.currency,
            receipt.lines,
            party_name=receipt.party_name,
            state=receipt.state,
            series=receipt.series,
            number=self.numbers["REC"],
            reference=receipt.reference,
            method=receipt.method,
            id=self.next_id,
        )
        self.next_id += 1
        gross = to_minor(numbered.totals.gross, CURRENCY)
        self.batch.allocations.append(
            {
                "source_id": numbered.id,
                "target_id": receipt.id,
                "amount_minor": gross,
                "currency": CURRENCY,
                "date": numbered.date,
                "created_at": stamp,
            }
        )
        self.add(numbered, PartyKind.CUSTOMER, stamp, gross)

    def flush(self) -> None:
        batch, self.batch = self.batch, Batch()
        if not batch.documents:
            return
        with self.ledger.db.write() as s:
            connection = s.connection()
            if self.ledger.db.dialect == "sqlite":
                connection.exec_driver_sql("PRAGMA cache_size=-262144")  # this build only
            for model, rows in (
                (DocumentRow, batch.documents),
                (LineRow, batch.lines),
                (EntryRow, batch.entries),
                (EntryLineRow, batch.entry_lines),
                (AllocationRow, batch.allocations),
            ):
                if rows:
                    connection.execute(insert(model), rows)
            for series, last in self.numbers.items():
                connection.execute(
                    update(SeriesRow).where(SeriesRow.code == series).values(next_number=last + 1)
                )


def _customers(ledger: Ledger, count: int, rng: random.Random) -> list[Party]:
    with ledger.db.write() as s:
        parties = []
        for i in range(count):
            language = LANGUAGES[i % len(LANGUAGES)]
            given, family, local = rng.choice(PEOPLE[language])
            party = Party(
                PartyKind.CUSTOMER,
                f"{given} {family}",
                language,
                code=f"C{i + 1:05d}",
                emails=(EmailAddress(f"{local}.{i + 1}@example.com", AddressRole.BILLING),),
            )
            parties.append(party_repo.add_party(s, party))
        return parties


def _lines(rng: random.Random) -> tuple[Line, ...]:
    return tuple(
        Line(description, Decimal(rng.choice((1, 1, 2, 3, 5, 10))), Decimal(price), Decimal(rate))
        for description, price, rate in rng.sample(PRODUCTS, rng.randint(1, 3))
    )


def build(db: str, invoices: int, customers: int, seed: int) -> None:
    """A fresh ledger at ``db``: company, customers, invoices, journal and receipts."""
    rng = random.Random(seed)
    ledger = Ledger(open_database(db))
    try:
        ledger.create_company(COMPANY)
        parties = _customers(ledger, customers, rng)
        # A few big customers and a long tail, as real books have.
        cumulative = list(itertools.accumulate(1 / (rank + 10) for rank in range(len(parties))))
        with ledger.db.read() as s:
            next_id = (s.scalar(select(func.max(DocumentRow.id))) or 0) + 1
        numbers = {"INV": 0, "REC": 0}
        builder = Builder(ledger, next_id, numbers)
        span = (LAST_DAY - FIRST_DAY).days + 1
        per_day = [0] * span
        for _ in range(invoices):
            per_day[rng.randrange(span)] += 1
        receipts_due: dict[dt.date, list[Document]] = defaultdict(list)
        started = time.perf_counter()
        for offset, count in enumerate(per_day):
            day = FIRST_DAY + dt.timedelta(days=offset)
            stamp = dt.datetime.combine(day, dt.time(9))
            for party in rng.choices(parties, cum_weights=cumulative, k=count):
                assert party.id is not None
                numbers["INV"] += 1
                invoice = Document(
                    DocumentType.INVOICE,
                    party.id,
                    day,
                    CURRENCY,
                    _lines(rng),
                    party_name=party.name,
                    state=DocumentState.POSTED,
                    series="INV",
                    number=numbers["INV"],
                    due_date=day + dt.timedelta(days=COMPANY.payment_terms_days),
                    id=builder.next_id,
                )
                builder.next_id += 1
                paid = None
                if rng.random() < RECEIPT_SHARE:
                    paid = day + dt.timedelta(days=rng.randint(3, 40))
                settled = paid is not None and paid <= LAST_DAY
                gross = to_minor(invoice.totals.gross, CURRENCY)
                builder.add(invoice, PartyKind.CUSTOMER, stamp, gross if settled else 0)
                if settled and paid is not None:
                    line = Line(
                        f"Payment for {invoice.display_number}",
                        Decimal(1),
                        invoice.totals.gross,
                        Decimal(0),
                    )
                    receipts_due[paid].append(
                        Document(
                            DocumentType.RECEIPT,
                            party.id,
                            paid,
                            CURRENCY,
                            (line,),
                            party_name=party.name,
                            state=DocumentState.POSTED,
                            series="REC",
                            reference=invoice.display_number,
                            method=PaymentMethod.BANK,
                            id=invoice.id,  # the invoice it settles, until numbered
                        )
                    )
            for receipt in receipts_due.pop(day, []):
                builder.add_receipt(receipt, stamp + dt.timedelta(hours=8))
            if offset % 365 == 364:
                done = numbers["INV"]
                rate = done / (time.perf_counter() - started)
                print(f"  {day}: {done:,} invoices written ({rate:,.0f}/s)", flush=True)
        builder.flush()
        if ledger.db.dialect == "sqlite":
            with ledger.db.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            # Ids were given explicitly: the sequences continue after them. Statistics as
            # autovacuum would gather them on a server that has been running a while.
            with ledger.db.engine.begin() as connection:
                reset_sequences(connection)
            with ledger.db.engine.connect() as connection:
                connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                    "VACUUM ANALYZE"
                )
    finally:
        ledger.close()


def invoice_count(db: str) -> int | None:
    """Invoices in the ledger at ``db`` when it is complete, else None."""
    path = sqlite_path(resolve_url(db))
    if path is not None and not path.exists():
        return None
    ledger = Ledger.open(db)
    try:
        with ledger.db.read() as s:
            count = s.scalar(
                select(func.count(DocumentRow.id)).where(DocumentRow.type == "invoice")
            )
            issued = numbering_repo.issued_numbers(s).get("INV")
    except Exception:
        return None
    finally:
        ledger.close()
    return count if count == issued else None


def ensure_server_ledger(url: str, invoices: int, customers: int, seed: int) -> str:
    """The ledger in the database ``url``: reused when built with these counts, else built
    when the database is empty."""
    if invoice_count(url) == invoices:
        print(f"reusing {safe_url(url)} ({invoices:,} invoices)")
        return url
    ledger = Ledger.open(url)
    try:
        if ledger.company() is not None:
            raise SystemExit(f"{safe_url(url)} holds another ledger; name an empty database")
    finally:
        ledger.close()
    print(f"building {safe_url(url)}: {invoices:,} invoices, {customers:,} customers")
    started = time.perf_counter()
    build(url, invoices, customers, seed)
    print(f"build time: {time.perf_counter() - started:.1f} s")
    return url


def ensure_ledger(folder: Path, invoices: int, customers: int, seed: int) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"ledger-{invoices}-{customers}-{seed}.sqlite3"
    reusable = invoice_count(str(path)) == invoices
    # Opening a cached file at an older schema upgrades it, and the app first copies it aside
    # (as it should for a user's books); here the copy is only a second gigabyte in temp.
    for copy in folder.glob(path.name + ".before-upgrade-*"):
        print(f"removing the pre-upgrade copy {copy.name}")
        copy.unlink()
    if reusable:
        print(f"reusing {path} ({invoices:,} invoices)")
        return str(path)
    for stale in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)
    print(
        f"building {path}: {invoices:,} invoices, {customers:,} customers.\n"
        "  Rows are computed with ledgerpost.domain (totals, fingerprint, journal entry) and\n"
        "  inserted in bulk with SQLAlchemy Core, 50,000 documents per transaction: posting\n"
        "  them one by one through Ledger.post (about 13 ms each here) would take hours.\n"
        "  --check runs Ledger.check() over the result."
    )
    started = time.perf_counter()
    build(str(path), invoices, customers, seed)
    print(f"build time: {time.perf_counter() - started:.1f} s")
    return str(path)


# --- measuring ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Figure:
    query: str
    best_ms: float
    median_ms: float
    result: str
    statements: tuple[tuple[str, Any], ...]


@contextmanager
def captured_sql() -> Iterator[list[tuple[str, Any]]]:
    """Every statement any engine sends while the block runs, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def on_execute(
        _conn: Any, _cursor: Any, statement: str, parameters: Any, _ctx: Any, _many: bool
    ) -> None:
        seen.append((statement, parameters))

    event.listen(Engine, "before_cursor_execute", on_execute)
    try:
        yield seen
    finally:
        event.remove(Engine, "before_cursor_execute", on_execute)


def measure(name: str, run: Callable[[], Any], describe: Callable[[Any], str]) -> Figure:
    with captured_sql() as seen:
        result = run()  # also the warm-up
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    selects = []
    for statement, parameters in seen:
        query = statement.lstrip().upper().startswith(("SELECT", "WITH"))
        if query and (statement, parameters) not in selects:
            selects.append((statement, parameters))
    return Figure(name, min(times), statistics.median(times), describe(result), tuple(selects))


def _short(sql: str) -> str:
    flat = re.sub(r"\s+", " ", sql).strip()
    return re.sub(r"^SELECT (.{60,}?) FROM ", "SELECT ... FROM ", flat)


def print_plans(ledger: Ledger, figures: list[Figure]) -> None:
    sqlite = ledger.db.dialect == "sqlite"
    explain = "EXPLAIN QUERY PLAN" if sqlite else "EXPLAIN"
    print(f"\nQuery plans ({explain} of each SELECT the service ran):")
    with ledger.db.engine.connect() as connection:
        for figure in figures:
            print(f"\n[{figure.query}]")
            for statement, parameters in figure.statements:
                print(f"  {_short(statement)}")
                print(f"    params: {parameters}")
                if not sqlite:
                    for (line,) in connection.exec_driver_sql(f"{explain} {statement}", parameters):
                        print(f"    {line}")
                    continue
                plan = connection.exec_driver_sql(
                    "EXPLAIN QUERY PLAN " + statement, parameters
                ).all()
                depth: dict[int, int] = {0: 0}
                for node, parent, _unused, detail in plan:
                    depth[node] = depth.get(parent, 0) + 1
                    print(f"    {'  ' * (depth[node] - 1)}{detail}")


def _movers(db: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """(party id, documents) of the customer with the most documents and of a middle one."""
    ledger = Ledger.open(db)
    try:
        with ledger.db.read() as s:
            by_size = s.execute(
                select(DocumentRow.party_id, func.count(DocumentRow.id).label("n"))
                .group_by(DocumentRow.party_id)
                .order_by(func.count(DocumentRow.id).desc(), DocumentRow.party_id)
            ).all()
    finally:
        ledger.close()
    middle = by_size[len(by_size) // 2]
    return (by_size[0].party_id, by_size[0].n), (middle.party_id, middle.n)


def run_queries(db: str, invoices: int) -> tuple[list[Figure], Ledger]:
    (biggest, biggest_docs), (typical, typical_docs) = _movers(db)
    ledger = Ledger.open(db)
    month = (dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    year = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    low = max(1, invoices // 2)
    numbers = (low, min(invoices, low + 99))
    invoice = DocumentType.INVOICE

    def rows(result: list[Any]) -> str:
        return f"{len(result)} rows"

    def lines(of: int) -> Callable[[Any], str]:
        return lambda result: f"{len(result.lines)} lines ({of:,} documents in all)"

    figures = [
        measure(
            "newest 100 documents",
            lambda: ledger.documents(DocumentFilter(), limit=100),
            rows,
        ),
        measure(
            "newest 100 invoices",
            lambda: ledger.documents(DocumentFilter(type=invoice), limit=100),
            rows,
        ),
        measure(
            "month 2024-03: count",
            lambda: ledger.count_documents(DocumentFilter(dates=month)),
            str,
        ),
        measure(
            "month 2024-03: first 100",
            lambda: ledger.documents(DocumentFilter(dates=month), limit=100),
            rows,
        ),
        measure(
            "month 2024-03 invoices: first 100",
            lambda: ledger.documents(DocumentFilter(type=invoice, dates=month), limit=100),
            rows,
        ),
        measure(
            f"invoices {numbers[0]}-{numbers[1]}",
            lambda: ledger.documents(DocumentFilter(type=invoice, numbers=numbers), limit=100),
            rows,
        ),
        measure(
            "year 2024: count",
            lambda: ledger.count_documents(DocumentFilter(dates=year)),
            str,
        ),
        measure(
            "year 2024 invoices: count",
            lambda: ledger.count_documents(DocumentFilter(type=invoice, dates=year)),
            str,
        ),
        measure(
            "one customer: newest 100",
            lambda: ledger.documents(DocumentFilter(party_id=biggest), limit=100),
            rows,
        ),
        measure(
            "statement 2024, biggest customer",
            lambda: ledger.statement(biggest, *year),
            lines(biggest_docs),
        ),
        measure(
            "statement 2024, typical customer",
            lambda: ledger.statement(typical, *year),
            lines(typical_docs),
        ),
        measure(
            "open items, biggest customer",
            lambda: receivables.open_items(ledger, party_id=biggest, as_of=LAST_DAY),
            rows,
        ),
        measure(
            "open items, biggest customer, a year back",
            lambda: receivables.open_items(ledger, party_id=biggest, as_of=year[1]),
            rows,
        ),
        measure(
            "open items, everyone",
            lambda: receivables.open_items(ledger, as_of=LAST_DAY),
            rows,
        ),
        measure(
            "ageing, everyone",
            lambda: receivables.ageing_report(ledger, LAST_DAY),
            lambda found: f"{len(found.rows)} parties",
        ),
        measure(
            "overdue invoices: first 100",
            lambda: ledger.documents(
                DocumentFilter(paid=PaidFilter(PaidState.OVERDUE, LAST_DAY, 14)), limit=100
            ),
            rows,
        ),
        measure(
            "overdue invoices: count",
            lambda: ledger.count_documents(
                DocumentFilter(paid=PaidFilter(PaidState.OVERDUE, LAST_DAY, 14))
            ),
            str,
        ),
        measure("open the ledger", lambda: Ledger.open(db).close(), lambda _: "-"),
    ]
    return figures, ledger


def print_table(figures: list[Figure]) -> None:
    width = max(len(f.query) for f in figures)
    print(
        f"\n{'query':<{width}}  {'best ms':>8}  {'median ms':>9}  {'goal ms':>7}  "
        f"{'median/goal':>11}  result"
    )
    for f in figures:
        print(
            f"{f.query:<{width}}  {f.best_ms:8.1f}  {f.median_ms:9.1f}  {GOAL_MS:7.0f}  "
            f"{f.median_ms / GOAL_MS:11.2f}  {f.result}"
        )


def print_sizes(db: str) -> None:
    ledger = Ledger.open(db)
    try:
        with ledger.db.read() as s:
            counts = {
                name: s.scalar(select(func.count()).select_from(model))
                for name, model in (
                    ("parties", PartyRow),
                    ("documents", DocumentRow),
                    ("document lines", LineRow),
                    ("journal entries", EntryRow),
                    ("journal lines", EntryLineRow),
                )
            }
            server_size = (
                None
                if ledger.db.dialect == "sqlite"
                else s.scalar(select(func.pg_database_size(func.current_database())))
            )
    finally:
        ledger.close()
    print("rows: " + ", ".join(f"{n:,} {name}" for name, n in counts.items()))
    if server_size is not None:
        print(f"database size: {server_size / 1e6:.1f} MB ({safe_url(db)})")
        return
    path = Path(db)
    size = sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists())
    print(f"file size: {size / 1e6:.1f} MB ({path})")


def check(db: str) -> None:
    """Run the ledger's own invariant list over the bulk-built books."""
    ledger = Ledger.open(db)
    try:
        started = time.perf_counter()
        problems = ledger.check()
        took = time.perf_counter() - started
    finally:
        ledger.close()
    print(f"Ledger.check(): {len(problems)} problems in {took:.1f} s")
    for problem in problems[:10]:
        print(f"  {problem}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--invoices", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="100,000 invoices")
    parser.add_argument("--customers", type=int, default=3_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "ledgerpost-bench",
        help="where the ledger file is kept and reused",
    )
    parser.add_argument("--check", action="store_true", help="run Ledger.check() on the file")
    server = parser.add_mutually_exclusive_group()
    server.add_argument(
        "--postgres", action="store_true", help="on a throwaway PostgreSQL server on loopback"
    )
    server.add_argument("--db-url", metavar="URL", help="on this PostgreSQL database")
    args = parser.parse_args(argv)
    invoices = 100_000 if args.quick else args.invoices
    throwaway = PostgresServer.start(durable=True) if args.postgres else None
    try:
        return _run(args, invoices, throwaway)
    finally:
        if throwaway is not None:
            throwaway.stop()


def _run(args: argparse.Namespace, invoices: int, throwaway: PostgresServer | None) -> int:
    url = throwaway.create_database("bench") if throwaway is not None else args.db_url
    if url is None:
        print(f"SQLite {__import__('sqlite3').sqlite_version}, Python {sys.version.split()[0]}")
        path = ensure_ledger(args.dir, invoices, args.customers, args.seed)
    else:
        ledger = Ledger.open(url)
        with ledger.db.read() as s:
            version = s.scalar(select(func.version()))
        ledger.close()
        print(f"{version}\nPython {sys.version.split()[0]}, psycopg, over TCP on {safe_url(url)}")
        path = ensure_server_ledger(url, invoices, args.customers, args.seed)
    print_sizes(path)
    if args.check:
        check(path)
    figures, ledger = run_queries(path, invoices)
    try:
        print_table(figures)
        print(f"(best and median of {RUNS} runs after one warm-up; median/goal above 1 misses)")
        print_plans(ledger, figures)
    finally:
        ledger.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The open amounts kept per party and due day (migration 0026): after every step of random
books (invoices with and without a due date, fees, purchases, receipts and payments allocated
or on account, reversals, credit notes) the kept amounts are what the documents sum to, and
the ageing read from them is the ageing computed in full, on any day from the last change on;
the ledger check names a party whose journal or kept amounts disagree; the migration builds
them from existing books and goes back down."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from ledgerpost.domain import accounts
from ledgerpost.domain.allocation import AllocationRequest
from ledgerpost.domain.books import ManualLine
from ledgerpost.domain.documents import Document, DocumentType, Letter, Line
from ledgerpost.domain.parties import Party, PartyKind
from ledgerpost.services import books, payments, receivables
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.payments import Voucher
from ledgerpost.storage import open_amount_repository as kept_repo
from ledgerpost.storage.database import make_engine, resolve_url
from ledgerpost.storage.migrations import upgrade
from tests.helpers.backends import BOTH_BACKENDS
from tests.integration.test_migrations import downgrade
from tests.integration.test_open_items_index import _books

START = dt.date(2026, 1, 5)


def _day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def _kept_agrees(ledger: Ledger) -> None:
    """The kept amounts are the documents' sums; from the last change on, the kept ageing is
    the full one (and the report chooses it); before it, the report is the full one."""
    with ledger.db.read() as s:
        assert kept_repo.kept_balances(s) == kept_repo.summed_balances(s)
        assert kept_repo.kept_due_amounts(s) == kept_repo.summed_due_amounts(s)
        latest = kept_repo.latest_change(s)
    assert latest is not None
    for later in (0, 1, 13, 30, 31, 59, 60, 61, 89, 90, 91, 120, 400):
        day = latest + dt.timedelta(days=later)
        full = receivables.full_ageing_report(ledger, day)
        assert receivables.kept_ageing_report(ledger, day) == full, day
        assert receivables.ageing_report(ledger, day) == full, day
    earlier = latest - dt.timedelta(days=40)
    assert receivables.ageing_report(ledger, earlier) == receivables.full_ageing_report(
        ledger, earlier
    )


def _random_books(ledger: Ledger, rng: random.Random, steps: int) -> None:
    customers = [
        ledger.add_party(Party(PartyKind.CUSTOMER, name, "et"))
        for name in ("Kadri Kuusk", "Lars Lind")
    ]
    supplier = ledger.add_party(Party(PartyKind.SUPPLIER, "Lõuna Kivi OÜ", "et"))
    posted: list[Document] = []
    allocations: list[int] = []

    def amount() -> Decimal:
        return Decimal(rng.randint(1, 60000)) / 100

    for _step in range(steps):
        on = _day(rng.randint(0, 200))
        party = rng.choice(customers)
        action = rng.choice(
            ["invoice", "invoice", "fee", "purchase", "receipt", "payment", "reverse", "credit"]
        )
        if action in ("invoice", "fee", "purchase"):
            due = None if rng.random() < 0.4 else on + dt.timedelta(rng.randint(0, 60))
            doc_type = {
                "invoice": DocumentType.INVOICE,
                "fee": DocumentType.REMINDER,
                "purchase": DocumentType.PURCHASE_INVOICE,
            }[action]
            who = supplier if action == "purchase" else party
            rate = Decimal(0) if action == "fee" else Decimal(22)
            result = ledger.save_and_post(
                Document(
                    doc_type,
                    who.id or 0,
                    on,
                    "EUR",
                    (Line("work", Decimal(1), amount(), rate),),
                    due_date=due,
                    letter=Letter("Reminder", "Please pay.") if action == "fee" else None,
                )
            )
            assert result.posted
            posted.append(result.document)
        elif action in ("receipt", "payment"):
            who = supplier if action == "payment" else party
            voucher_type = DocumentType.PAYMENT if action == "payment" else DocumentType.RECEIPT
            allocate: tuple[AllocationRequest, ...] | None = rng.choice([None, ()])
            voucher = Voucher(voucher_type, who.id or 0, on, amount(), allocate=allocate)
            result_ = payments.record(ledger, voucher)
            if result_.done:
                allocations += [a.id for a in result_.allocations if a.id is not None]
        elif action == "reverse" and allocations:
            undone = allocations.pop(rng.randrange(len(allocations)))
            payments.reverse(ledger, undone, on=on + dt.timedelta(rng.randint(0, 40)))
        elif action == "credit":
            invoices = [d for d in posted if d.type is DocumentType.INVOICE]
            if invoices:
                invoice = rng.choice(invoices)
                note = ledger.credit_note_for(
                    invoice.id or 0, on=invoice.date + dt.timedelta(rng.randint(0, 30))
                )
                ledger.post(note.id or 0)
        if rng.random() < 0.3:
            _kept_agrees(ledger)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_books_keep_their_open_amounts_and_ageing(ledger: Ledger, seed: int) -> None:
    rng = random.Random(seed)
    terms = rng.choice([0, 14, 30])
    ledger.update_company(replace(ledger.require_company(), payment_terms_days=terms))
    _random_books(ledger, rng, 45)
    _kept_agrees(ledger)
    assert ledger.check() == []


@BOTH_BACKENDS
def test_the_kept_ageing_is_the_full_one_on_both_backends(ledger: Ledger) -> None:
    _books(ledger)
    _kept_agrees(ledger)
    assert ledger.check() == []


def test_a_party_on_the_receivables_in_a_manual_entry_is_reported(ledger: Ledger) -> None:
    _books(ledger)
    anna = next(p for p in ledger.parties(PartyKind.CUSTOMER) if p.name == "Anna Kask")
    lines = (
        ManualLine(accounts.RECEIVABLES, Decimal("25.00"), Decimal(0), party_id=anna.id),
        ManualLine(accounts.SALES, Decimal(0), Decimal("25.00")),
    )
    assert books.add_entry(ledger, _day(200), lines, "by hand", post=True).entry is not None
    problems = ledger.check()
    assert [p.code for p in problems] == ["open-receivable-journal"]
    (problem,) = problems
    values = dict(problem.params)
    open_items = receivables.open_items(ledger, party_id=anna.id, as_of=_day(400))
    owed = sum((i.open for i in open_items), Decimal(0))
    assert values["party"] == "Anna Kask" and values["open"] == owed
    assert values["journal"] == owed + Decimal("25.00") and values["currency"] == "EUR"
    assert "Anna Kask" in str(problem) and f"{owed + Decimal('25.00')}" in str(problem)


def test_a_tampered_kept_amount_is_reported(ledger: Ledger, ledger_path: Path) -> None:
    _books(ledger)
    jorg = next(p for p in ledger.parties(PartyKind.CUSTOMER) if p.name == "Jörg Müller")
    oldest = (
        "WHERE party_id = ? AND due_on = (SELECT MIN(due_on) FROM open_amount WHERE party_id = ?)"
    )
    with sqlite3.connect(ledger_path) as db:
        db.execute(f"UPDATE open_amount SET open_minor = open_minor + 100 {oldest}", (jorg.id,) * 2)
    problems = ledger.check()
    assert [p.code for p in problems] == ["open-kept"]
    values = dict(problems[0].params)
    assert values["party"] == "Jörg Müller"
    assert values["kept"] == values["summed"] + Decimal("1.00")
    with sqlite3.connect(ledger_path) as db:
        db.execute(f"UPDATE open_amount SET open_minor = open_minor - 100 {oldest}", (jorg.id,) * 2)
        db.execute("UPDATE open_balance SET items = items + 1 WHERE party_id = ?", (jorg.id,))
    problems = ledger.check()
    assert [(p.code, dict(p.params)["party"]) for p in problems] == [("open-kept", "Jörg Müller")]


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
        return {name for (name,) in rows}


def test_the_migration_builds_the_kept_amounts_and_goes_back(
    ledger: Ledger, ledger_path: Path
) -> None:
    _books(ledger)
    with ledger.db.read() as s:
        before = kept_repo.kept_balances(s), kept_repo.kept_due_amounts(s)
    expected = receivables.full_ageing_report(ledger, _day(400))
    ledger.close()
    assert {"open_balance", "open_amount", "open_amount_insert"} <= _tables(ledger_path)
    downgrade(ledger_path, "0024")
    assert not {n for n in _tables(ledger_path) if n.startswith("open_")}
    engine = make_engine(resolve_url(str(ledger_path)))
    upgrade(engine)
    engine.dispose()
    reopened = Ledger.open(str(ledger_path))
    try:
        with reopened.db.read() as s:
            assert (kept_repo.kept_balances(s), kept_repo.kept_due_amounts(s)) == before
        assert receivables.kept_ageing_report(reopened, _day(400)) == expected
        assert reopened.check() == []
    finally:
        reopened.close()


@pytest.fixture
def captured() -> Iterator[list[tuple[str, Any]]]:
    """The statements run while the test runs, with their parameters."""
    seen: list[tuple[str, Any]] = []

    def on_execute(_c: Any, _cur: Any, statement: str, params: Any, _x: Any, _m: bool) -> None:
        seen.append((statement, params))

    event.listen(Engine, "before_cursor_execute", on_execute)
    yield seen
    event.remove(Engine, "before_cursor_execute", on_execute)


def _plans(path: Path, statements: list[tuple[str, Any]], marker: str) -> list[str]:
    with sqlite3.connect(path) as db:
        return [
            " / ".join(row[3] for row in db.execute("EXPLAIN QUERY PLAN " + sql, params))
            for sql, params in statements
            if marker in sql
        ]


def test_sqlite_reads_the_kept_rows_and_one_partys_open_items_from_indexes_alone(
    ledger: Ledger, ledger_path: Path, captured: list[tuple[str, Any]]
) -> None:
    _books(ledger)
    anna = next(p for p in ledger.parties(PartyKind.CUSTOMER) if p.name == "Anna Kask")
    captured.clear()
    receivables.ageing_report(ledger, _day(400))
    (due,) = _plans(ledger_path, captured, "FROM open_amount")
    assert "USING COVERING INDEX ix_open_amount_due_on" in due, due
    captured.clear()
    assert receivables.open_items(ledger, party_id=anna.id, as_of=_day(400))
    (party,) = _plans(ledger_path, captured, "allocated_minor != document.gross_minor")
    assert "USING COVERING INDEX ix_document_open (party_id=?" in party, party

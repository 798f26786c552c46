"""Open items and ageing read from the open documents' index (migration 0022) and summed in the
database: the same report as summing the open items one by one, at any date (allocations made
and reversed after it taken back out, however many), on SQLite and PostgreSQL; SQLite reads the
index alone; the migration goes up and down."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from ledgerpost.domain.allocation import AllocationRequest
from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.domain.open_items import ageing
from ledgerpost.domain.parties import Party, PartyKind
from ledgerpost.services import payments, receivables
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.payments import Voucher
from ledgerpost.storage.database import make_engine, resolve_url
from ledgerpost.storage.migrations import HEAD, upgrade
from tests.helpers.backends import BOTH_BACKENDS
from tests.integration.test_migrations import downgrade

START = dt.date(2026, 1, 5)


def _day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)


def _invoice(ledger: Ledger, party: Party, on: int, amount: str, due: int | None) -> Document:
    lines = (Line("work", Decimal(1), Decimal(amount), Decimal(22)),)
    document = Document(
        DocumentType.INVOICE,
        party.id or 0,
        _day(on),
        "EUR",
        lines,
        due_date=None if due is None else _day(due),
    )
    result = ledger.save_and_post(document)
    assert result.posted
    return result.document


def _books(ledger: Ledger) -> None:
    """Customers with invoices over half a year (some with their own due date, some due by the
    terms), receipts allocated at once, later and on account, a reversal, a credit note, a
    supplier's purchase invoice half paid, and an employee paid (never an open item)."""
    ledger.update_company(replace(ledger.require_company(), payment_terms_days=21))
    anna, jorg, mari = (
        ledger.add_party(Party(PartyKind.CUSTOMER, name, "et"))
        for name in ("Anna Kask", "Jörg Müller", "Mari Tamm")
    )
    supplier = ledger.add_party(Party(PartyKind.SUPPLIER, "Põhja Puit OÜ", "et"))
    employee = ledger.add_party(Party(PartyKind.EMPLOYEE, "Peeter Saar", "et"))
    invoices = [
        _invoice(ledger, party, on, amount, due)
        for party, on, amount, due in (
            (anna, 0, "100.00", None),
            (anna, 10, "250.50", 20),
            (anna, 40, "80.00", None),
            (jorg, 5, "999.99", 95),
            (jorg, 60, "45.10", None),
            (jorg, 120, "300.00", 125),
            (mari, 15, "12.34", None),
            (mari, 150, "700.00", None),
        )
    ]
    receipt = payments.record(ledger, Voucher(DocumentType.RECEIPT, anna.id or 0, _day(30),
                                              Decimal("150"), allocate=()))  # fmt: skip
    assert receipt.done and receipt.document is not None
    paid_later = payments.allocate(ledger, receipt.document.id or 0, on=_day(70))
    assert paid_later.done
    named = AllocationRequest(invoices[3].display_number, Decimal("500"))
    by_jorg = Voucher(
        DocumentType.RECEIPT, jorg.id or 0, _day(50), Decimal("600"), allocate=(named,)
    )
    result = payments.record(ledger, by_jorg)
    assert result.done and result.allocations
    payments.reverse(ledger, result.allocations[0].id or 0, on=_day(90))
    assert payments.record(ledger, Voucher(DocumentType.RECEIPT, mari.id or 0, _day(16),
                                           Decimal("12.34"))).done  # fmt: skip
    note = ledger.credit_note_for(invoices[5].id or 0, on=_day(130))
    assert ledger.post(note.id or 0).posted
    lines = (Line("wood", Decimal(1), Decimal("400"), Decimal(22)),)
    purchase = ledger.save_and_post(
        Document(DocumentType.PURCHASE_INVOICE, supplier.id or 0, _day(20), "EUR", lines)
    )
    assert purchase.posted
    assert payments.record(ledger, Voucher(DocumentType.PAYMENT, supplier.id or 0, _day(100),
                                           Decimal("244"))).done  # fmt: skip
    assert payments.record(ledger, Voucher(DocumentType.PAYMENT, employee.id or 0, _day(31),
                                           Decimal("1500"), allocate=())).done  # fmt: skip


DATES = [_day(n) for n in (-1, 0, 12, 31, 45, 55, 69, 70, 89, 90, 100, 121, 135, 160, 400)]


@BOTH_BACKENDS
def test_the_ageing_summed_in_the_database_is_the_open_items_summed_here(ledger: Ledger) -> None:
    _books(ledger)
    seen_columns = set()
    for day in DATES:
        items = receivables.open_items(ledger, as_of=day)
        report = receivables.ageing_report(ledger, day)
        assert report == ageing(items, day), day
        seen_columns |= {
            column for row in report.rows for column, amount in zip(
                ("current", "1-30", "31-60", "61-90", "over-90", "on-account"), row.amounts,
                strict=True) if amount
        }  # fmt: skip
        assert all(i.party != "Peeter Saar" for i in items)
    assert seen_columns == {"current", "1-30", "31-60", "61-90", "over-90", "on-account"}


@BOTH_BACKENDS
def test_allocations_after_the_date_are_taken_back_out(ledger: Ledger) -> None:
    _books(ledger)
    anna = next(p for p in ledger.parties(PartyKind.CUSTOMER) if p.name == "Anna Kask")

    def open_of(day: dt.date) -> dict[str, Decimal]:
        found = receivables.open_items(ledger, party_id=anna.id, as_of=day)
        return {i.number: i.open for i in found}

    before, after = open_of(_day(69)), open_of(_day(70))
    assert before["INV-1"] == Decimal("122.00") and before["REC-1"] == Decimal("-150.00")
    assert "INV-1" not in after and "REC-1" not in after  # 150 went to INV-1 (122), then INV-2
    jorg = next(p for p in ledger.parties(PartyKind.CUSTOMER) if p.name == "Jörg Müller")
    theirs = {
        day: {i.number: i.open for i in receivables.open_items(ledger, party_id=jorg.id, as_of=day)}
        for day in (_day(60), _day(95))
    }
    assert theirs[_day(60)]["INV-4"] == Decimal("719.99")  # 1219.99 less the 500 allocated
    assert theirs[_day(95)]["INV-4"] == Decimal("1219.99")  # reversed on day 90


@pytest.fixture
def captured() -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def on_execute(_c: Any, _cur: Any, statement: str, params: Any, _x: Any, _m: bool) -> None:
        seen.append((statement, params))

    event.listen(Engine, "before_cursor_execute", on_execute)
    yield seen
    event.remove(Engine, "before_cursor_execute", on_execute)


def test_sqlite_reads_the_open_documents_from_their_index_alone(
    ledger: Ledger, ledger_path: Path, captured: list[tuple[str, Any]]
) -> None:
    _books(ledger)
    captured.clear()
    receivables.ageing_report(ledger, _day(100))
    receivables.open_items(ledger, as_of=_day(100))
    plans = []
    with sqlite3.connect(ledger_path) as db:
        for statement, params in captured:
            if "allocated_minor != document.gross_minor" in statement:
                plan = db.execute("EXPLAIN QUERY PLAN " + statement, params).fetchall()
                plans.append(" / ".join(row[3] for row in plan))
    assert len(plans) == 2, captured
    for plan in plans:
        assert "USING COVERING INDEX ix_document_open" in plan or (
            "USING INDEX ix_document_open" in plan
        ), plan
        assert "ix_document_type_date_id" not in plan, plan


def _indexes(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as db:
        rows = db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'document'"
        ).fetchall()
    return {name: sql or "" for name, sql in rows}


def test_the_migration_makes_the_index_and_takes_it_away(ledger: Ledger, ledger_path: Path) -> None:
    _books(ledger)
    expected = receivables.ageing_report(ledger, _day(100))
    ledger.close()
    assert "WHERE allocated_minor != gross_minor" in _indexes(ledger_path)["ix_document_open"]
    downgrade(ledger_path, "0021")
    assert "ix_document_open" not in _indexes(ledger_path)
    engine = make_engine(resolve_url(str(ledger_path)))
    upgrade(engine)
    engine.dispose()
    assert "ix_document_open" in _indexes(ledger_path)
    with sqlite3.connect(ledger_path) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    reopened = Ledger.open(str(ledger_path))
    try:
        assert receivables.ageing_report(reopened, _day(100)) == expected
    finally:
        reopened.close()

"""Revision 0025: rates on documents, document-currency amounts on journal lines, what each side
of an allocation was booked at, exchange difference entries. Rows already there stay as they
were (documents in the company's currency need no rate; one posted in another currency before
keeps its entry in that currency and checks clean); going back to 0024 removes the exchange
difference entries and the columns."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

from ledgerpost.domain.allocation import AllocationRequest
from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.domain.journal import entry_for
from ledgerpost.domain.parties import PartyKind
from ledgerpost.services import payments
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.payments import Voucher
from ledgerpost.storage import document_repository as document_repo
from ledgerpost.storage import journal_repository as journal_repo
from ledgerpost.storage import numbering_repository as numbering_repo
from ledgerpost.storage.migrations import HEAD
from tests.conftest import TEST_COMPANY
from tests.helpers.books import add_customer
from tests.integration.test_migrations import downgrade

DAY = dt.date(2026, 3, 2)
LINES = (Line("Consulting", Decimal(1), Decimal("100.00"), Decimal(22)),)


def _raw(path: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as raw:
        return list(raw.execute(query))


def _columns(path: Path, table: str) -> set[str]:
    return {str(row[1]) for row in _raw(path, f"PRAGMA table_info({table})")}


def _posted_the_old_way(ledger: Ledger, party_id: int) -> Document:
    """A USD invoice as the program before rates posted it: no rate, its entry in USD."""
    with ledger.db.write() as s:
        draft = Document(DocumentType.INVOICE, party_id, DAY, "USD", LINES, party_name="Mari")
        number = numbering_repo.take_number(s, "INV")
        saved = document_repo.save_document(s, draft.posted_as("INV", number))
        entry = entry_for(saved, PartyKind.CUSTOMER)
        assert entry is not None
        journal_repo.add_entry(s, entry, "USD")
    return saved


def test_rows_from_before_read_and_check_clean_after_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    ledger = Ledger.open(str(path))
    ledger.create_company(TEST_COMPANY)
    party = add_customer(ledger)
    assert party.id is not None
    euros = ledger.save_and_post(Document(DocumentType.INVOICE, party.id, DAY, "EUR", LINES))
    assert euros.posted
    old = _posted_the_old_way(ledger, party.id)
    ledger.close()
    downgrade(path, "0024")
    assert _raw(path, "SELECT version_num FROM alembic_version") == [("0024",)]
    assert "exchange_rate" not in _columns(path, "document")

    ledger = Ledger.open(str(path))  # upgrades
    try:
        assert _raw(path, "SELECT version_num FROM alembic_version") == [(HEAD,)]
        assert _raw(path, "SELECT count(*) FROM document WHERE exchange_rate IS NOT NULL") == [(0,)]
        assert ledger.document(euros.document.id or 0).rate is None
        kept = ledger.document(old.id or 0)
        assert (kept.currency, kept.rate, kept.totals.gross) == ("USD", None, Decimal("122.00"))
        usd_lines = _raw(
            path,
            "SELECT l.debit_minor, l.credit_minor, l.document_minor FROM journal_line l "
            "JOIN journal_entry e ON e.id = l.entry_id WHERE e.currency = 'USD' ORDER BY l.id",
        )
        assert usd_lines == [(12200, 0, None), (0, 10000, None), (0, 2200, None)]
        rows = {r.account: r for r in ledger.trial_balance()}
        assert rows["1200"].debit == Decimal("122.00")  # the euro invoice only, as before
        assert ledger.check() == []
    finally:
        ledger.close()


def test_going_back_to_0024_removes_the_exchange_differences(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    ledger = Ledger.open(str(path))
    ledger.create_company(TEST_COMPANY)
    party = add_customer(ledger)
    assert party.id is not None
    invoice = Document(DocumentType.INVOICE, party.id, DAY, "USD", LINES, rate=Decimal("1.22"))
    posted = ledger.save_and_post(invoice).document
    paid = payments.record(
        ledger,
        Voucher(
            DocumentType.RECEIPT,
            party.id,
            DAY,
            Decimal("122.00"),
            currency="USD",
            rate=Decimal("1.00"),
            allocate=(AllocationRequest(posted.display_number),),
        ),
    )
    assert paid.done, paid.problems
    rows = {r.account: r for r in ledger.trial_balance()}
    assert rows["7900"].credit == Decimal("22.00")  # 100 EUR booked, 122 EUR received
    ledger.close()
    assert _raw(path, "SELECT count(*) FROM journal_entry") == [(3,)]

    downgrade(path, "0024")
    assert _raw(path, "SELECT version_num FROM alembic_version") == [("0024",)]
    assert _raw(path, "SELECT count(*) FROM journal_entry") == [(2,)]  # the two documents'
    assert "allocation_id" not in _columns(path, "journal_entry")
    assert not {"document_currency", "document_minor"} & _columns(path, "journal_line")
    assert not {"source_base_minor", "target_base_minor"} & _columns(path, "allocation")
    assert _raw(path, "SELECT count(*) FROM allocation") == [(1,)]  # the match itself stays

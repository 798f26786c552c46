"""``ledgerpost reminder-fee waive``: a reminder's fee credited back on the command line, once;
``open-items`` shows the fee before and not after; ``documents list --paid`` takes a fee as an
invoice and a reminder without one not at all."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from ledgerpost.cli.main import main
from ledgerpost.domain.documents import Document, DocumentType, Letter, Line
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import add_customer, invoice


def test_a_fee_is_waived_on_the_command_line(
    ledger: Ledger, ledger_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    party = add_customer(ledger)
    assert party.id is not None
    assert ledger.save_and_post(invoice(party, "100", on=dt.date(2026, 1, 5))).posted
    fee = (Line("Reminder fee", Decimal(1), Decimal("10.00")),)
    letter = Letter("Third reminder", "Please pay INV-1.")
    day = dt.date(2026, 2, 23)
    reminder = Document(DocumentType.REMINDER, party.id, day, "EUR", fee, letter=letter)
    assert ledger.save_and_post(reminder).posted
    no_fee = Document(DocumentType.REMINDER, party.id, day, "EUR", letter=letter)
    assert ledger.save_and_post(no_fee).posted
    db = str(ledger_path)

    # The paid filter (read from the file without SQLAlchemy) takes the fee as an invoice.
    assert main(["--db", db, "documents", "list", "--paid", "overdue", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert sorted((r["series"], r["number"], r["open"]) for r in rows) == [
        ("INV", 1, "122.00"),
        ("REM", 1, "10.00"),
    ]
    assert main(["--db", db, "documents", "list", "--paid", "paid", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # the reminder without a fee is not "paid"
    assert main(["--db", db, "documents", "list", "--type", "reminder", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert sorted((r["number"], r["open"], r["paid_state"]) for r in rows) == [
        (1, "10.00", "overdue"),
        (2, None, None),  # no fee: nothing to pay
    ]

    assert main(["--db", db, "open-items", "--as-of", "2026-02-24", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(i["number"], i["open"]) for i in listed] == [
        ("INV-1", "122.00"),
        ("REM-1", "10.00"),
    ]
    assert main(["--db", db, "reminder-fee", "waive", "REM-1", "--date", "2026-02-24"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "reminder": "REM-1",
        "credit_note": "CN-1",
        "waived": "10.00",
    }
    assert main(["--db", db, "reminder-fee", "waive", "REM-1"]) == 0  # nothing left: no note
    assert json.loads(capsys.readouterr().out)["credit_note"] is None
    assert main(["--db", db, "open-items", "--as-of", "2026-02-24", "--json"]) == 0
    assert [i["number"] for i in json.loads(capsys.readouterr().out)] == ["INV-1"]
    assert main(["--db", db, "reminder-fee", "waive", "INV-1"]) == 1  # no such reminder
    assert ledger.check() == []

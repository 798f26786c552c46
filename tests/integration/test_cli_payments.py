"""The command line's contract for money received and paid: receipt/payment add and allocate,
allocation list/reverse, documents list --paid, open-items and ageing."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

from ledgerpost.cli.main import main
from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.domain.parties import Party, PartyKind
from ledgerpost.services.ledger import Ledger
from tests.conftest import TEST_COMPANY
from tests.helpers.books import add_customer, invoice
from tests.helpers.pdf_reading import pdf_text


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def books(tmp_path: Path) -> str:
    """A customer (id 1) with INV-1 122.00 (2026-01-05) and INV-2 61.00 (2026-02-01), a
    supplier (id 2) with PINV-1 100.00 (2026-01-10); terms 14 days."""
    db = str(tmp_path / "books.sqlite3")
    ledger = Ledger.open(db)
    ledger.create_company(TEST_COMPANY)
    customer = add_customer(ledger)
    supplier = ledger.add_party(Party(PartyKind.SUPPLIER, "Põhja Puit OÜ", "et", code="S1"))
    assert supplier.id is not None
    for doc in (
        invoice(customer, "100", on=dt.date(2026, 1, 5)),
        invoice(customer, "50", on=dt.date(2026, 2, 1)),
        Document(
            DocumentType.PURCHASE_INVOICE,
            supplier.id,
            dt.date(2026, 1, 10),
            "EUR",
            (Line("Laud", Decimal(1), Decimal(100), Decimal(0)),),
        ),
    ):
        assert ledger.save_and_post(doc).posted
    ledger.close()
    return db


def listing(capsys: pytest.CaptureFixture[str], db: str, *options: str) -> dict[str, dict]:
    code, out, _ = run(capsys, "--db", db, "documents", "list", "--json", *options)
    assert code == 0
    return {f"{r['series']}-{r['number']}": r for r in json.loads(out)}


def test_a_receipt_settles_the_oldest_invoice_first_and_keeps_the_rest_on_account(
    books: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "--db", books, "receipt", "add", "--party", "1", "--date", "2026-02-03",
        "--amount", "150", "--method", "cash", "--reference", "KASSA-7",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "REC-1 settles INV-1: 122.00",
        "REC-1 settles INV-2: 28.00",
        "REC-1: 150.00 EUR, 0.00 on account",
    ]
    rows = listing(capsys, books, "--as-of", "2026-02-10")
    assert (rows["INV-1"]["open"], rows["INV-1"]["paid_state"]) == ("0.00", "paid")
    assert (rows["INV-2"]["open"], rows["INV-2"]["paid_state"]) == ("33.00", "partly")
    assert (rows["REC-1"]["open"], rows["REC-1"]["paid_state"]) == ("0.00", None)
    assert rows["REC-1"]["total"] == "150.00"
    # INV-2 falls due on 2026-02-15 (date + 14 days of terms): overdue after it.
    overdue = listing(capsys, books, "--paid", "overdue", "--as-of", "2026-02-16")
    assert list(overdue) == ["INV-2", "PINV-1"]
    assert list(listing(capsys, books, "--paid", "partly", "--as-of", "2026-02-10")) == ["INV-2"]
    assert list(listing(capsys, books, "--paid", "paid", "--as-of", "2026-02-10")) == ["INV-1"]
    assert list(listing(capsys, books, "--paid", "open", "--as-of", "2026-02-10")) == []
    assert list(listing(capsys, books, "--paid", "open", "--as-of", "2026-01-20")) == ["PINV-1"]
    ledger = Ledger.open(books)
    receipt = ledger.find_document(DocumentType.RECEIPT, 1)
    assert receipt is not None and receipt.method is not None
    assert (receipt.method.value, receipt.reference) == ("cash", "KASSA-7")
    assert [line.vat_rate for line in receipt.lines] == [0]
    assert ledger.check() == []
    ledger.close()


def test_named_allocations_partial_amounts_and_money_left_on_account(
    books: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "--db", books, "receipt", "add", "--party", "1",
        "--date", "2026-02-03", "--amount", "100", "--allocate", "INV-2:20,1:30",
    )  # fmt: skip
    assert code == 0
    assert out.splitlines()[-1] == "REC-1: 100.00 EUR, 50.00 on account"
    code, out, _ = run(capsys, "--db", books, "open-items", "--as-of", "2026-03-01", "--json")
    items = {i["number"]: i for i in json.loads(out)}
    assert code == 0 and set(items) == {"INV-1", "INV-2", "PINV-1", "REC-1"}
    assert items["INV-1"] | {"party_id": 0} == {
        "party_id": 0,
        "party": "Mari Tamm",
        "side": "receivable",
        "document_id": 1,
        "type": "invoice",
        "number": "INV-1",
        "date": "2026-01-05",
        "due_date": "2026-01-19",
        "total": "122.00",
        "open": "92.00",
        "currency": "EUR",
        "days_overdue": 41,
        "reminder_level": 0,
        "reminded_on": None,
        "paid_since_reminder": "0",
    }
    assert (items["REC-1"]["open"], items["REC-1"]["days_overdue"]) == ("-50.00", 0)
    # The customer's open items add up to what the receivables account says they owe.
    customer = sum(float(i["open"]) for i in items.values() if i["side"] == "receivable")
    assert customer == pytest.approx(122 + 61 - 100)

    # What is left goes to the next invoice by itself (oldest open first).
    code, out, _ = run(capsys, "--db", books, "receipt", "allocate", "REC-1")
    assert code == 0 and out.splitlines() == [
        "REC-1 settles INV-1: 50.00",
        "REC-1: 100.00 EUR, 0.00 on account",
    ]
    code, out, _ = run(capsys, "--db", books, "allocation", "list", "invoice", "INV-1")
    assert code == 0 and len(out.splitlines()) == 4  # heading, rule, two allocations


def test_over_allocation_is_refused_and_nothing_is_posted(
    books: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "--db", books, "receipt", "add", "--party", "1", "--date", "2026-02-03",
        "--amount", "500", "--allocate", "INV-1:200,INV-7",
    )  # fmt: skip
    assert code == 1 and out == ""
    assert err.splitlines() == [
        "INV-1: only 122.00 is left open on it",
        "INV-7: there is no posted invoice with this number to settle",
    ]
    code, out, err = run(
        capsys, "--db", books, "receipt", "add", "--party", "1", "--date", "2026-02-03",
        "--amount", "50", "--allocate", "INV-1:60",
    )  # fmt: skip
    assert code == 1 and err.strip() == "INV-1: only 50.00 of REC-1 is left to allocate"
    assert "REC-1" not in listing(capsys, books)
    with pytest.raises(SystemExit) as refused:
        run(capsys, "--db", books, "receipt", "add", "--party", "1", "--date", "2026-02-03",
            "--amount=-5")  # fmt: skip
    assert refused.value.code == 2 and "is not a positive amount" in capsys.readouterr().err


def test_a_payment_settles_a_purchase_invoice_and_an_allocation_can_be_reversed(
    books: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "--db", books, "payment", "add", "--party", "S1", "--date", "2026-01-20",
        "--amount", "100", "--allocate", "PINV-1",
    )  # fmt: skip
    assert code == 0 and out.splitlines()[0] == "PAY-1 settles PINV-1: 100.00"
    assert listing(capsys, books, "--as-of", "2026-02-01")["PINV-1"]["paid_state"] == "paid"
    code, out, _ = run(capsys, "--db", books, "allocation", "reverse", "1", "--date", "2026-01-25")
    assert code == 0
    assert out.strip() == "Allocation 1 reversed from 2026-01-25: 100.00 is on account again"
    assert listing(capsys, books, "--as-of", "2026-02-01")["PINV-1"]["paid_state"] == "overdue"
    code, _, err = run(capsys, "--db", books, "allocation", "reverse", "1")
    assert code == 1 and "already reversed" in err
    # Before the reversal the invoice was paid; after it, it is open and the money on account.
    code, out, _ = run(
        capsys, "--db", books, "open-items", "--party", "S1", "--as-of", "2026-01-22", "--json"
    )
    assert [i["number"] for i in json.loads(out)] == []
    code, out, _ = run(
        capsys, "--db", books, "open-items", "--party", "S1", "--as-of", "2026-01-26", "--json"
    )
    assert [(i["number"], i["open"]) for i in json.loads(out)] == [
        ("PINV-1", "100.00"),
        ("PAY-1", "-100.00"),
    ]
    ledger = Ledger.open(books)
    assert ledger.check() == []
    ledger.close()


def test_ageing_in_every_format(
    books: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    run(capsys, "--db", books, "receipt", "add", "--party", "1", "--date", "2026-02-03",
        "--amount", "22", "--allocate", "INV-1")  # fmt: skip
    code, out, _ = run(capsys, "--db", books, "ageing", "--as-of", "2026-03-01", "--format", "json")
    found = json.loads(out)
    assert code == 0 and found["as_of"] == "2026-03-01"
    customer, supplier = found["parties"]  # customers first
    # INV-1 100.00 open, 41 days overdue; INV-2 61.00, due 2026-02-15: 14 days.
    assert (customer["31-60"], customer["1-30"], customer["total"]) == ("100.00", "61.00", "161.00")
    assert (supplier["31-60"], supplier["total"]) == ("100.00", "100.00")
    assert {(t["side"], t["total"]) for t in found["totals"]} == {
        ("receivable", "161.00"),
        ("payable", "100.00"),
    }
    code, out, _ = run(capsys, "--db", books, "ageing", "--as-of", "2026-03-01", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 4 and rows[0]["current"] == "0"
    code, out, _ = run(capsys, "--db", books, "ageing", "--as-of", "2026-03-01")
    assert code == 0 and "Mari Tamm" in out and "161.00" in out
    pdf = tmp_path / "ageing.pdf"
    code, _, _ = run(
        capsys, "--db", books, "ageing", "--as-of", "2026-03-01", "--format", "pdf",
        "--out", str(pdf), "--lang", "de",
    )  # fmt: skip
    text = pdf_text(pdf.read_bytes())
    assert code == 0 and "Altersstruktur der offenen" in text and "Mari Tamm" in text
    assert "31–60 Tage" in text
    code, _, err = run(capsys, "--db", books, "ageing", "--format", "pdf")
    assert code == 2 and "--out" in err


def test_money_in_another_currency_settles_nothing_by_itself(
    books: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "--db", books, "receipt", "add", "--party", "1", "--date", "2026-02-03",
        "--amount", "40", "--currency", "usd",
    )  # fmt: skip
    assert code == 1 and "how many USD one EUR is" in err  # money in another currency: a rate
    code, out, err = run(
        capsys, "--db", books, "receipt", "add", "--party", "1", "--date", "2026-02-03",
        "--amount", "40", "--currency", "usd", "--rate", "1.08",
    )  # fmt: skip
    assert code == 0 and out.splitlines() == ["REC-1: 40.00 USD, 40.00 on account"], err
    code, _, err = run(capsys, "--db", books, "receipt", "allocate", "1", "--allocate", "INV-1")
    assert code == 1 and err.strip() == "INV-1: USD money cannot settle a document in EUR"

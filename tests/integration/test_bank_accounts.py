"""Several bank accounts: a chart account marked a bank account, receipts and payments by bank
or card naming the one their money went through (the default bank account when they name
none), refusals for an account that is not a bank account and for cash; the print copy names
the account; revision 0027 goes up and down."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from ledgerpost.cli.main import main
from ledgerpost.domain.documents import DocumentType
from ledgerpost.services import books as books_service
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.printing import print_document
from ledgerpost.storage.migrations import HEAD
from tests.conftest import TEST_COMPANY
from tests.helpers.books import add_customer, invoice
from tests.helpers.pdf_reading import pdf_text
from tests.integration.test_migrations import downgrade

DAY = dt.date(2026, 3, 2)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A customer (id 1) owing INV-1 122.00 and a second bank account 1010 "Savings bank"."""
    path = str(tmp_path / "books.sqlite3")
    ledger = Ledger.open(path)
    ledger.create_company(TEST_COMPANY)
    customer = add_customer(ledger)
    assert ledger.save_and_post(invoice(customer, "100", on=dt.date(2026, 2, 20))).posted
    ledger.close()
    return path


def moves(db: str, code: str) -> list[tuple[str, Decimal, Decimal]]:
    ledger = Ledger.open(db)
    try:
        found = books_service.general_ledger_of(ledger, code, dt.date(2026, 1, 1), DAY)
        return [(r.movement.reference, r.movement.debit, r.movement.credit) for r in found.rows]
    finally:
        ledger.close()


def add_savings(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code, _, err = run(
        capsys, "--db", db, "accounts", "add", "1010", "Savings bank", "--kind", "asset", "--bank"
    )
    assert (code, err) == (0, "")


def test_a_receipt_and_a_payment_post_to_the_bank_account_they_name(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    add_savings(capsys, db)
    code, out, _ = run(capsys, "--db", db, "accounts", "list", "--json")
    banks = {a["number"]: a["bank"] for a in json.loads(out)}
    assert code == 0 and banks["1000"] is True and banks["1010"] is True and banks["4000"] is False
    code, _, err = run(
        capsys, "--db", db, "receipt", "add", "--party", "1", "--date", "2026-03-01",
        "--amount", "122", "--bank-account", "1010", "--reference", "SWED-41",
    )  # fmt: skip
    assert (code, err) == (0, "")
    # Without --bank-account: the default bank account, as before.
    code, _, err = run(
        capsys, "--db", db, "receipt", "add", "--party", "1", "--date", "2026-03-02",
        "--amount", "10", "--method", "card",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert moves(db, "1010") == [("REC-1", Decimal("122.00"), Decimal(0))]
    assert moves(db, "1000") == [("REC-2", Decimal("10.00"), Decimal(0))]

    ledger = Ledger.open(db)
    try:
        first = ledger.find_document(DocumentType.RECEIPT, 1)
        second = ledger.find_document(DocumentType.RECEIPT, 2)
        assert first is not None and first.bank_account == "1010"
        assert second is not None and second.bank_account == ""
        assert ledger.check() == []
        kept = pdf_text(print_document(ledger, first.id or 0).pdf)  # the party's Estonian
        assert "Pangakonto\n1010 Savings bank" in kept
        english = pdf_text(print_document(ledger, second.id or 0, language="en").pdf)
        assert "Bank account\n1000 Bank" in english
    finally:
        ledger.close()


def test_naming_the_default_bank_account_is_the_same_as_naming_none(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "--db", db, "receipt", "add", "--party", "1", "--date", "2026-03-01",
        "--amount", "5", "--bank-account", "1000",
    )  # fmt: skip
    assert (code, err) == (0, "")
    ledger = Ledger.open(db)
    try:
        found = ledger.find_document(DocumentType.RECEIPT, 1)
        assert found is not None and found.bank_account == ""
    finally:
        ledger.close()
    assert moves(db, "1000") == [("REC-1", Decimal("5.00"), Decimal(0))]


@pytest.mark.parametrize(
    ("options", "english", "german"),
    [
        (
            ("--bank-account", "4000"),
            "account 4000 is not one of the bank accounts",
            "Konto 4000 ist keines der Bankkonten",
        ),
        (
            ("--bank-account", "9999"),
            "account 9999 is not one of the bank accounts",
            "Konto 9999 ist keines der Bankkonten",
        ),
        (
            ("--bank-account", "1010", "--method", "cash"),
            "cash goes through no bank account",
            "Bargeld läuft über kein Bankkonto",
        ),
    ],
)
def test_a_bank_account_that_is_none_or_cash_paid_to_one_is_refused(
    db: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    options: tuple[str, ...],
    english: str,
    german: str,
) -> None:
    add_savings(capsys, db)
    for language, words in (("en", english), ("de", german)):
        monkeypatch.setenv("LEDGERPOST_LANG", language)
        code, out, err = run(
            capsys, "--db", db, "receipt", "add", "--party", "1", "--date", "2026-03-01",
            "--amount", "50", *options,
        )  # fmt: skip
        assert code != 0 and out == ""
        assert words in err
    ledger = Ledger.open(db)
    try:
        assert ledger.find_document(DocumentType.RECEIPT, 1) is None  # nothing was posted
    finally:
        ledger.close()


def test_an_archived_bank_account_and_a_bank_account_that_is_no_asset_are_refused(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    add_savings(capsys, db)
    code, _, err = run(
        capsys, "--db", db, "accounts", "add", "2500", "Loan", "--kind", "liability", "--bank"
    )
    assert code != 0 and "a bank account is an asset account" in err
    assert run(capsys, "--db", db, "accounts", "archive", "1010")[0] == 0
    code, _, err = run(
        capsys, "--db", db, "payment", "add", "--party", "1", "--date", "2026-03-01",
        "--amount", "5", "--bank-account", "1010",
    )  # fmt: skip
    assert code != 0 and "account 1010 is not one of the bank accounts" in err


def columns(path: Path, table: str) -> set[str]:
    with sqlite3.connect(path) as raw:
        return {r[1] for r in raw.execute(f"PRAGMA table_info({table})")}


def test_revision_0027_goes_back_while_no_voucher_names_another_account(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = Path(db)
    run(capsys, "--db", db, "receipt", "add", "--party", "1", "--date", "2026-03-01",
        "--amount", "20")  # fmt: skip
    downgrade(path, "0026")
    assert "bank" not in columns(path, "account")
    assert "bank_account" not in columns(path, "document")
    ledger = Ledger.open(db)  # upgrades again: the bank role's account is a bank account
    try:
        with sqlite3.connect(path) as raw:
            assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
        assert [a.code for a in books_service.bank_accounts(ledger)] == ["1000"]
        assert ledger.check() == []
    finally:
        ledger.close()

    add_savings(capsys, db)
    run(capsys, "--db", db, "receipt", "add", "--party", "1", "--date", "2026-03-01",
        "--amount", "20", "--bank-account", "1010")  # fmt: skip
    with pytest.raises(RuntimeError, match="name another bank account"):
        downgrade(path, "0026")
    assert "bank_account" in columns(path, "document")  # nothing went back

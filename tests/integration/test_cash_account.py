"""The cash account: money received or paid in cash is booked to 1100 Cash (the chart's cash
role), by bank or card to a bank account; the books still agree (check, trial balance, VAT
report, SAF-T). Revision 0028 gives an older ledger that account and leaves what was posted."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from ledgerpost.domain.accounts import AccountKind, Role
from ledgerpost.domain.documents import DocumentType, PaymentMethod
from ledgerpost.domain.parties import Party, PartyKind
from ledgerpost.services import books, payments, vat_reports
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.saft import NAMESPACE, saft_xml
from ledgerpost.storage.migrations import HEAD
from tests.conftest import TEST_COMPANY
from tests.helpers.books import add_customer, invoice
from tests.integration.test_migrations import downgrade

DAY = dt.date(2026, 3, 2)
XSD = Path(__file__).resolve().parents[2] / "tests" / "data" / "saft" / "FAIA_v_2.01_full.xsd"


@pytest.fixture
def ledger(tmp_path: Path) -> Ledger:
    books_ = Ledger.open(str(tmp_path / "books.sqlite3"))
    books_.create_company(TEST_COMPANY)
    yield books_
    books_.close()


def _voucher(ledger: Ledger, kind: DocumentType, party: Party, amount: str, method: PaymentMethod):
    assert party.id is not None
    found = payments.record(
        ledger,
        payments.Voucher(kind, party.id, DAY, Decimal(amount), "EUR", method=method, allocate=()),
    )
    assert found.document is not None, found.problems
    return found.document


def _raw(path: Path, query: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as raw:
        return list(raw.execute(query))


def test_the_default_chart_has_a_cash_account_that_is_no_bank_account(ledger: Ledger) -> None:
    chart = {a.code: a for a in books.accounts(ledger)}
    cash = chart["1100"]
    assert (cash.name, cash.kind, cash.role, cash.bank) == (
        "Cash",
        AccountKind.ASSET,
        Role.CASH,
        False,
    )
    assert [a.code for a in books.bank_accounts(ledger)] == ["1000"]
    with pytest.raises(Exception, match="1100"):
        books.archive_account(ledger, "1100")


def test_cash_is_booked_to_the_cash_account_bank_and_card_to_the_bank(ledger: Ledger) -> None:
    customer = add_customer(ledger)
    supplier = ledger.add_party(Party(PartyKind.SUPPLIER, "Paber OÜ", "et"))
    assert ledger.save_and_post(invoice(customer, "100", on=dt.date(2026, 2, 20))).posted
    _voucher(ledger, DocumentType.RECEIPT, customer, "50", PaymentMethod.CASH)
    _voucher(ledger, DocumentType.RECEIPT, customer, "72", PaymentMethod.CARD)
    _voucher(ledger, DocumentType.PAYMENT, supplier, "20", PaymentMethod.CASH)
    _voucher(ledger, DocumentType.PAYMENT, supplier, "5", PaymentMethod.BANK)

    def moves(code: str) -> list[tuple[str, Decimal, Decimal]]:
        found = books.general_ledger_of(ledger, code, dt.date(2026, 1, 1), DAY)
        return [(r.movement.reference, r.movement.debit, r.movement.credit) for r in found.rows]

    assert moves("1100") == [
        ("REC-1", Decimal("50.00"), Decimal(0)),
        ("PAY-1", Decimal(0), Decimal("20.00")),
    ]
    assert moves("1000") == [
        ("REC-2", Decimal("72.00"), Decimal(0)),
        ("PAY-2", Decimal(0), Decimal("5.00")),
    ]
    rows = {r.account: r for r in books.trial_balance_at(ledger).rows}
    assert rows["1100"].name == "Cash" and rows["1100"].balance == Decimal("30.00")
    trial = books.trial_balance_at(ledger)
    assert trial.debit_total == trial.credit_total
    assert ledger.check() == []
    report, _ = vat_reports.report(ledger, dt.date(2026, 1, 1), DAY)
    journal = vat_reports.journal_vat(ledger, dt.date(2026, 1, 1), DAY, "EUR")
    assert (report.output_vat, journal.output_vat) == (Decimal("22.00"), Decimal("22.00"))
    saft = etree.fromstring(saft_xml(ledger, dt.date(2026, 1, 1), DAY))
    assert etree.XMLSchema(etree.parse(str(XSD))).validate(saft)
    ns = {"s": NAMESPACE}
    closing = {
        a.findtext("s:AccountID", namespaces=ns): a.findtext("s:ClosingDebitBalance", namespaces=ns)
        for a in saft.iterfind(".//s:Account", ns)
    }
    assert closing["1100"] == "30.00"


def test_revision_0028_adds_the_cash_account_and_goes_back(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    ledger = Ledger.open(str(path))
    ledger.create_company(TEST_COMPANY)
    ledger.close()
    downgrade(path, "0025")
    assert _raw(path, "SELECT code FROM account WHERE code LIKE '11%'") == []
    # The older program's ledger has an account of its own at 1100, and a cash receipt it
    # booked to the bank.
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO account (code, name, kind, role, vat_code, archived, bank)"
            " VALUES ('1100', 'Petty cash', 'asset', NULL, '', 0, 0)"
        )

    ledger = Ledger.open(str(path))  # upgrades: the cash account at the next free code
    try:
        assert _raw(path, "SELECT version_num FROM alembic_version") == [(HEAD,)]
        chart = {a.code: a for a in books.accounts(ledger)}
        assert (chart["1100"].name, chart["1100"].role) == ("Petty cash", None)
        assert (chart["1101"].name, chart["1101"].role) == ("Cash", Role.CASH)
        customer = add_customer(ledger)
        _voucher(ledger, DocumentType.RECEIPT, customer, "9", PaymentMethod.CASH)
        rows = {r.account: r for r in books.trial_balance_at(ledger).rows}
        assert rows["1101"].debit == Decimal("9.00") and "1100" not in rows
        assert ledger.check() == []
    finally:
        ledger.close()

    downgrade(path, "0025")  # used: stays, as an ordinary account with its history
    assert _raw(path, "SELECT code, role FROM account WHERE code LIKE '110%' ORDER BY code") == [
        ("1100", None),
        ("1101", None),
    ]
    assert _raw(path, "SELECT count(*) FROM journal_line WHERE account = '1101'") == [(1,)]


def test_going_back_and_up_again_keeps_one_cash_account(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    ledger = Ledger.open(str(path))
    ledger.create_company(TEST_COMPANY)
    customer = add_customer(ledger)
    _voucher(ledger, DocumentType.RECEIPT, customer, "9", PaymentMethod.CASH)
    ledger.close()
    downgrade(path, "0025")
    assert _raw(path, "SELECT code, role FROM account WHERE code = '1100'") == [("1100", None)]
    ledger = Ledger.open(str(path))
    try:
        cash = [a for a in books.accounts(ledger) if a.name == "Cash"]
        assert [(a.code, a.role) for a in cash] == [("1100", Role.CASH)]
        assert ledger.check() == []
    finally:
        ledger.close()


def test_a_ledger_without_a_company_gets_its_cash_account_with_the_chart(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    Ledger.open(str(path)).close()
    downgrade(path, "0025")
    ledger = Ledger.open(str(path))
    try:
        assert books.accounts(ledger) == []
        ledger.create_company(TEST_COMPANY)
        assert books.accounts(ledger)[1].role is Role.CASH
    finally:
        ledger.close()


def test_accounts_unarchive_opens_an_archived_account_and_cash_stays_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ledgerpost.cli.main import main

    db = str(tmp_path / "cli.sqlite3")
    ledger = Ledger.open(db)
    ledger.create_company(TEST_COMPANY)
    assert books.add_account(ledger, "1010", "Savings", AccountKind.ASSET, bank=True) == []
    ledger.close()
    assert main(["--db", db, "accounts", "archive", "1010"]) == 0
    assert main(["--db", db, "accounts", "unarchive", "1010"]) == 0
    out, _ = capsys.readouterr()
    assert out.splitlines()[-1] == "Account 1010 is open again."
    assert main(["--db", db, "accounts", "archive", "1100"]) != 0
    _, err = capsys.readouterr()
    assert "account 1100 is used by posting and cannot be archived" in err
    ledger = Ledger.open(db)
    try:
        assert [a.code for a in books.bank_accounts(ledger)] == ["1000", "1010"]
    finally:
        ledger.close()

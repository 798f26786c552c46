"""The accountant's exports: the journal of a period as CSV (its totals are the trial balance's
movements) and as SAF-T, valid against the published schema."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from ledgerpost.cli.main import main
from ledgerpost.services.exports import JOURNAL_COLUMNS, journal_csv
from ledgerpost.services.imports import add_documents, import_parties
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.saft import NAMESPACE, country_code, saft_xml
from ledgerpost.storage import journal_repository as journal_repo

ROOT = Path(__file__).resolve().parents[2]
XSD = ROOT / "tests" / "data" / "saft" / "FAIA_v_2.01_full.xsd"
SAMPLES = ROOT / "docs" / "samples"
NS = {"s": NAMESPACE}
YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD)))


@pytest.fixture
def demo(demo_url: str) -> Ledger:
    books = Ledger.open(demo_url)
    assert import_parties(books, SAMPLES / "parties.csv").written
    assert add_documents(books, SAMPLES / "documents.csv", post=True).problems == ()
    yield books
    books.close()


def movements(ledger: Ledger, start: dt.date, end: dt.date) -> dict[str, tuple[Decimal, Decimal]]:
    currency = ledger.require_company().currency
    with ledger.db.read() as s:
        return {
            row.account: journal_repo.account_movement(s, row.account, currency, start, end)
            for row in ledger.trial_balance()
        }


@pytest.mark.parametrize(
    "period", [YEAR, (dt.date(2026, 3, 1), dt.date(2026, 3, 31)), (dt.date(2025, 1, 1), YEAR[1])]
)
def test_the_journal_csv_adds_up_to_the_trial_balance_movements(
    demo: Ledger, period: tuple[dt.date, dt.date]
) -> None:
    rows = list(csv.DictReader(io.StringIO(journal_csv(demo, *period))))
    assert rows and tuple(rows[0]) == JOURNAL_COLUMNS
    sums: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for row in rows:
        assert period[0].isoformat() <= row["date"] <= period[1].isoformat()
        sums[row["account"]][0] += Decimal(row["debit"])
        sums[row["account"]][1] += Decimal(row["credit"])
    expected = {a: m for a, m in movements(demo, *period).items() if m != (0, 0)}
    assert {a: tuple(s) for a, s in sums.items()} == expected
    assert sum(s[0] for s in sums.values()) == sum(s[1] for s in sums.values())
    vat = [r for r in rows if r["account"] == "2400"]
    assert vat and all(r["vat"] == "output" for r in vat)


def test_the_saft_file_is_valid_against_the_published_schema(
    demo: Ledger,
    demo_url: str,
    schema: etree.XMLSchema,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "saft.xml"
    code = main(["--db", demo_url, "journal", "export", "--from", "2025-01-01",
                 "--to", "2026-12-31", "--format", "saft", "--out", str(out)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    document = etree.parse(str(out))
    assert schema.validate(document), schema.error_log
    root = document.getroot()
    assert root.tag == f"{{{NAMESPACE}}}AuditFile"
    entries = root.find("s:GeneralLedgerEntries", NS)
    assert entries is not None
    lines = entries.findall(".//s:Transaction/s:Line", NS)
    debit = sum(Decimal(x.text or "0") for x in entries.iterfind(".//s:DebitAmount/s:Amount", NS))
    credit = sum(Decimal(x.text or "0") for x in entries.iterfind(".//s:CreditAmount/s:Amount", NS))
    assert debit == credit == Decimal(entries.findtext("s:TotalDebit", namespaces=NS) or "")
    assert len(lines) > 10
    customers = {c.text for c in root.iterfind(".//s:Customer/s:CustomerID", NS)}
    assert {"C100", "C101", "C0001"} <= customers
    assert {c.text for c in root.iterfind(".//s:Supplier/s:SupplierID", NS)} >= {"S200"}
    invoices = [i.text for i in root.iterfind(".//s:SalesInvoices/s:Invoice/s:InvoiceNo", NS)]
    assert "INV-1" in invoices and "OINV-1" in invoices
    accounts = {a.text for a in root.iterfind(".//s:Account/s:AccountID", NS)}
    assert {"1200", "3900", "4000"} <= accounts


def test_the_schema_refuses_what_it_should(demo: Ledger, schema: etree.XMLSchema) -> None:
    root = etree.fromstring(saft_xml(demo, *YEAR))
    assert schema.validate(root)
    header = root.find("s:Header", NS)
    assert header is not None
    header.remove(header.find("s:SoftwareID", NS))
    assert not schema.validate(root)


def test_countries_as_written_on_cards() -> None:
    assert country_code("EE") == "EE"
    assert country_code("Estonia") == country_code("Eesti") == "EE"
    assert country_code("Deutschland") == "DE"
    assert country_code("Atlantis") == "ZZ"

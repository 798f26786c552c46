"""The VAT report page: output and input VAT by rate for a period and the net due, each rate's
documents under it, another currency's report on request, and the report saved as PDF and CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.domain.parties import Party, PartyKind
from ledgerpost.gui.books.vat_page import VatReportPage, period
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services.ledger import Ledger
from tests.helpers.old_currency import posted_before_rates
from tests.helpers.pdf_reading import pdf_text

DAY = dt.date(2026, 3, 10)


def _post(
    ledger: Ledger, kind: DocumentType, party: int, lines: tuple[Line, ...], **kw: object
) -> int:
    draft = ledger.save_draft(
        Document(kind, party, kw.pop("date", DAY), kw.pop("currency", "EUR"), lines, **kw)
    )  # type: ignore[arg-type]
    assert draft.id is not None
    assert ledger.post(draft.id).posted
    return draft.id


@pytest.fixture
def books(ledger: Ledger) -> Ledger:
    customer = ledger.add_party(Party(PartyKind.CUSTOMER, "Mari Tamm", "et"))
    supplier = ledger.add_party(Party(PartyKind.SUPPLIER, "Paber AS", "et"))
    assert customer.id is not None and supplier.id is not None
    consulting = (Line("Consulting", Decimal(2), Decimal("500"), Decimal(22)),)
    mixed = (
        Line("Book", Decimal(1), Decimal("40"), Decimal(9)),
        Line("Desk", Decimal(1), Decimal("300"), Decimal(22)),
    )
    _post(ledger, DocumentType.INVOICE, customer.id, consulting)  # 1,000 / 220
    mixed_id = _post(ledger, DocumentType.INVOICE, customer.id, mixed)  # 40/3.60, 300/66
    _post(
        ledger,
        DocumentType.CREDIT_NOTE,
        customer.id,
        mixed[:1],
        credited_document_id=mixed_id,
    )  # -40 / -3.60
    _post(ledger, DocumentType.PURCHASE_INVOICE, supplier.id, consulting[:1])  # input 220
    _post(ledger, DocumentType.INVOICE, customer.id, consulting, date=DAY.replace(month=5))
    # In dollars from before exchange rates (no rate to the company's euros): a report of its
    # own. (A document with a rate is in the euro report, converted: test_foreign_currency.)
    dollars = Document(DocumentType.INVOICE, customer.id, DAY, "USD", consulting)
    posted_before_rates(ledger, replace(dollars, party_name="Mari Tamm"), PartyKind.CUSTOMER)
    return ledger


def page_on(qtbot: QtBot, ledger: Ledger, runner: Runner) -> VatReportPage:
    page = VatReportPage(AppContext(ledger, runner))
    qtbot.addWidget(page)
    page.show()
    page.start.setDate(QDate(2026, 3, 1))
    page.end.setDate(QDate(2026, 3, 31))
    page.report = None
    page.refresh()
    qtbot.waitUntil(lambda: page.report is not None, timeout=30_000)
    return page


def _cells(page: VatReportPage) -> list[list[str]]:
    table = page.summary
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_the_period_by_rate_the_net_due_and_each_rates_documents(
    qtbot: QtBot, books: Ledger, runner: Runner
) -> None:
    page = page_on(qtbot, books, runner)
    assert page.period.currentData() == ""  # the dates were typed: "Other dates"
    rows = _cells(page)
    assert rows[0][1:] == ["22 %", "1,300.00", "286.00"]
    assert rows[1][1:] == ["9 %", "0.00", "0.00"]  # the book, invoiced and credited
    assert rows[2][2:] == ["1,300.00", "286.00"]  # output, total
    assert rows[3][1:] == ["22 %", "1,000.00", "220.00"]  # input
    assert rows[-1][0] == "Net VAT due" and rows[-1][3] == "66.00"
    assert page.due.text() == "VAT to pay for the period: 66.00 EUR"
    assert "3 document" not in page.notice.text()  # four documents, one of them a credit
    assert "4 documents with VAT in this period" in page.notice.text()
    assert "USD" in page.notice.text()  # another currency has a report of its own
    page.summary.selectRow(1)
    assert page.documents.rowCount() == 2
    numbers = [page.documents.item(r, 2).text() for r in range(2)]
    assert numbers[0].startswith("INV-") and numbers[1].startswith("CN-")
    assert page.documents.item(1, 5).text() == "-3.60"
    assert page.documents.item(1, 1).text() == "Credit note"


def test_another_currency_has_its_own_report(qtbot: QtBot, books: Ledger, runner: Runner) -> None:
    page = page_on(qtbot, books, runner)
    codes = [page.currency.itemData(i) for i in range(page.currency.count())]
    assert codes == ["EUR", "USD"]
    page.currency.setCurrentIndex(1)
    page.report = None
    page.currency.activated.emit(1)
    qtbot.waitUntil(lambda: page.report is not None, timeout=30_000)
    assert page.report is not None and page.report.currency == "USD"
    assert page.due.text() == "VAT to pay for the period: 220.00 USD"
    assert "EUR" in page.notice.text()


def test_saved_as_pdf_and_csv_with_every_document(
    qtbot: QtBot, books: Ledger, runner: Runner, tmp_path: Path
) -> None:
    page = page_on(qtbot, books, runner)
    pdf, sheet = tmp_path / "vat.pdf", tmp_path / "vat.csv"
    page.save_pdf(pdf)
    qtbot.waitUntil(lambda: "vat.pdf" in page.notice.text(), timeout=30_000)
    page.save_csv(sheet)
    qtbot.waitUntil(lambda: "vat.csv" in page.notice.text(), timeout=30_000)
    text = pdf_text(pdf.read_bytes())
    assert "Mari Tamm" in text and "Paber AS" in text
    rows = list(csv.DictReader(io.StringIO(sheet.read_text(encoding="utf-8"))))
    assert len(rows) == 5  # two invoices (one at two rates), a credit note, a purchase
    assert sum(Decimal(r["vat"]) for r in rows if r["side"] == "output") == Decimal("286.00")


def test_a_failed_save_says_why_and_keeps_the_report(
    qtbot: QtBot, books: Ledger, runner: Runner, tmp_path: Path
) -> None:
    page = page_on(qtbot, books, runner)
    page.save_csv(tmp_path / "missing" / "vat.csv")
    qtbot.waitUntil(lambda: "vat.csv" in page.notice.text(), timeout=30_000)
    assert page.report is not None and page.csv_button.isEnabled()


@pytest.mark.parametrize(
    ("name", "start", "end"),
    [
        ("last-month", dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
        ("this-month", dt.date(2026, 3, 1), dt.date(2026, 3, 31)),
        ("last-quarter", dt.date(2025, 10, 1), dt.date(2025, 12, 31)),
        ("this-quarter", dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
        ("last-year", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        ("this-year", dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
    ],
)
def test_named_periods(name: str, start: dt.date, end: dt.date) -> None:
    assert period(name, DAY) == (start, end)
    assert period("last-month", dt.date(2026, 1, 15)) == (
        dt.date(2025, 12, 1),
        dt.date(2025, 12, 31),
    )

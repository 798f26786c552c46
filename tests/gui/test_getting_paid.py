"""Getting paid around the receipt dialog: the documents list's paid column and filter, receipts
opened in their own dialog (not the lines editor), the open balance on the party card, and the
ageing page with its PDF and CSV.

The customer owes INV-1 122.00 (dated 40 days ago, paid in part: overdue), INV-2 61.00 (dated
today: open) and INV-3 12.20 (dated today, paid); the terms are 14 days.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ledgerpost.domain.allocation import AllocationRequest, PaidState
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.parties import Party
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.ageing_page import AgeingPage
from ledgerpost.gui.documents.document_model import DocumentListModel
from ledgerpost.gui.documents.receipt_dialog import ReceiptDialog
from ledgerpost.gui.main_window import MainWindow
from ledgerpost.gui.people.party_editor import PartyEditor
from ledgerpost.gui.widgets.language import date_text
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import parties, payments
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import add_customer, invoice
from tests.helpers.pdf_reading import pdf_text

TODAY = dt.date.today()
PAID = DocumentListModel.COLUMNS.index("paid")


@pytest.fixture
def customer(ledger: Ledger) -> Party:
    party = add_customer(ledger)
    assert party.id is not None
    for amount, days in (("100", 40), ("50", 0), ("10", 0)):
        assert ledger.save_and_post(invoice(party, amount, on=TODAY - dt.timedelta(days))).posted
    voucher = payments.Voucher(
        DocumentType.RECEIPT,
        party.id,
        TODAY,
        Decimal("62.20"),
        allocate=(AllocationRequest("INV-1", Decimal("50")), AllocationRequest("INV-3")),
    )
    assert payments.record(ledger, voucher).done
    return party


def window_on(qtbot: QtBot, ledger: Ledger) -> MainWindow:
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    window.show()
    return window


def paid_column(window: MainWindow) -> dict[str, str] | None:
    """Number -> the paid column's text, once every row has arrived."""
    model = window.documents.model
    rows = [model.summary(r) for r in range(model.rowCount())]
    if not rows or any(row is None for row in rows):
        return None
    return {
        row.display_number: str(model.data(model.index(r, PAID)))
        for r, row in enumerate(rows)
        if row is not None
    }


def test_the_paid_column_and_its_filter(qtbot: QtBot, ledger: Ledger, customer: Party) -> None:
    window = window_on(qtbot, ledger)
    qtbot.waitUntil(lambda: paid_column(window) is not None, timeout=30_000)
    assert paid_column(window) == {
        "REC-1": "",
        "INV-3": "Paid",
        "INV-2": "Open · 61.00 open",
        "INV-1": "Overdue · 72.00 open",
    }
    model = window.documents.model
    assert model.headerData(PAID, Qt.Orientation.Horizontal) == "Paid"
    assert model.data(model.index(3, PAID), Qt.ItemDataRole.ForegroundRole) is not None
    page = window.documents
    for state, numbers in (
        (PaidState.OVERDUE, ["INV-1"]),
        (PaidState.PAID, ["INV-3"]),
        (PaidState.OPEN, ["INV-2"]),
        (PaidState.PARTLY, []),
    ):
        page.paid.setCurrentIndex(page.paid.findData(state.value))
        page.refresh()
        qtbot.waitUntil(
            lambda numbers=numbers: (
                model.total == len(numbers) and sorted(paid_column(window) or {}) == numbers
            ),
            timeout=30_000,
        )


def test_money_on_account_shows_in_the_paid_column(
    qtbot: QtBot, ledger: Ledger, customer: Party
) -> None:
    assert customer.id is not None
    voucher = payments.Voucher(DocumentType.RECEIPT, customer.id, TODAY, Decimal("20"), allocate=())
    assert payments.record(ledger, voucher).done
    window = window_on(qtbot, ledger)
    qtbot.waitUntil(lambda: paid_column(window) is not None, timeout=30_000)
    assert (paid_column(window) or {})["REC-2"] == "20.00 on account"


def test_receipts_open_in_the_receipt_dialog_not_the_lines_editor(
    qtbot: QtBot, ledger: Ledger, customer: Party
) -> None:
    window = window_on(qtbot, ledger)
    page = window.documents
    qtbot.waitUntil(lambda: paid_column(window) is not None, timeout=30_000)
    page.table.doubleClicked.emit(page.model.index(0, 2))  # REC-1, the newest
    qtbot.waitUntil(lambda: isinstance(getattr(page, "voucher_dialog", None), ReceiptDialog))
    dialog = page.voucher_dialog
    assert isinstance(dialog, ReceiptDialog) and dialog.document is not None
    assert dialog.document.display_number == "REC-1"
    assert not hasattr(window, "editor")
    dialog.close()
    for doc_type in (DocumentType.RECEIPT, DocumentType.PAYMENT):
        window.new_document(doc_type)
        made = page.voucher_dialog
        assert isinstance(made, ReceiptDialog) and made.doc_type is doc_type
        made.close()
    assert not hasattr(window, "editor")


def test_the_party_card_shows_its_open_balance_and_oldest_overdue_invoice(
    qtbot: QtBot, ledger: Ledger, runner: Runner, customer: Party
) -> None:
    assert customer.id is not None
    editor = PartyEditor(AppContext(ledger, runner), parties.card(ledger, customer.id))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.balance.isVisibleTo(editor), timeout=30_000)
    due = date_text(TODAY - dt.timedelta(days=26))
    assert editor.balance.text() == (
        f"Open balance: 133.00 EUR · oldest overdue: INV-1, due {due} (26 days overdue)"
    )


def test_the_ageing_page_shows_the_parties_and_saves_pdf_and_csv(
    qtbot: QtBot, ledger: Ledger, runner: Runner, customer: Party, tmp_path: Path
) -> None:
    page = AgeingPage(AppContext(ledger, runner))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=30_000)
    cells = [[page.table.item(r, c).text() for c in range(10)] for r in range(2)]
    assert cells[0] == [
        "Mari Tamm", "Receivable", "EUR", "61.00", "72.00", "0.00", "0.00", "0.00", "0.00",
        "133.00",
    ]  # fmt: skip
    assert cells[1][0] == "Total" and cells[1][-1] == "133.00"
    page.save_csv(tmp_path / "ageing.csv")
    qtbot.waitUntil(lambda: "Saved to" in page.status.text(), timeout=30_000)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "ageing.csv").read_text("utf-8"))))
    assert [(r["party"], r["current"], r["1-30"], r["total"]) for r in rows] == [
        ("Mari Tamm", "61.00", "72.00", "133.00"),
        ("", "61.00", "72.00", "133.00"),
    ]
    page.status.clear()
    page.save_pdf(tmp_path / "ageing.pdf")
    qtbot.waitUntil(lambda: "Saved to" in page.status.text(), timeout=30_000)
    assert "Mari Tamm" in pdf_text((tmp_path / "ageing.pdf").read_bytes())

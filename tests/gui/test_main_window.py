"""The main window lists the ledger's documents and filters them by type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ledgerpost.domain.documents import DocumentType
from ledgerpost.gui.document_model import PAGE
from ledgerpost.gui.main_window import MainWindow
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import add_customer, invoice


def test_the_window_shows_the_demo_documents_newest_first(
    qtbot: QtBot, demo_ledger: Ledger
) -> None:
    window = MainWindow(demo_ledger)
    qtbot.addWidget(window)
    window.show()
    assert "LedgerPost Demo OÜ" in window.windowTitle()
    model = window.model
    assert model.total == demo_ledger.count_documents()
    assert model.rowCount() == min(PAGE, model.total)
    dates = [model.summary(r).date for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    assert window.statusBar().currentMessage().startswith(str(model.total))


def test_choosing_a_type_lists_only_that_type(qtbot: QtBot, demo_ledger: Ledger) -> None:
    window = MainWindow(demo_ledger)
    qtbot.addWidget(window)
    invoices_row = 1 + list(DocumentType).index(DocumentType.INVOICE)
    window.navigation.setCurrentRow(invoices_row)
    model = window.model
    assert window.heading.text() == "Sales invoices"
    assert model.rowCount() > 0
    assert {model.summary(r).type for r in range(model.rowCount())} == {DocumentType.INVOICE}
    shown = model.index(0, 1).data(Qt.ItemDataRole.DisplayRole)
    assert shown.startswith("INV-") or shown == "draft"


def test_rows_arrive_a_page_at_a_time(qtbot: QtBot, ledger: Ledger) -> None:
    party = add_customer(ledger)
    for _ in range(PAGE + 30):
        ledger.save_and_post(invoice(party))
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    model = window.model
    assert model.rowCount() == PAGE and model.canFetchMore(model.index(-1, -1))
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE + 30)
    last = model.summary(PAGE + 29)
    assert last.display_number == "INV-1"
    assert model.index(0, 4).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight

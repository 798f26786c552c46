"""The main window lists the ledger's documents, filters them, and shows the mail status."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ledgerpost.domain.documents import DocumentType
from ledgerpost.gui.documents.document_model import PAGE
from ledgerpost.gui.mail.background_delivery import DeliveryStatus
from ledgerpost.gui.main_window import MainWindow
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.outbox import Waiting
from tests.helpers.books import add_customer, invoice
from tests.helpers.document_list import settled


def window_on(qtbot: QtBot, ledger: Ledger) -> MainWindow:
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    window.show()
    return window


def choose(qtbot: QtBot, window: MainWindow, doc_type: DocumentType) -> None:
    root = window.navigation.topLevelItem(0)
    window.navigation.setCurrentItem(root.child(list(DocumentType).index(doc_type)))
    settled(qtbot, window.documents.model)


def test_the_window_shows_the_demo_documents_newest_first(
    qtbot: QtBot, demo_ledger: Ledger
) -> None:
    window = window_on(qtbot, demo_ledger)
    assert "LedgerPost Demo OÜ" in window.windowTitle()
    model = settled(qtbot, window.documents.model)
    assert model.total == demo_ledger.count_documents() == model.rowCount()
    assert model.total < PAGE
    dates = [model.summary(r).date for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    assert window.statusBar().currentMessage().startswith(str(model.total))


def test_choosing_a_type_lists_only_that_type(qtbot: QtBot, demo_ledger: Ledger) -> None:
    window = window_on(qtbot, demo_ledger)
    choose(qtbot, window, DocumentType.INVOICE)
    model = window.documents.model
    assert window.documents.heading.text() == "Sales invoices"
    assert model.rowCount() > 0
    assert {model.summary(r).type for r in range(model.rowCount())} == {DocumentType.INVOICE}
    shown = model.index(0, 2).data(Qt.ItemDataRole.DisplayRole)
    assert shown.startswith("INV-") or shown == "draft"


def test_number_and_date_filters_narrow_the_list(qtbot: QtBot, demo_ledger: Ledger) -> None:
    window = window_on(qtbot, demo_ledger)
    choose(qtbot, window, DocumentType.INVOICE)
    page = window.documents
    page.numbers.setText("3-7")
    page.apply.click()
    settled(qtbot, page.model)
    assert sorted(page.model.summary(r).number for r in range(page.model.rowCount())) == [
        3,
        4,
        5,
        6,
        7,
    ]
    page.numbers.setText("seven")
    page.apply.click()
    assert "number range" in page.filter_problem.text()
    assert page.model.rowCount() == 5  # a bad filter keeps the list as it was
    page.numbers.clear()
    first = page.model.summary(page.model.rowCount() - 1).date
    page.use_dates.setChecked(True)
    page.date_from.setDate(first)
    page.date_to.setDate(first)
    page.apply.click()
    settled(qtbot, page.model)
    assert {page.model.summary(r).date for r in range(page.model.rowCount())} == {first}


def test_every_document_is_a_row_and_a_page_is_read_when_it_is_looked_at(
    qtbot: QtBot, ledger: Ledger
) -> None:
    party = add_customer(ledger)
    for _ in range(PAGE + 30):
        ledger.save_and_post(invoice(party))
    window = window_on(qtbot, ledger)
    model = settled(qtbot, window.documents.model)
    assert model.rowCount() == model.total == PAGE + 30
    assert model.summary(0) is not None and model.summary(0).display_number == f"INV-{PAGE + 30}"
    window.documents.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.summary(PAGE + 29) is not None)
    assert model.index(PAGE + 29, 2).data() == "INV-1"
    alignment = model.index(0, 5).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight


def test_the_status_bar_says_what_the_mail_is_doing(qtbot: QtBot, ledger: Ledger) -> None:
    window = window_on(qtbot, ledger)
    later = utcnow() + dt.timedelta(minutes=3, seconds=5)
    window.show_delivery_status(DeliveryStatus(True, False, Waiting(4, later, 0, 1, 2)))
    text = window.delivery_label.text()
    assert "offline" in text and "4 waiting" in text and "next attempt in 3 min" in text
    assert "3 need attention" in text
    window.show_delivery_status(DeliveryStatus(False, None, Waiting(0, None, 0, 0, 0)))
    assert window.delivery_label.text().startswith("Mail: no server set")


def test_double_click_opens_the_document_and_new_opens_an_empty_draft(
    qtbot: QtBot, demo_ledger: Ledger
) -> None:
    window = window_on(qtbot, demo_ledger)
    choose(qtbot, window, DocumentType.INVOICE)
    first = window.documents.model.summary(0)
    window.documents.open_requested.emit(first.id)
    qtbot.waitUntil(lambda: hasattr(window, "editor"), timeout=10_000)
    assert window.editor.document is not None and window.editor.document.id == first.id
    window.editor.close()
    window.documents.new_button.click()
    assert window.editor.document is None
    assert window.editor.doc_type is DocumentType.INVOICE


def test_settings_open_from_the_menu_and_a_new_company_name_shows_in_the_title(
    qtbot: QtBot, ledger: Ledger
) -> None:
    from ledgerpost.domain.parties import Company

    window = window_on(qtbot, ledger)
    window.settings_action.trigger()
    assert window.settings_dialog.isVisible()
    window.settings_dialog.reject()
    ledger.update_company(Company(name="Uus Nimi OÜ"))
    window.context.changes.settings.emit()
    assert window.windowTitle() == "LedgerPost — Uus Nimi OÜ"


def test_send_by_email_is_offered_for_posted_documents_only(
    qtbot: QtBot, demo_ledger: Ledger
) -> None:
    from ledgerpost.domain.documents import DocumentState

    window = window_on(qtbot, demo_ledger)
    choose(qtbot, window, DocumentType.INVOICE)
    model = window.documents.model
    rows = {model.summary(r).state: r for r in range(model.rowCount())}  # type: ignore[union-attr]
    table = window.documents.table
    table.setCurrentIndex(model.index(rows[DocumentState.DRAFT], 1))
    assert not window.send_action.isEnabled()
    table.setCurrentIndex(model.index(rows[DocumentState.POSTED], 1))
    assert window.send_action.isEnabled()
    window.send_action.trigger()
    dialog = window.send_dialog
    assert dialog.isVisible()
    qtbot.waitUntil(
        lambda: "INV-" in dialog.windowTitle() or dialog.subject.text() != "", timeout=10_000
    )
    dialog.reject()


def test_batch_send_opens_once_and_stays_while_a_batch_runs(
    qtbot: QtBot, demo_ledger: Ledger
) -> None:
    window = window_on(qtbot, demo_ledger)
    window.batch_action.trigger()
    first = window.batch_dialog
    assert first is not None and first.isVisible()
    first.close()
    window.batch_action.trigger()
    assert window.batch_dialog is first and first.isVisible()


def test_the_mail_pages_are_in_the_navigation(qtbot: QtBot, demo_ledger: Ledger) -> None:
    window = window_on(qtbot, demo_ledger)
    titles = [
        window.navigation.topLevelItem(i).text(0)
        for i in range(window.navigation.topLevelItemCount())
    ]
    assert titles == [
        "Documents",
        "Customers",
        "Suppliers",
        "Employees",
        "Ageing of open items",
        "Email queue",
        "Sent messages",
        "Message credits",
        "Books",
        "VAT report",
        "Users and rights",
    ]
    keys = (
        "customer",
        "supplier",
        "employee",
        "ageing",
        "email-queue",
        "sent-report",
        "credits",
        "books",
        "vat-report",
        "users",
    )
    for index, key in enumerate(keys, start=1):
        window.navigation.setCurrentItem(window.navigation.topLevelItem(index))
        assert window.pages.currentWidget() is window.page(key)


def test_back_up_from_the_file_menu_copies_and_checks_the_ledger(
    qtbot: QtBot, demo_ledger: Ledger, tmp_path: Path
) -> None:
    window = window_on(qtbot, demo_ledger)
    assert window.backup_action in window.file_menu.actions()
    assert window.backup_action.isEnabled()
    target = tmp_path / "friday.ledgerpost"
    window.back_up(str(target))
    qtbot.waitUntil(lambda: "checked" in window.statusBar().currentMessage(), timeout=120_000)
    assert str(target) in window.statusBar().currentMessage()
    copy = Ledger.open(str(target), create=False)
    try:
        assert copy.count_documents() == demo_ledger.count_documents()
    finally:
        copy.close()
    window.back_up(str(target))  # never over a file: said, not crashed
    qtbot.waitUntil(
        lambda: "already exists" in window.statusBar().currentMessage(), timeout=120_000
    )

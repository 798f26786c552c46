"""The documents list's row actions on a real ledger: waiving a posted reminder's fee (after a
confirmation, only with the right to post, the list and the open items read again)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ledgerpost.domain.documents import Document, DocumentType, Letter, Line
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.parties import Party
from ledgerpost.domain.users import Right
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.documents_page import DocumentsPage
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import receivables
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import add_customer, invoice
from tests.helpers.users import as_user, without

TODAY = dt.date.today()


def reminder_with_fee(ledger: Ledger) -> Party:
    """A customer owing INV-1 (122.00) and REM-1's fee of 10.00."""
    party = add_customer(ledger)
    assert party.id is not None
    assert ledger.save_and_post(invoice(party, "100", on=TODAY - dt.timedelta(60))).posted
    reminder = Document(
        DocumentType.REMINDER,
        party.id,
        TODAY - dt.timedelta(5),
        "EUR",
        (Line("Reminder fee", Decimal(1), Decimal("10.00")),),
        letter=Letter("Third reminder", "Please pay INV-1."),
    )
    assert ledger.save_and_post(reminder).posted
    return party


def page_on(qtbot: QtBot, context: AppContext, doc_type: DocumentType | None) -> DocumentsPage:
    page = DocumentsPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 400)
    page.show()
    page.show_filter(DocumentFilter(type=doc_type), "Documents")
    qtbot.waitUntil(lambda: page.model.total is not None and page.model.total > 0, timeout=30_000)
    return page


def choose(qtbot: QtBot, page: DocumentsPage, number: str) -> None:
    def row() -> int:
        for r in range(page.model.rowCount()):
            found = page.summary_at(r)
            if found is not None and found.display_number == number:
                return r
        return -1

    qtbot.waitUntil(lambda: row() >= 0, timeout=30_000)
    page.table.selectRow(row())


def answer(button_text: str) -> None:
    """Click ``button_text`` in the question box once it is up."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        (button,) = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
        button.click()

    QTimer.singleShot(0, click)


def test_waiving_a_reminder_fee_from_the_list(qtbot: QtBot, ledger: Ledger, runner: Runner) -> None:
    party = reminder_with_fee(ledger)
    page = page_on(qtbot, AppContext(ledger, runner), DocumentType.REMINDER)
    actions = page.row_actions
    assert actions.waive_fee in page.table.actions()  # the row's context menu
    assert not actions.waive_fee.isEnabled()  # nothing chosen yet
    choose(qtbot, page, "REM-1")
    assert actions.waive_fee.isEnabled()

    answer("Cancel")  # asked first; nothing happens without a yes
    actions.waive_fee.trigger()
    assert [i.number for i in receivables.open_items(ledger, party_id=party.id)] == [
        "INV-1",
        "REM-1",
    ]

    answer("Waive fee")
    actions.waive_fee.trigger()
    qtbot.waitUntil(lambda: page.notice.isVisible(), timeout=30_000)
    assert page.notice.text() == "CN-1 waives the fee of REM-1."
    assert [i.number for i in receivables.open_items(ledger, party_id=party.id)] == ["INV-1"]

    # The list is read again: REM-1 has nothing open, and the action is off for it.
    def read_again() -> bool:
        found = page.selected()
        return found is not None and found.open == Decimal("0.00")

    qtbot.waitUntil(read_again, timeout=30_000)
    assert not actions.waive_fee.isEnabled()
    credit = ledger.find_document(DocumentType.CREDIT_NOTE, 1)
    assert credit is not None and credit.totals.gross == Decimal("10.00")
    assert ledger.check() == []


def test_no_waiving_on_an_invoice_nor_without_the_right_to_post(
    qtbot: QtBot, ledger: Ledger
) -> None:
    reminder_with_fee(ledger)
    page = page_on(qtbot, AppContext(ledger, Runner()), None)
    choose(qtbot, page, "INV-1")
    assert not page.row_actions.waive_fee.isEnabled()

    clerk = AppContext(ledger, Runner(), session=as_user("anna", without(Right.POST_DOCUMENTS)))
    page = page_on(qtbot, clerk, DocumentType.REMINDER)
    choose(qtbot, page, "REM-1")
    action = page.row_actions.waive_fee
    assert not action.isEnabled() and "Post documents" in action.toolTip()


def test_credit_note_from_the_list_opens_the_editor_on_the_new_credit_note(
    qtbot: QtBot, ledger: Ledger
) -> None:
    from ledgerpost.gui.documents.document_editor import DocumentEditor
    from ledgerpost.gui.main_window import MainWindow

    reminder_with_fee(ledger)
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    window.show()
    page = window.documents
    page.show_filter(DocumentFilter(), "Documents")
    actions = page.row_actions
    assert actions.credit_note in page.table.actions()
    choose(qtbot, page, "REM-1")
    assert not actions.credit_note.isEnabled()  # a reminder is not credited so
    choose(qtbot, page, "INV-1")
    assert actions.credit_note.isEnabled()

    actions.credit_note.trigger()
    qtbot.waitUntil(lambda: getattr(actions, "credit_dialog", None) is not None, timeout=30_000)
    dialog = actions.credit_dialog
    qtbot.waitUntil(lambda: dialog.target is not None, timeout=30_000)
    assert "left to credit 122.00 EUR" in dialog.left.text()
    with qtbot.waitSignal(page.editor_opened, timeout=30_000):
        dialog.ok.click()
    editor = window.editor  # the window shows it, as the invoice editor's credit note does
    assert isinstance(editor, DocumentEditor) and editor.isVisible()
    assert editor.doc_type is DocumentType.CREDIT_NOTE
    qtbot.waitUntil(lambda: editor.credited.target() is not None, timeout=30_000)
    invoice = ledger.find_document(DocumentType.INVOICE, 1)
    assert invoice is not None
    assert editor.credited.target().invoice.id == invoice.id  # type: ignore[union-attr]
    assert editor.lines.lines() == invoice.lines
    editor.post_button.click()
    qtbot.waitUntil(
        lambda: editor.document is not None and editor.document.is_posted, timeout=30_000
    )
    open_items = receivables.open_items(ledger, party_id=invoice.party_id)
    assert [i.number for i in open_items] == ["REM-1"]  # the invoice is settled


def test_no_credit_note_for_a_draft_nor_without_the_right_to_post(
    qtbot: QtBot, ledger: Ledger
) -> None:
    party = reminder_with_fee(ledger)
    ledger.save_draft(invoice(party, "30", on=TODAY))
    page = page_on(qtbot, AppContext(ledger, Runner()), DocumentType.INVOICE)
    choose(qtbot, page, "INV-1")
    assert page.row_actions.credit_note.isEnabled()

    def draft_row() -> int:
        for r in range(page.model.rowCount()):
            found = page.summary_at(r)  # None while its page is still being read
            if found is not None and found.number is None:
                return r
        return -1

    qtbot.waitUntil(lambda: draft_row() >= 0, timeout=30_000)
    page.table.selectRow(draft_row())
    assert not page.row_actions.credit_note.isEnabled()

    clerk = AppContext(ledger, Runner(), session=as_user("anna", without(Right.POST_DOCUMENTS)))
    page = page_on(qtbot, clerk, DocumentType.INVOICE)
    choose(qtbot, page, "INV-1")
    action = page.row_actions.credit_note
    assert not action.isEnabled() and "Post documents" in action.toolTip()

"""The document editor: live totals, save options remembered, post, print preview, mail icon."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from ledgerpost.domain.documents import DocumentState, DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.document_editor import SAVE, SAVE_AND_SEND, DocumentEditor
from ledgerpost.gui.documents.lines_model import read_decimal
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import add_customer


def editor_for(qtbot: QtBot, ledger: Ledger, **kwargs: object) -> DocumentEditor:
    context = AppContext(ledger, Runner())
    editor = DocumentEditor(context, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.party.count() > 0)
    return editor


def type_line(editor: DocumentEditor, row: int, *values: str) -> None:
    for column, value in enumerate(values):
        assert editor.lines.setData(editor.lines.index(row, column), value)


def test_numbers_are_read_the_way_people_type_them() -> None:
    assert read_decimal("1 234,50") == Decimal("1234.50")
    assert read_decimal("1,234.50") == Decimal("1234.50")
    assert read_decimal("1.234,5") == Decimal("1234.5")
    assert read_decimal("12") == Decimal(12)
    assert read_decimal("twelve") is None


def test_totals_follow_the_lines_with_vat_per_line(qtbot: QtBot, ledger: Ledger) -> None:
    add_customer(ledger)
    editor = editor_for(qtbot, ledger)
    type_line(editor, 0, "Pen", "3", "0,07", "22")
    assert "Net 0.21" in editor.totals.text() and "VAT 0.05" in editor.totals.text()
    editor.add_line.click()
    type_line(editor, 1, "Book", "1", "10", "9")
    assert "Total 11.16 EUR" in editor.totals.text()
    assert not editor.lines.setData(editor.lines.index(1, 1), "many")


def test_save_keeps_a_draft_and_post_numbers_it(qtbot: QtBot, ledger: Ledger) -> None:
    add_customer(ledger)
    editor = editor_for(qtbot, ledger)
    editor.choose_save_option(SAVE)
    type_line(editor, 0, "Consulting", "2", "50", "22")
    editor.save()
    qtbot.waitUntil(lambda: editor.document is not None)
    assert editor.document is not None and editor.document.state is DocumentState.DRAFT
    assert ledger.count_documents(DocumentFilter(state=DocumentState.DRAFT)) == 1
    editor.post_button.click()
    qtbot.waitUntil(lambda: editor.document is not None and editor.document.is_posted)
    assert editor.document.display_number == "INV-1"
    assert not editor.save_button.isEnabled() and editor.mail_button.isEnabled()


def test_a_draft_that_cannot_be_posted_says_why_and_is_kept(qtbot: QtBot, ledger: Ledger) -> None:
    add_customer(ledger)
    editor = editor_for(qtbot, ledger)
    type_line(editor, 0, "", "0", "10", "22")
    editor.post_button.click()
    qtbot.waitUntil(lambda: bool(editor.problems.text()))
    assert "quantity is zero" in editor.problems.text()
    assert editor.document is not None and editor.document.state is DocumentState.DRAFT


def test_save_and_send_is_remembered_and_asks_for_the_send_dialog(
    qtbot: QtBot, ledger: Ledger
) -> None:
    add_customer(ledger)
    editor = editor_for(qtbot, ledger)
    editor.choose_save_option(SAVE_AND_SEND)
    type_line(editor, 0, "Training day", "1", "480", "22")
    with qtbot.waitSignal(editor.send_requested, timeout=10_000) as asked:
        editor.save()
    posted = ledger.find_document(DocumentType.INVOICE, 1)
    assert posted is not None and asked.args == [posted.id]
    again = editor_for(qtbot, ledger)
    assert again.save_option == SAVE_AND_SEND
    assert again.save_button.text() == "Save and send"


def test_a_posted_document_opens_read_only_and_prints_its_stored_copy(
    qtbot: QtBot, demo_ledger: Ledger
) -> None:
    summary = demo_ledger.documents(
        DocumentFilter(type=DocumentType.INVOICE, state=DocumentState.POSTED), limit=1
    )[0]
    editor = editor_for(qtbot, demo_ledger, document=demo_ledger.document(summary.id))
    assert editor.windowTitle().endswith(summary.display_number)
    assert not editor.party.isEnabled() and editor.lines.read_only
    editor.print_copy()
    qtbot.waitUntil(lambda: hasattr(editor, "preview"), timeout=10_000)
    assert editor.preview.document.pageCount() == 1
    assert summary.display_number in editor.preview.windowTitle()

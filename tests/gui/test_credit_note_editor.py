"""Credit notes in the editor: "Credit note…" on a posted invoice (all lines or chosen ones), a
new credit note that picks its invoice, and never more than is left to credit."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.document_editor import DocumentEditor
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import receivables
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.printing import print_document
from tests.helpers.books import add_customer

LINES = (
    Line("Consulting", Decimal(2), Decimal(100), Decimal(22)),
    Line("Travel", Decimal(1), Decimal(50), Decimal(22)),
)


def posted_invoice(ledger: Ledger) -> Document:
    party = add_customer(ledger, language="en")
    assert party.id is not None
    draft = Document(DocumentType.INVOICE, party.id, dt.date.today(), "EUR", LINES)
    result = ledger.save_and_post(draft)
    assert result.posted
    return result.document


def editor_for(qtbot: QtBot, ledger: Ledger, **kwargs: object) -> DocumentEditor:
    editor = DocumentEditor(AppContext(ledger, Runner()), **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.party.count() > 0, timeout=30_000)
    return editor


def credit_from(
    qtbot: QtBot, editor: DocumentEditor, untick: tuple[int, ...] = ()
) -> DocumentEditor:
    """Click "Credit note…", untick rows, make it: the editor the invoice's editor hands over."""
    assert editor.credit_button.isVisibleTo(editor)
    editor.credit_button.click()
    dialog = editor.credit_dialog
    qtbot.waitUntil(lambda: dialog.target is not None, timeout=30_000)
    for row in untick:
        dialog.lines.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(editor.editor_opened, timeout=30_000) as opened:
        dialog.ok.click()
    made = opened.args[0]
    assert isinstance(made, DocumentEditor)
    qtbot.addWidget(made)
    qtbot.waitUntil(lambda: made.party.count() > 0 and made.credited.count() > 0, timeout=30_000)
    return made


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_credit_note_on_a_posted_invoice_credits_the_chosen_lines_and_settles_it(
    qtbot: QtBot, ledger: Ledger
) -> None:
    invoice = posted_invoice(ledger)
    editor = editor_for(qtbot, ledger, document=invoice)
    note_editor = credit_from(qtbot, editor, untick=(0,))
    assert note_editor.doc_type is DocumentType.CREDIT_NOTE
    assert note_editor.lines.lines() == LINES[1:]
    assert note_editor.credited.target() is not None
    assert note_editor.credited.target().invoice.id == invoice.id  # type: ignore[union-attr]
    assert note_editor.credited.isVisibleTo(note_editor)
    assert not note_editor.credit_button.isVisibleTo(note_editor)
    assert note_editor.problems.text() == ""

    note_editor.post_button.click()
    qtbot.waitUntil(
        lambda: note_editor.document is not None and note_editor.document.is_posted, timeout=30_000
    )
    note = note_editor.document
    assert note is not None and note.display_number == "CN-1"
    assert note.credited_document_id == invoice.id and note.reference == invoice.display_number
    assert note.due_date is None
    (open_item,) = [i for i in receivables.open_items(ledger) if i.document_id == invoice.id]
    assert open_item.open == Decimal("305.00") - Decimal("61.00")  # less the travel line
    text = pdf_text(print_document(ledger, note.id or 0).pdf)
    assert "Credited invoice" in text and "INV-1" in text
    assert "This credit note corrects invoice INV-1." in text
    assert "Travel" in text and "Consulting" not in text


def test_what_is_left_to_credit_is_shown_and_a_fully_credited_invoice_offers_nothing(
    qtbot: QtBot, ledger: Ledger
) -> None:
    invoice = posted_invoice(ledger)
    assert ledger.save_and_post(ledger.credit_note_for(invoice.id or 0, LINES[:1])).posted
    editor = editor_for(qtbot, ledger, document=ledger.document(invoice.id or 0))
    editor.credit_button.click()
    dialog = editor.credit_dialog
    qtbot.waitUntil(lambda: dialog.target is not None, timeout=30_000)
    assert "left to credit 61.00 EUR" in dialog.left.text()
    assert "more than is left" in dialog.problem.text()  # both lines: 305.00 of 61.00
    dialog.lines.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.problem.text() == "" and dialog.ok.isEnabled()
    dialog.reject()

    assert ledger.save_and_post(ledger.credit_note_for(invoice.id or 0, LINES[1:])).posted
    again = editor_for(qtbot, ledger, document=ledger.document(invoice.id or 0))
    again.credit_button.click()
    qtbot.waitUntil(lambda: again.credit_dialog.target is not None, timeout=30_000)
    assert "left to credit 0.00 EUR" in again.credit_dialog.left.text()
    assert not again.credit_dialog.ok.isEnabled()


def test_a_new_credit_note_picks_its_invoice_and_cannot_credit_more_than_is_left(
    qtbot: QtBot, ledger: Ledger
) -> None:
    invoice = posted_invoice(ledger)
    editor = editor_for(qtbot, ledger, doc_type=DocumentType.CREDIT_NOTE)
    qtbot.waitUntil(lambda: editor.credited.count() == 2, timeout=30_000)  # "Choose…", INV-1
    assert "INV-1" in editor.credited.itemText(1)
    assert "left to credit 305.00 EUR" in editor.credited.itemText(1)
    editor.credited.setCurrentIndex(1)
    editor.credited.activated.emit(1)
    assert editor.lines.lines() == LINES  # the invoice's lines, to change
    assert editor.lines.setData(editor.lines.index(0, 1), "3")  # 3 × 100 + VAT is too much
    assert "left to credit" in editor.problems.text() and "INV-1" in editor.problems.text()

    editor.post_button.click()
    qtbot.waitUntil(
        lambda: editor.document is not None and editor.document.id is not None, timeout=30_000
    )
    qtbot.waitUntil(lambda: "INV-1" in editor.problems.text(), timeout=30_000)
    assert editor.document is not None and not editor.document.is_posted
    assert editor.document.credited_document_id == invoice.id

    assert editor.lines.setData(editor.lines.index(0, 1), "1")
    assert editor.problems.text() == ""
    editor.post_button.click()
    qtbot.waitUntil(
        lambda: editor.document is not None and editor.document.is_posted, timeout=30_000
    )
    assert editor.document.reference == "INV-1"


def test_a_credit_note_without_an_invoice_is_kept_as_a_draft_and_says_so(
    qtbot: QtBot, ledger: Ledger
) -> None:
    posted_invoice(ledger)
    editor = editor_for(qtbot, ledger, doc_type=DocumentType.CREDIT_NOTE)
    qtbot.waitUntil(lambda: editor.credited.count() == 2, timeout=30_000)
    for column, value in enumerate(("Goodwill", "1", "10", "22")):
        assert editor.lines.setData(editor.lines.index(0, column), value)
    editor.post_button.click()
    qtbot.waitUntil(lambda: "invoice" in editor.problems.text(), timeout=30_000)
    assert editor.document is not None and not editor.document.is_posted


def test_in_the_window_the_new_credit_note_opens_as_the_current_editor(
    qtbot: QtBot, ledger: Ledger
) -> None:
    from ledgerpost.gui.main_window import MainWindow

    invoice = posted_invoice(ledger)
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    window.show()
    window.open_document(invoice.id or 0)
    qtbot.waitUntil(lambda: getattr(window, "editor", None) is not None, timeout=30_000)
    invoice_editor = window.editor
    qtbot.waitUntil(lambda: invoice_editor.party.count() > 0, timeout=30_000)
    credit_from(qtbot, invoice_editor)
    qtbot.waitUntil(lambda: window.editor is not invoice_editor, timeout=30_000)
    note_editor = window.editor
    assert note_editor.doc_type is DocumentType.CREDIT_NOTE and note_editor.isVisible()
    assert note_editor.lines.lines() == LINES
    note_editor.post_button.click()
    qtbot.waitUntil(
        lambda: note_editor.document is not None and note_editor.document.is_posted,
        timeout=30_000,
    )
    assert ledger.document(note_editor.document.id or 0).credited_document_id == invoice.id

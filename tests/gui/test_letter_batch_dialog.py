"""A letter to several parties from the editor: "Send to several…" on a letter draft opens the
dialog, the recipients are chosen by kind, language and checks, the preview names who gets a
letter (in which language, to which address) and who not and why, and Send makes the numbered
letters and queues them as one batch that a real SMTP server receives, each once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ledgerpost.domain.documents import Document, DocumentType, Letter
from ledgerpost.domain.parties import AddressRole, EmailAddress, Party, PartyKind
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.document_editor import DocumentEditor
from ledgerpost.gui.documents.letter_batch_dialog import LetterBatchDialog
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services.ledger import Ledger
from tests.conftest import TEST_COMPANY
from tests.helpers.mail_queue import connected, deliver
from tests.helpers.smtp_server import SmtpTestServer

WAIT_MS = 60_000


@pytest.fixture
def books(tmp_path: Path) -> Iterator[Ledger]:
    ledger = Ledger.open(str(tmp_path / "books.sqlite3"))
    ledger.create_company(TEST_COMPANY)
    cards = [
        ("Aino Kask", "et", PartyKind.CUSTOMER, "aino@example.com"),
        ("Brandt & Söhne GmbH", "de", PartyKind.CUSTOMER, "brandt@example.com"),
        ("Northwind Traders Ltd", "en", PartyKind.CUSTOMER, "north@example.com"),
        ("No Address Ltd", "en", PartyKind.CUSTOMER, ""),
        ("Office Supplies AS", "et", PartyKind.SUPPLIER, "office@example.com"),
    ]
    for name, language, kind, address in cards:
        emails = (EmailAddress(address, AddressRole.BILLING),) if address else ()
        ledger.add_party(Party(kind, name, language, emails=emails))
    yield ledger
    ledger.close()


def _draft(ledger: Ledger) -> Document:
    first = ledger.parties(PartyKind.CUSTOMER)[0]
    assert first.id is not None
    letter = Letter("Our new address", "From May we are at Pikk 1, Tallinn.", "Regards", "Anna")
    return ledger.save_draft(
        Document(DocumentType.LETTER, first.id, dt.date(2026, 4, 20), "EUR", letter=letter)
    )


def _open(qtbot: QtBot, ledger: Ledger) -> tuple[DocumentEditor, LetterBatchDialog]:
    editor = DocumentEditor(AppContext(ledger, Runner()), _draft(ledger))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.head.party_id() is not None, timeout=WAIT_MS)
    assert editor.several_button.isVisible() and editor.several_button.isEnabled()
    qtbot.mouseClick(editor.several_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(editor, "letter_batch", None) is not None, timeout=WAIT_MS)
    dialog: LetterBatchDialog = editor.letter_batch
    qtbot.waitUntil(lambda: dialog.recipients.cards.count() == 5, timeout=WAIT_MS)
    return editor, dialog


def _preview(qtbot: QtBot, dialog: LetterBatchDialog) -> None:
    dialog.last_preview = None
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_preview is not None, timeout=WAIT_MS)


def _rows(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_send_to_several_previews_and_sends_each_letter_once(
    qtbot: QtBot, books: Ledger, smtp_server: SmtpTestServer, tmp_path: Path
) -> None:
    with connected(books, smtp_server):
        editor, dialog = _open(qtbot, books)
        try:
            chooser = dialog.recipients
            assert chooser.kind.currentData() == "customer"
            assert chooser.count.text() == "4 cards chosen"  # the supplier is not shown
            _preview(qtbot, dialog)
            assert dialog.summary.text() == (
                "3 letters to send · cost: 3 credits · available: 105 credits"
            )
            assert _rows(dialog.letters) == [
                ["Aino Kask", "Eesti", "aino@example.com"],
                ["Brandt & Söhne GmbH", "Deutsch", "brandt@example.com"],
                ["Northwind Traders Ltd", "English", "north@example.com"],
            ]
            assert dialog.skipped_label.text() == "Left out: 1 card, with the reason"
            ((party, why),) = _rows(dialog.skipped)
            assert party == "No Address Ltd" and "No Address Ltd" in why
            shot = dialog.grab()  # what docs/screenshots/letter-batch.png shows
            assert not shot.isNull() and shot.save(str(tmp_path / "letter-batch.png"))

            chooser.filter.setText("north")  # only Northwind shown, so only it chosen
            assert dialog.last_preview is None and not dialog.send_button.isEnabled()
            chooser.filter.clear()
            chooser.language.setCurrentIndex(chooser.language.findData("de"))
            assert chooser.party_ids() == tuple(
                p.id for p in books.parties(PartyKind.CUSTOMER) if p.language == "de"
            )
            chooser.language.setCurrentIndex(0)
            _preview(qtbot, dialog)
            qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.last_run is not None, timeout=WAIT_MS)
            run = dialog.last_run
            assert (
                run is not None
                and run.queued == 3
                and sorted(run.made)
                == [
                    "LET-1",
                    "LET-2",
                    "LET-3",
                ]
            )
            assert dialog.notice.text() == "3 letters made and put in the outbox."
            deliver(books)
            qtbot.waitUntil(
                lambda: (
                    dialog.running.last_counts is not None and dialog.running.last_counts.sent == 3
                ),
                timeout=WAIT_MS,
            )
            _preview(qtbot, dialog)  # again: everyone has the letter now
            assert dialog.last_preview is not None and dialog.last_preview.count == 0
            assert not dialog.send_button.isEnabled()
            assert len(dialog.last_preview.skipped) == 4
            # The draft stays a draft: it is the template.
            assert editor.document is not None and not editor.document.is_posted
        finally:
            dialog.running.shut()
            dialog.context.runner.wait()
            editor.context.runner.wait()
    assert sorted(r.rcpt_tos for r in smtp_server.received) == [
        ("aino@example.com",),
        ("brandt@example.com",),
        ("north@example.com",),
    ]


def test_a_posted_letter_offers_no_send_to_several(qtbot: QtBot, books: Ledger) -> None:
    draft = _draft(books)
    posted = books.post(draft.id or 0).document
    editor = DocumentEditor(AppContext(books, Runner()), posted)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.several_button.isVisible()
    invoice = DocumentEditor(AppContext(books, Runner()), doc_type=DocumentType.INVOICE)
    qtbot.addWidget(invoice)
    invoice.show()
    assert not invoice.several_button.isVisible()
    for made in (editor, invoice):
        made.context.runner.wait()


def test_a_letter_whose_message_was_cancelled_is_previewed_as_sent_again(
    qtbot: QtBot, books: Ledger, smtp_server: SmtpTestServer, tmp_path: Path
) -> None:
    from ledgerpost.services import outbox

    with connected(books, smtp_server):
        editor, dialog = _open(qtbot, books)
        try:
            _preview(qtbot, dialog)
            qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.last_run is not None, timeout=WAIT_MS)
            aino = next(p for p in books.parties(PartyKind.CUSTOMER) if p.name == "Aino Kask")
            (message,) = outbox.entries(books, party_id=aino.id)
            outbox.cancel(books, message.id)
            number = books.document(message.document_id or 0).display_number
            _preview(qtbot, dialog)
            assert _rows(dialog.letters) == [
                [f"Aino Kask ({number} sent again (cancelled before))", "Eesti", "aino@example.com"]
            ]
            assert dialog.grab().save(str(tmp_path / "letter-batch-again.png"))
        finally:
            dialog.close()
            editor.close()

"""A posted invoice's editor: "In dispute" leaves that one invoice out of reminders (the
customer's others are reminded as usual); a draft has no such box; it takes the right to post."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pytestqt.qtbot import QtBot

from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.domain.users import Right
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.document_editor import DocumentEditor
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import reminders
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import add_customer
from tests.helpers.users import as_user, without

LONG_AGO = dt.date(2026, 1, 5)
DAY = dt.date(2026, 3, 1)  # both invoices long overdue


def _invoices(ledger: Ledger) -> list[Document]:
    party = add_customer(ledger, language="en")
    assert party.id is not None
    made = []
    for amount in ("100", "40"):
        line = Line("Consulting", Decimal(1), Decimal(amount), Decimal(22))
        result = ledger.save_and_post(
            Document(DocumentType.INVOICE, party.id, LONG_AGO, "EUR", (line,))
        )
        assert result.posted
        made.append(result.document)
    return made


def _editor(qtbot: QtBot, context: AppContext, document: Document) -> DocumentEditor:
    editor = DocumentEditor(context, document)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _reminded(ledger: Ledger) -> set[int]:
    found = reminders.preview(ledger, DAY, today=DAY)
    return {i.item.document_id for r in found.plan.reminders for i in r.items}


def test_one_invoice_in_dispute_is_left_out_of_reminders(qtbot: QtBot, ledger: Ledger) -> None:
    first, second = _invoices(ledger)
    assert _reminded(ledger) == {first.id, second.id}
    editor = _editor(qtbot, AppContext(ledger, Runner()), first)
    box = editor.dispute
    assert box.isVisible() and box.isEnabled() and not box.isChecked()
    box.click()
    qtbot.waitUntil(lambda: reminders.invoice_disputed(ledger, first.id or 0), timeout=30_000)
    assert _reminded(ledger) == {second.id}
    again = _editor(qtbot, AppContext(ledger, Runner()), first)
    qtbot.waitUntil(lambda: again.dispute.isChecked(), timeout=30_000)  # read back
    again.dispute.click()
    qtbot.waitUntil(lambda: not reminders.invoice_disputed(ledger, first.id or 0), timeout=30_000)
    assert _reminded(ledger) == {first.id, second.id}


def test_no_box_on_a_draft_and_none_to_tick_without_the_right(qtbot: QtBot, ledger: Ledger) -> None:
    first, _second = _invoices(ledger)
    draft = ledger.save_draft(
        Document(DocumentType.INVOICE, first.party_id, DAY, "EUR", first.lines)
    )
    assert not _editor(qtbot, AppContext(ledger, Runner()), draft).dispute.isVisible()
    clerk = AppContext(ledger, Runner(), session=as_user("anna", without(Right.POST_DOCUMENTS)))
    box = _editor(qtbot, clerk, first).dispute
    assert box.isVisible() and not box.isEnabled()
    assert "Post documents" in box.toolTip()

"""The documents page narrows its list by party and by where each document stands with email."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import text

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter, MailState
from ledgerpost.gui.main_window import MainWindow
from ledgerpost.services.ledger import Ledger
from tests.helpers.outbox_rows import add_messages


def _shown(window: MainWindow) -> list[int] | None:
    """The ids the list shows, once every row has arrived."""
    model = window.documents.model
    rows = [model.summary(r) for r in range(model.rowCount())]
    if any(row is None for row in rows):
        return None
    return [row.id for row in rows if row is not None]


def test_the_list_narrows_to_one_party_and_to_the_sent_ones(
    qtbot: QtBot, demo_ledger: Ledger
) -> None:
    window = MainWindow(demo_ledger)
    qtbot.addWidget(window)
    window.show()
    page = window.documents
    invoices = [
        d for d in demo_ledger.documents(DocumentFilter(type=DocumentType.INVOICE)) if d.number
    ]
    party = invoices[0].party
    qtbot.waitUntil(lambda: page.party.findText(party) > 0, timeout=10_000)

    page.party.setCurrentIndex(page.party.findText(party))
    page.refresh()
    expected = {d.id for d in demo_ledger.documents(DocumentFilter(party_id=invoices[0].party_id))}
    qtbot.waitUntil(lambda: set(_shown(window) or ()) == expected, timeout=10_000)

    (outbox_id,) = add_messages(demo_ledger, 1)
    with demo_ledger.db.write() as s:
        s.execute(
            text("UPDATE outbox_message SET document_id = :d, status = 'sent' WHERE id = :i"),
            {"d": invoices[0].id, "i": outbox_id},
        )
    page.mail.setCurrentIndex(page.mail.findData(MailState.SENT.value))
    page.refresh()
    qtbot.waitUntil(lambda: _shown(window) == [invoices[0].id], timeout=10_000)

    page.party.setEditText("Nobody of that name")
    page.refresh()
    assert "Nobody of that name" in page.filter_problem.text()

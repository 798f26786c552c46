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


def test_a_new_card_is_offered_when_the_user_comes_to_choose(
    qtbot: QtBot, demo_ledger: Ledger
) -> None:
    from tests.helpers.books import add_customer

    window = MainWindow(demo_ledger)
    qtbot.addWidget(window)
    window.show()
    page = window.documents
    qtbot.waitUntil(lambda: page.party.count() > 1, timeout=10_000)
    add_customer(demo_ledger, "Uus Klient OÜ")
    page.context.changes.documents.emit()  # as after any change: nothing is read yet
    assert page.party.findText("Uus Klient OÜ") < 0
    page.party.wanted.emit()  # focus or the list opening
    qtbot.waitUntil(lambda: page.party.findText("Uus Klient OÜ") > 0, timeout=10_000)

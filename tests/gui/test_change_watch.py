"""What another desk commits to the shared ledger shows in the window without a restart."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ledgerpost.gui.context import AppContext
from ledgerpost.gui.main_window import MainWindow
from ledgerpost.gui.widgets.change_watch import ChangeWatcher
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import add_customer, invoice
from tests.helpers.document_list import settled


def test_an_invoice_posted_at_another_desk_appears_in_the_list(
    qtbot: QtBot, ledger: Ledger
) -> None:
    customer = add_customer(ledger)
    ledger.save_and_post(invoice(customer, "100.00"))
    context = AppContext(ledger, Runner())
    window = MainWindow(ledger, context)
    qtbot.addWidget(window)
    window.show()
    model = settled(qtbot, window.documents.model)
    assert model.total == 1
    watcher = ChangeWatcher(context, window, interval_ms=50)
    watcher.start()
    qtbot.wait(200)  # the first look only notes where the ledger stands

    other_desk = Ledger.open(ledger.db.url)  # its own connections, as another process would
    try:
        other_desk.save_and_post(invoice(customer, "250.00"))
    finally:
        other_desk.close()

    qtbot.waitUntil(lambda: model.total == 2 and not model.loading, timeout=10_000)
    assert {model.summary(r).number for r in range(2)} == {1, 2}  # type: ignore[union-attr]
    assert watcher.problem == ""
    watcher.stop()

"""The parties page archives the chosen card; "Show archived" brings it back into the list."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ledgerpost.domain.parties import PartyKind
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.people.parties_page import PartiesPage
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import add_customer


def test_archive_and_show_archived(qtbot: QtBot, ledger: Ledger, runner: Runner) -> None:
    add_customer(ledger, "Kept Customer")
    page = PartiesPage(AppContext(ledger, runner), PartyKind.CUSTOMER)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30_000)
    page.table.selectRow(0)
    assert page.archive_button.isEnabled()
    page.archive_selected()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=30_000)
    assert ledger.parties(PartyKind.CUSTOMER) == []
    page.show_archived.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30_000)
    page.table.selectRow(0)
    assert page.archive_button.text() == "Un&archive"
    page.archive_selected()
    qtbot.waitUntil(lambda: len(ledger.parties(PartyKind.CUSTOMER)) == 1, timeout=30_000)

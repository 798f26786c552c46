"""The Books page shows the trial balance; double-click opens an account's general ledger;
"New journal entry…" posts a balanced entry and says what is wrong with an unbalanced one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pytestqt.qtbot import QtBot

from ledgerpost.domain.books import ManualLine
from ledgerpost.gui.books.books_page import BooksPage
from ledgerpost.gui.books.entry_dialog import JournalEntryDialog
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import books
from ledgerpost.services.ledger import Ledger


def page_on(qtbot: QtBot, ledger: Ledger, runner: Runner) -> BooksPage:
    page = BooksPage(AppContext(ledger, runner))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.found is not None, timeout=30_000)
    return page


def test_the_trial_balance_and_an_accounts_ledger(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    today = dt.date.today()
    lines = [
        ManualLine("1000", Decimal("250"), Decimal(0)),
        ManualLine("3000", Decimal(0), Decimal("250")),
    ]
    assert books.add_entry(ledger, today, lines, "capital", post=True).done
    page = page_on(qtbot, ledger, runner)
    cells = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert cells[:2] == ["1000", "3000"]
    assert page.table.item(2, 2).text() == page.table.item(2, 3).text() == "250.00"
    page.open_ledger(0)
    qtbot.waitUntil(lambda: page.ledger_dialog is not None, timeout=30_000)
    dialog = page.ledger_dialog
    assert dialog is not None
    last = dialog.table.rowCount() - 1
    assert dialog.table.item(1, 1).text() == "JE-1"
    assert dialog.table.item(last, 6).text() == "250.00"


def test_the_entry_dialog_refuses_then_posts(qtbot: QtBot, ledger: Ledger, runner: Runner) -> None:
    page = page_on(qtbot, ledger, runner)
    page.open_entry_dialog()
    dialog = page.entry_dialog
    assert isinstance(dialog, JournalEntryDialog)
    dialog.set_line(0, "1000", "100", "")
    dialog.set_line(1, "3000", "", "90")
    dialog.keep()
    qtbot.waitUntil(lambda: "10" in dialog.problems.text(), timeout=30_000)
    assert dialog.isVisible()
    dialog.set_line(1, "3000", "", "100")
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        dialog.keep()
    assert saved.args == ["JE-1"]
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=30_000)
    assert books.entry(ledger, 1).debit_total == Decimal("100")

"""The Books page shows the trial balance; double-click opens an account's general ledger;
"New journal entry…" posts a balanced entry and says what is wrong with an unbalanced one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot

from ledgerpost.domain.books import ManualLine
from ledgerpost.gui.books.books_page import BooksPage
from ledgerpost.gui.books.entry_dialog import JournalEntryDialog
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import books
from ledgerpost.services.ledger import Ledger
from tests.helpers.pdf_reading import pdf_text


def capital(amount: str) -> list[ManualLine]:
    """A balanced entry: the bank debited, owner's equity credited."""
    return [
        ManualLine("1000", Decimal(amount), Decimal(0)),
        ManualLine("3000", Decimal(0), Decimal(amount)),
    ]


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
    lines = capital("250")
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


def test_a_draft_entry_is_listed_posted_and_a_posted_one_reversed(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    today = dt.date.today()
    two = capital("40")
    assert books.add_entry(ledger, today, two, "a draft").done
    assert books.add_entry(ledger, today, two, "to delete").done
    page = page_on(qtbot, ledger, runner)
    box = page.entries
    qtbot.waitUntil(lambda: box.table.rowCount() == 2, timeout=30_000)
    assert [box.table.item(r, 2).text() for r in range(2)] == ["Draft", "Draft"]
    box.table.selectRow(1)
    assert box.delete_button.isEnabled() and not box.reverse_button.isEnabled()
    box.delete(confirmed=True)
    qtbot.waitUntil(lambda: box.table.rowCount() == 1, timeout=30_000)
    assert "deleted" in page.notice.text()
    box.table.selectRow(0)
    box.post()
    qtbot.waitUntil(lambda: box.table.item(0, 0).text() == "JE-1", timeout=30_000)
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=30_000)  # now it counts
    assert page.notice.text() == "Journal entry JE-1 posted."
    box.table.selectRow(0)
    assert box.reverse_button.isEnabled() and not box.post_button.isEnabled()
    box.reverse(confirmed=True, day=today)
    qtbot.waitUntil(lambda: box.table.rowCount() == 2, timeout=30_000)
    qtbot.waitUntil(lambda: box.table.item(0, 5).text() == "reversed by JE-2", timeout=30_000)
    assert box.table.item(1, 5).text() == "reverses JE-1"
    box.table.selectRow(0)
    assert not box.reverse_button.isEnabled()  # an entry is reversed once
    assert all(r.balance == 0 for r in books.trial_balance_at(ledger).rows)


def test_the_status_line_counts_what_its_tab_shows(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    today = dt.date.today()
    two = capital("40")
    assert books.add_entry(ledger, today, two, "posted", post=True).done
    assert books.add_entry(ledger, today, two, "a draft").done
    page = page_on(qtbot, ledger, runner)
    qtbot.waitUntil(lambda: page.notice.text() == "2 accounts", timeout=30_000)  # 1000, 3000
    page.tabs.setCurrentWidget(page.entries)
    qtbot.waitUntil(lambda: len(page.entries.entries) == 2, timeout=30_000)
    assert page.notice.text() == "2 journal entries; 1 draft not posted yet"
    page.tabs.setCurrentWidget(page.chart)
    qtbot.waitUntil(lambda: "accounts" in page.notice.text(), timeout=30_000)
    assert page.notice.text() == f"{len(page.chart.accounts)} accounts"
    assert len(page.chart.accounts) > 2


def test_the_trial_balance_and_a_ledger_are_saved_as_pdf(
    qtbot: QtBot, ledger: Ledger, runner: Runner, tmp_path: Path
) -> None:
    today = dt.date.today()
    lines = capital("250")
    assert books.add_entry(ledger, today, lines, "capital", post=True).done
    page = page_on(qtbot, ledger, runner)
    target = tmp_path / "tb.pdf"
    page.save_pdf(target)
    qtbot.waitUntil(lambda: "tb.pdf" in page.notice.text(), timeout=30_000)
    assert "Owner" in pdf_text(target.read_bytes())
    page.open_ledger(0)
    qtbot.waitUntil(lambda: page.ledger_dialog is not None, timeout=30_000)
    dialog = page.ledger_dialog
    assert dialog is not None
    dialog.save_pdf(tmp_path / "gl.pdf")
    qtbot.waitUntil(lambda: "gl.pdf" in dialog.status.text(), timeout=30_000)
    assert "JE-1" in pdf_text((tmp_path / "gl.pdf").read_bytes())

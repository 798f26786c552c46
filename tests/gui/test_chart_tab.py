"""The chart of accounts tab of the Books page: every account with its kind, system role, bank
flag, VAT code and archived state; "New account…" adds one through the same service as
``ledgerpost accounts add`` and shows its refusals at their fields; rename, archive and open
again; a new bank account is at once a choice in the receipt dialog; without the right to
manage settings nothing changes the chart."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ledgerpost.domain.accounts import AccountKind
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.users import Right, SignedIn, User
from ledgerpost.gui.books.account_dialog import NewAccountDialog
from ledgerpost.gui.books.books_page import BooksPage
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.receipt_dialog import ReceiptDialog
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import books
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import add_customer


def page_on(qtbot: QtBot, context: AppContext) -> BooksPage:
    page = BooksPage(context)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.chart)
    qtbot.waitUntil(lambda: page.chart.table.rowCount() > 0, timeout=30_000)
    return page


def row_of(page: BooksPage, code: str) -> list[str]:
    table = page.chart.table
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == code:
            return [table.item(row, c).text() for c in range(table.columnCount())]
    raise AssertionError(f"no row for {code}")


def new_account(qtbot: QtBot, page: BooksPage) -> NewAccountDialog:
    page.chart.open_new_account()
    dialog = page.chart.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=30_000)
    return dialog


def test_the_tab_shows_the_chart_with_its_system_accounts(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    assert books.add_account(ledger, "6100", "Rent", AccountKind.EXPENSE, "S") == []
    books.archive_account(ledger, "6100")
    page = page_on(qtbot, AppContext(ledger, runner))
    assert page.tabs.tabText(2) == "Chart of accounts"
    assert row_of(page, "1000") == [
        "1000", "Bank", "Asset", "System: bank (the default bank account)", "Yes", "", "",
    ]  # fmt: skip
    assert row_of(page, "1100")[:5] == ["1100", "Cash", "Asset", "System: cash", ""]
    assert row_of(page, "6100") == ["6100", "Rent", "Expense", "", "", "S", "Archived"]
    page.chart.choose("1200")
    assert not page.chart.archive_button.isEnabled()  # posting uses it
    assert page.chart.rename_button.isEnabled()
    page.chart.choose("6100")
    assert page.chart.archive_button.isEnabled()
    assert page.chart.archive_button.text().replace("&", "") == "Open again"


def test_new_account_refuses_at_the_field_then_adds_a_bank_account_the_receipt_offers(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    add_customer(ledger)
    context = AppContext(ledger, runner)
    page = page_on(qtbot, context)
    dialog = new_account(qtbot, page)
    dialog.choose_kind(AccountKind.INCOME)
    assert not dialog.bank.isEnabled()
    dialog.choose_kind(AccountKind.ASSET)
    assert dialog.bank.isEnabled()
    dialog.number.setText("1000")  # the bank's number
    dialog.keep()
    number = dialog.field_problems["number"]
    qtbot.waitUntil(lambda: number.text() != "", timeout=30_000)
    assert number.text() == "there is already an account 1000"
    assert dialog.field_problems["name"].text() == "the account needs a name"
    assert dialog.isVisible()

    dialog.number.setText("1010")
    dialog.name.setText("Savings bank")
    dialog.bank.setChecked(True)
    with qtbot.waitSignal(dialog.added, timeout=30_000) as added:
        dialog.keep()
    assert added.args == ["1010"]
    qtbot.waitUntil(lambda: page.chart.table.rowCount() == 12, timeout=30_000)
    assert row_of(page, "1010") == ["1010", "Savings bank", "Asset", "", "Yes", "", ""]
    assert page.chart.chosen() is not None and page.chart.chosen().code == "1010"
    assert "1010" in page.notice.text()

    receipt = ReceiptDialog(context, DocumentType.RECEIPT)  # no restart
    qtbot.addWidget(receipt)
    receipt.show()
    choice = receipt.fields.bank_account
    qtbot.waitUntil(lambda: choice.count() == 2, timeout=30_000)
    assert [choice.itemText(i) for i in range(2)] == ["1000 Bank", "1010 Savings bank"]


def test_rename_archive_and_open_again(qtbot: QtBot, ledger: Ledger, runner: Runner) -> None:
    assert books.add_account(ledger, "1010", "Savings", AccountKind.ASSET, bank=True) == []
    page = page_on(qtbot, AppContext(ledger, runner))
    chart = page.chart
    chart.choose("1010")
    chart.rename("Savings bank")
    qtbot.waitUntil(lambda: row_of(page, "1010")[1] == "Savings bank", timeout=30_000)
    chart.toggle_archived()
    qtbot.waitUntil(lambda: row_of(page, "1010")[6] == "Archived", timeout=30_000)
    assert "archived" in page.notice.text()
    assert [a.code for a in books.bank_accounts(ledger)] == ["1000"]  # out of the pickers
    chart.toggle_archived()
    qtbot.waitUntil(lambda: row_of(page, "1010")[6] == "", timeout=30_000)
    assert [a.code for a in books.bank_accounts(ledger)] == ["1000", "1010"]
    chart.choose("1010")
    chart.rename("  ")
    qtbot.waitUntil(lambda: "needs a name" in page.notice.text(), timeout=30_000)
    assert row_of(page, "1010")[1] == "Savings bank"


def test_without_the_right_to_manage_settings_the_chart_is_only_shown(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    clerk = User("clerk", "Clerk", rights=frozenset({Right.POST_DOCUMENTS}))
    page = page_on(qtbot, AppContext(ledger, runner, session=SignedIn(clerk)))
    page.chart.choose("1000")
    buttons = (page.chart.new_button, page.chart.rename_button, page.chart.archive_button)
    assert not any(b.isEnabled() for b in buttons)
    page.chart.rename("Main bank")  # called anyway: the service refuses
    qtbot.waitUntil(lambda: "may not" in page.notice.text(), timeout=30_000)
    assert books.accounts(ledger)[0].name == "Bank"


def test_the_status_line_counts_the_accounts_of_the_tab_shown(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    page = page_on(qtbot, AppContext(ledger, runner))
    qtbot.waitUntil(lambda: page.notice.text() == "11 accounts", timeout=30_000)
    page.tabs.setCurrentIndex(0)
    assert page.notice.text() == "0 accounts"  # nothing posted: the trial balance is empty


def test_in_arabic_the_tab_is_translated_and_chooses_its_row(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    from ledgerpost.gui.widgets.language import apply_language

    assert books.add_account(ledger, "1010", "Savings", AccountKind.ASSET, bank=True) == []
    apply_language("ar")
    page = page_on(qtbot, AppContext(ledger, runner))
    assert page.tabs.tabText(2) == "دليل الحسابات"
    assert row_of(page, "1100")[2:4] == ["أصول", "نظامي: النقدية"]
    page.chart.choose("1010")
    chosen = page.chart.chosen()
    assert chosen is not None and chosen.code == "1010"
    assert page.chart.rename_button.isEnabled() and page.chart.archive_button.isEnabled()

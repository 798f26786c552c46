"""The chart of accounts on the Books page: every account with its kind, its posting role
(system accounts), bank flag, VAT code and whether it is archived; "New account…", rename,
archive and open again (``services.books``, as ``ledgerpost accounts …``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QInputDialog,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from ledgerpost.domain.accounts import Account, Role
from ledgerpost.domain.users import Right
from ledgerpost.gui import errors
from ledgerpost.gui.books.account_dialog import NewAccountDialog, kind_names
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.table_model import rows_table, select_row, table_over_buttons
from ledgerpost.services import books

GREY = QColor("#777777")


class ChartOfAccountsBox(QWidget):
    """The accounts table with New account…, Rename… and Archive / Open again.

    ``said(text, ok)`` tells the page's status line what an action did or why it did not;
    ``changed`` follows every change to the chart, ``shown`` each reading of it."""

    said = Signal(str, bool)
    changed = Signal()
    shown = Signal()
    """The table shows the chart as just read."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.accounts: list[Account] = []
        self.dialog: NewAccountDialog | None = None
        self.just_added = ""
        """The account "New account…" added: chosen once the table shows it."""
        headers = [
            self.tr("Number"),
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Role"),
            self.tr("Bank account"),
            self.tr("VAT code"),
            self.tr("Archived"),
        ]
        self.table = rows_table(headers, self.tr("Chart of accounts"))
        self.new_button = QPushButton(self.tr("&New account…"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.archive_button = QPushButton(self.tr("&Archive"))
        table_over_buttons(
            self, self.table, (self.new_button, self.rename_button, self.archive_button)
        )
        self.table.itemSelectionChanged.connect(self._enable)
        self.new_button.clicked.connect(self.open_new_account)
        self.rename_button.clicked.connect(lambda: self.rename())
        self.archive_button.clicked.connect(self.toggle_archived)
        self._enable()

    def role_names(self) -> dict[Role, str]:
        """What posting uses each system account for, in the window's language."""
        return {
            Role.BANK: self.tr("bank (the default bank account)"),
            Role.CASH: self.tr("cash"),
            Role.RECEIVABLES: self.tr("receivables"),
            Role.INPUT_VAT: self.tr("input VAT"),
            Role.PAYABLES: self.tr("payables"),
            Role.EMPLOYEE_PAYABLES: self.tr("payables to employees"),
            Role.OUTPUT_VAT: self.tr("output VAT"),
            Role.EQUITY: self.tr("equity"),
            Role.SALES: self.tr("sales"),
            Role.PURCHASES: self.tr("purchases"),
            Role.EMPLOYEE_COSTS: self.tr("employee expenses"),
            Role.OPENING_BALANCES: self.tr("opening balances"),
            Role.REMINDER_FEES: self.tr("reminder fees"),
            Role.EXCHANGE_DIFFERENCES: self.tr("exchange rate differences"),
        }

    def refresh(self) -> None:
        ledger = self.context.ledger
        self.context.runner.run(
            lambda: books.accounts(ledger), self._loaded, self._failed, owner=self
        )

    def _loaded(self, found: list[Account]) -> None:
        chosen = self.chosen()
        code = self.just_added or (chosen.code if chosen is not None else "")
        self.just_added = ""
        self.accounts = found
        kinds, roles = kind_names(), self.role_names()
        self.table.setRowCount(len(found))
        for at, account in enumerate(found):
            texts = [
                account.code,
                account.name,
                kinds[account.kind],
                self.tr("System: %1").replace("%1", roles[account.role]) if account.role else "",
                self.tr("Yes") if account.bank else "",
                account.vat_code,
                self.tr("Archived") if account.archived else "",
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if account.archived:
                    item.setForeground(GREY)
                self.table.setItem(at, column, item)
            if account.code == code:
                self._select(at)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._enable()
        self.shown.emit()

    def chosen(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.accounts):
            return None
        return self.accounts[rows[0].row()]

    def choose(self, code: str) -> None:
        for at, account in enumerate(self.accounts):
            if account.code == code:
                self._select(at)

    def _select(self, row: int) -> None:
        select_row(self.table, row)

    def _enable(self) -> None:
        account = self.chosen()
        may = self.context.may(Right.MANAGE_SETTINGS)
        self.new_button.setEnabled(may)
        self.rename_button.setEnabled(may and account is not None)
        archivable = account is not None and account.role is None
        self.archive_button.setEnabled(may and archivable)
        opened = account is not None and account.archived
        self.archive_button.setText(self.tr("Open &again") if opened else self.tr("&Archive"))
        self.archive_button.setToolTip(
            self.tr("Posting uses this account: it stays open.")
            if account is not None and account.role is not None
            else ""
        )

    def open_new_account(self) -> None:
        self.dialog = NewAccountDialog(self.context, self)
        self.dialog.added.connect(self._added)
        self.dialog.open()

    def _added(self, code: str) -> None:
        self.just_added = code
        self._told(self.tr("Account %1 added.").replace("%1", code))

    def rename(self, name: str | None = None) -> None:
        """Give the chosen account another name (asked for, unless ``name`` is given)."""
        account = self.chosen()
        if account is None:
            return
        if name is None:
            name, ok = QInputDialog.getText(
                self,
                self.tr("Rename account"),
                self.tr("New name of account %1:").replace("%1", account.code),
                text=account.name,
            )
            if not ok:
                return
        ledger, by, code, new = self.context.ledger, self.context.by, account.code, name
        self.context.runner.run(
            lambda: books.rename_account(ledger, code, new, by=by),
            lambda _none: self._told(self.tr("Account %1 renamed.").replace("%1", code)),
            self._failed,
            owner=self,
        )

    def toggle_archived(self) -> None:
        """Archive the chosen account (refused in new entries, history kept), or open an
        archived one again."""
        account = self.chosen()
        if account is None:
            return
        ledger, by, code, archive = (
            self.context.ledger,
            self.context.by,
            account.code,
            not account.archived,
        )
        told = (
            self.tr("Account %1 archived: refused in new entries, its history stays.")
            if archive
            else self.tr("Account %1 is open again.")
        ).replace("%1", code)
        self.context.runner.run(
            lambda: books.archive_account(ledger, code, archive, by=by),
            lambda _none: self._told(told),
            self._failed,
            owner=self,
        )

    def _told(self, text: str) -> None:
        self.said.emit(text, True)
        self.changed.emit()
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        errors.tell(exc, lambda text: self.said.emit(text, False))

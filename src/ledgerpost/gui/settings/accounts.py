"""The "Sending accounts" tab: the ledger's accounts with their state and what to do about it,
Add / Edit / Make default / Test connection of the chosen account, and below them the default
account's server.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ledgerpost.domain.mail_accounts import AccountState, MailAccount
from ledgerpost.domain.smtp import AuthMethod
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.settings.account_editor import AccountEditor
from ledgerpost.gui.settings.smtp import SmtpTab
from ledgerpost.gui.widgets.language import sentences_message
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.gui.widgets.table_model import select_row
from ledgerpost.mail import providers
from ledgerpost.services import mail_account, mail_accounts

ROW = tuple[MailAccount, bool]
"""An account and whether its secret (password or refresh token) is kept."""


def state_text(account: MailAccount, kept: bool) -> str:
    """The account's state in a few words, with what to do when it waits for the user."""
    if account.state is AccountState.PASSWORD_REFUSED:
        return QCoreApplication.translate(
            "AccountsTab", "Password refused: type the right password under Edit"
        )
    if account.state is AccountState.SIGN_IN_NEEDED:
        return QCoreApplication.translate("AccountsTab", "Sign in again: Edit, then Sign in")
    if account.auth is AuthMethod.OAUTH2:
        return (
            QCoreApplication.translate("AccountsTab", "Ready, signed in")
            if kept
            else QCoreApplication.translate("AccountsTab", "Not signed in yet: Edit, then Sign in")
        )
    if account.smtp.wants_auth and not kept:
        return QCoreApplication.translate("AccountsTab", "No password kept: type it under Edit")
    return QCoreApplication.translate("AccountsTab", "Ready")


def _rows(context: AppContext) -> list[ROW]:
    ledger = context.ledger
    return [(a, mail_accounts.signed_in(ledger, a)) for a in mail_accounts.accounts(ledger)]


class AccountsTab(QScrollArea):
    """The accounts list and its buttons; ``smtp_tab`` edits the default account's server."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[ROW] = []
        self.editor: AccountEditor | None = None
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Provider"), self.tr("From"), self.tr("State")]
        )
        self.table.setAccessibleName(self.tr("Sending accounts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(150)
        self.table.doubleClicked.connect(self.edit)
        self.add_button = QPushButton(self.tr("&Add account…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit)
        self.default_button = QPushButton(self.tr("Make &default"))
        self.default_button.clicked.connect(self.make_default)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setToolTip(
            self.tr("Connect, encrypt and sign in with the chosen account, without sending")
        )
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setAccessibleName(self.tr("Connection test of the chosen account"))
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_result.hide()
        self.testing = False
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("What the accounts wait for"))
        self.smtp_tab = SmtpTab(self.context)
        server = QGroupBox(self.tr("The default account: server, password and connection test"))
        QVBoxLayout(server).addWidget(self.smtp_tab)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.default_button, self.test_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.test_result)
        layout.addWidget(self.note)
        layout.addWidget(server)
        self.setWidget(page)
        self.setWidgetResizable(True)

    def refresh(self) -> None:
        """Read the accounts again (in the background) and show them."""
        self.context.runner.run(lambda: _rows(self.context), self._show, owner=self)

    def _show(self, rows: list[ROW]) -> None:
        if not isValid(self):
            return
        self.rows = rows
        self.table.setRowCount(len(rows))
        waiting = []
        for row, (account, kept) in enumerate(rows):
            found = providers.profile(account.profile)
            name = account.name + (" ★" if account.default else "")
            sender = account.smtp.from_address or self.tr("(the company's address)")
            state = state_text(account, kept)
            for column, text in enumerate(
                (name, found.title if found else account.profile, sender, state)
            ):
                item = QTableWidgetItem(text)
                if column == 3 and not account.ready:
                    item.setForeground(Qt.GlobalColor.darkRed)
                    item.setToolTip(account.state_detail)
                self.table.setItem(row, column, item)
            if not account.ready:
                waiting.append(f"{account.name}: {state}")
        self.table.resizeColumnsToContents()
        if rows and self.table.currentRow() < 0:
            select_row(self.table, 0)
        note = self.tr("Messages from these accounts wait until this is done: %1")
        self.note.setText(note.replace("%1", "; ".join(waiting)) if waiting else "")
        self.note.setStyleSheet(style(Tone.PROBLEM) if waiting else "")
        self.note.setVisible(bool(waiting))
        has = bool(rows)
        self.edit_button.setEnabled(has)
        self.default_button.setEnabled(has)
        self.test_button.setEnabled(has and not self.testing)

    def selected(self) -> MailAccount | None:
        row = self.table.currentRow()
        return self.rows[row][0] if 0 <= row < len(self.rows) else None

    def add(self) -> AccountEditor:
        return self._open(None)

    def edit(self) -> AccountEditor | None:
        account = self.selected()
        return self._open(account) if account is not None else None

    def _open(self, account: MailAccount | None) -> AccountEditor:
        editor = AccountEditor(self.context, account, self)
        editor.saved.connect(lambda _name: self.refresh())
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = editor
        editor.show()
        return editor

    def make_default(self) -> None:
        account = self.selected()
        if account is None:
            return
        ledger, by, name = self.context.ledger, self.context.by, account.name
        self.context.runner.run(
            lambda: mail_accounts.make_default(ledger, name, by),
            lambda _none: self.refresh(),
            owner=self,
        )

    def test_connection(self) -> None:
        """Connect, encrypt, sign in and log out through the chosen account (in the background);
        the result is said under the buttons."""
        account = self.selected()
        if account is None or self.testing:
            return
        ledger, name = self.context.ledger, account.name
        typed = None
        if account.default and account.auth is not AuthMethod.OAUTH2:  # typed in this session
            typed = self.context.session_passwords.get(
                mail_account.account_key(ledger, account.smtp)
            )
        self.testing = True
        self.test_button.setEnabled(False)
        self._said(self.tr("Testing the connection of %1…").replace("%1", name), Tone.QUIET)
        self.context.runner.run(
            lambda: mail_account.test_connection(ledger, typed, account=name),
            lambda found: self._tested(name, sentences_message(found.sentences)),
            lambda exc: self._test_failed(name, exc),
            owner=self,
        )

    def _tested(self, name: str, sentence: str) -> None:
        self._finish_test()
        self._said("✔ " + self.tr("%1: %2").replace("%1", name).replace("%2", sentence), Tone.DONE)

    def _test_failed(self, name: str, exc: Exception) -> None:
        self._finish_test()
        if not errors.is_known(exc):
            self._said(self.tr("✘ The test stopped on an unexpected error."), Tone.PROBLEM)
        errors.tell(
            exc,
            lambda reason: self._said(
                "✘ " + self.tr("%1: %2").replace("%1", name).replace("%2", reason), Tone.PROBLEM
            ),
        )

    def _finish_test(self) -> None:
        self.testing = False
        self.test_button.setEnabled(bool(self.rows))
        self.refresh()  # a refused password pauses the account, a good one resumes it

    def _said(self, text: str, tone: Tone) -> None:
        self.test_result.setText(text)
        self.test_result.setStyleSheet(style(tone))
        self.test_result.show()

    def show_problems(self, problems: dict[str, str]) -> bool:
        return self.smtp_tab.show_problems(problems)

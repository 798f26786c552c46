"""Users and rights: the list of users, adding one, changing a card and its rights, setting a
password, and deactivating. Shown only to a user who manages users."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.users import Right, User
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.people.user_dialogs import PasswordDialog, UserDialog, problem_sentence
from ledgerpost.gui.widgets.labels import right_name
from ledgerpost.gui.widgets.page import Page
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.gui.widgets.table_model import Index, RowsModel
from ledgerpost.services import users
from ledgerpost.services.users import UserResult


class UsersModel(RowsModel):
    COLUMNS = ("login", "name", "email", "password", "active", "rights")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[User] = []
        self._headers = (
            self.tr("Login"),
            self.tr("Name"),
            self.tr("Email"),
            self.tr("Password"),
            self.tr("Active"),
            self.tr("Rights"),
        )

    def set_users(self, rows: list[User]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def user(self, row: int) -> User:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        user = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "login":
                return user.login
            if column == "name":
                return user.display_name
            if column == "email":
                return user.email
            if column == "password":
                return self.tr("set") if user.has_password else self.tr("none")
            if column == "active":
                return self.tr("yes") if user.active else self.tr("no")
            if user.rights == frozenset(Right):
                return self.tr("All rights")
            return ", ".join(right_name(r) for r in Right if r in user.rights) or self.tr("None")
        if role == Qt.ItemDataRole.ToolTipRole and column == "rights":
            return "\n".join(right_name(r) for r in Right if r in user.rights) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("password", "active"):
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole and not user.active:
            return Qt.GlobalColor.gray
        return None


class UsersPage(Page):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: QDialog | None = None

        heading = QLabel(self.tr("Users and rights"))
        heading.setStyleSheet("font-size: 15px; font-weight: 600; padding: 4px 2px;")
        explain = self.explain = QLabel(self._explanation(passwords=False))
        explain.setWordWrap(True)
        explain.setStyleSheet(style(Tone.QUIET))
        self.add_button = QPushButton(self.tr("&Add user…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.password_button = QPushButton(self.tr("Set &password…"))
        self.deactivate_button = QPushButton(self.tr("&Deactivate"))
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Users"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((90, 160, 200, 80, 60)):
            header.resizeSection(column, width)

        bar = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.password_button,
            self.deactivate_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)

        self.add_button.clicked.connect(self.add_user)
        self.edit_button.clicked.connect(self.edit_selected)
        self.password_button.clicked.connect(self.set_password)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def refresh(self) -> None:
        self._stale = False
        ledger, by = self.context.ledger, self.context.by
        self.context.runner.run(
            lambda: users.users(ledger, by), self._loaded, self._failed, owner=self
        )

    def _explanation(self, passwords: bool) -> str:
        """How logging in works now: before the first password, and from it on."""
        if passwords:
            return self.tr(
                "Everyone logs in with a login name and a password; a user without a password "
                "cannot log in until one is set."
            )
        return self.tr(
            "While no one has a password, LedgerPost opens without asking. From the first "
            "password on, everyone logs in: set your own password first."
        )

    def _loaded(self, rows: list[User]) -> None:
        self.model.set_users(rows)
        self.explain.setText(self._explanation(any(user.has_password for user in rows)))
        self._update_buttons()

    def _failed(self, exc: Exception) -> None:
        self.tell(exc)

    def selected(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.edit_button, self.password_button):
            button.setEnabled(user is not None)
        self.deactivate_button.setEnabled(user is not None and user.active)

    # --- actions -------------------------------------------------------------------------

    def add_user(self) -> None:
        self._open(UserDialog(self.context, None, self))

    def edit_selected(self) -> None:
        user = self.selected()
        if user is not None:
            self._open(UserDialog(self.context, user, self))

    def set_password(self) -> None:
        user = self.selected()
        if user is not None:
            self._open(PasswordDialog(self.context, user, self))

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._changed)
        self.dialog = dialog
        dialog.open()

    def _changed(self) -> None:
        """A card, right or password changed: this list, and the rights the window obeys."""
        self.say(self.tr("Saved."), True)
        self.refresh()
        ledger, current = self.context.ledger, self.context.by
        self.context.runner.run(
            lambda: users.refresh(ledger, current), self._session_refreshed, self._failed
        )

    def _session_refreshed(self, session: Any) -> None:
        self.context.session = session
        self.context.changes.users.emit()

    def deactivate(self) -> None:
        user = self.selected()
        if user is None or user.id is None:
            return
        ledger, by, user_id = self.context.ledger, self.context.by, user.id
        self.context.runner.run(
            lambda: users.deactivate(ledger, user_id, by),
            self._deactivated,
            self._failed,
            owner=self,
        )

    def _deactivated(self, result: UserResult) -> None:
        if not result.saved:
            self.say("\n".join(problem_sentence(p) for p in result.problems), False)
            return
        self._changed()

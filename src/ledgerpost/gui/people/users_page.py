"""Users and rights: the list of users, adding one, changing a card and its rights, setting a
password, and deactivating. Shown only to a user who manages users."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from ledgerpost.domain.problems import Problem
from ledgerpost.domain.users import Right, User
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.labels import right_name
from ledgerpost.gui.widgets.language import problem_message
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
            self.say("\n".join(_sentence(p) for p in result.problems), False)
            return
        self._changed()


class UserDialog(QDialog):
    """A new user (``user`` None) or a change to one: card, rights, active; a new user may get
    a password at once."""

    def __init__(self, context: AppContext, user: User | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.user = user
        self._busy = False
        new = user is None
        self.setWindowTitle(
            self.tr("New user")
            if new
            else self.tr("User %1").replace("%1", user.login if user else "")
        )
        card = user or User("", rights=frozenset({Right.POST_DOCUMENTS, Right.SEND_EMAIL}))
        self.login = QLineEdit(card.login)
        self.login.setReadOnly(not new)
        self.display_name = QLineEdit(card.display_name)
        self.email = QLineEdit(card.email)
        self.email.setToolTip(self.tr("Replies to the messages this user sends go here"))
        self.signature = QPlainTextEdit(card.signature)
        self.signature.setToolTip(self.tr("Closes the messages this user sends"))
        self.signature.setMaximumHeight(80)
        self.active = QCheckBox(self.tr("Active (may log in)"))
        self.active.setChecked(card.active)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        for label, widget in (
            (self.tr("&Login"), self.login),
            (self.tr("&Name"), self.display_name),
            (self.tr("&Email"), self.email),
            (self.tr("&Signature"), self.signature),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        form.addRow("", self.active)
        if new:
            self.password.setAccessibleName(self.tr("Password"))
            self.repeat.setAccessibleName(self.tr("Repeat the password"))
            form.addRow(self.tr("&Password (optional)"), self.password)
            form.addRow(self.tr("&Repeat it"), self.repeat)
        self.rights: dict[Right, QCheckBox] = {}
        rights_box = QGroupBox(self.tr("Rights"))
        rights_layout = QVBoxLayout(rights_box)
        for right in Right:
            box = QCheckBox(right_name(right))
            box.setChecked(right in card.rights)
            self.rights[right] = box
            rights_layout.addWidget(box)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(style(Tone.PROBLEM))
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(rights_box)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    def card(self) -> User:
        base = self.user or User("")
        return replace(
            base,
            login=self.login.text().strip(),
            display_name=self.display_name.text().strip(),
            email=self.email.text().strip(),
            signature=self.signature.toPlainText().strip(),
            active=self.active.isChecked(),
            rights=frozenset(r for r, box in self.rights.items() if box.isChecked()),
        )

    def save(self) -> None:
        if self._busy:
            return
        if self.user is None and self.password.text() != self.repeat.text():
            self.problems.setText(self.tr("The two passwords differ."))
            return
        self._busy = True
        self.buttons.setEnabled(False)
        ledger, by, card, password = (
            self.context.ledger,
            self.context.by,
            self.card(),
            self.password.text(),
        )
        new = self.user is None

        def work() -> UserResult:
            if new:
                return users.add_user(ledger, card, password, by)
            return users.update_user(ledger, card, by)

        self.context.runner.run(work, self._saved, self._failed, owner=self)

    def _saved(self, result: UserResult) -> None:
        if not Shiboken.isValid(self):
            return
        self._busy = False
        self.buttons.setEnabled(True)
        if not result.saved:
            self.problems.setText("\n".join(_sentence(p) for p in result.problems))
            return
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.buttons.setEnabled(True)
        errors.tell(exc, self.problems.setText)


class PasswordDialog(QDialog):
    """A new password for ``user``, typed twice; the current one when changing one's own
    without the right to manage users."""

    def __init__(self, context: AppContext, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.user = user
        self._busy = False
        self.setWindowTitle(self.tr("Password of %1").replace("%1", user.login))
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        form = QFormLayout()
        own = user.login == context.user
        needs_current = own and user.has_password and not context.may(Right.MANAGE_USERS)
        rows = [(self.tr("&New password"), self.new), (self.tr("&Repeat it"), self.repeat)]
        if needs_current:
            rows.insert(0, (self.tr("&Current password"), self.current))
        for label, widget in rows:
            widget.setEchoMode(QLineEdit.EchoMode.Password)
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(style(Tone.PROBLEM))
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        if self._busy:
            return
        if self.new.text() != self.repeat.text():
            self.problems.setText(self.tr("The two passwords differ."))
            return
        self._busy = True
        self.buttons.setEnabled(False)
        ledger, by, login = self.context.ledger, self.context.by, self.user.login
        password, current = self.new.text(), self.current.text() or None
        self.context.runner.run(
            lambda: users.set_password(ledger, login, password, by, current=current),
            self._saved,
            self._failed,
            owner=self,
        )

    def _saved(self, problems: list[Problem]) -> None:
        if not Shiboken.isValid(self):
            return
        self._busy = False
        self.buttons.setEnabled(True)
        if problems:
            self.problems.setText("\n".join(_sentence(p) for p in problems))
            return
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.buttons.setEnabled(True)
        errors.tell(exc, self.problems.setText)


def _sentence(problem: Problem) -> str:
    text = problem_message(problem)
    return text[:1].upper() + text[1:] + "."

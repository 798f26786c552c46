"""Adding or changing a user (card and rights) and setting a password: the dialogs of the users
page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
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
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services import users
from ledgerpost.services.users import UserResult


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
        self.problems, self.buttons = _problems_and_buttons(self, self.save)
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
            self.problems.setText("\n".join(problem_sentence(p) for p in result.problems))
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
        self.problems, self.buttons = _problems_and_buttons(self, self.save)
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
            self.problems.setText("\n".join(problem_sentence(p) for p in problems))
            return
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.buttons.setEnabled(True)
        errors.tell(exc, self.problems.setText)


def problem_sentence(problem: Problem) -> str:
    """A problem as a sentence of its own (capital first, full stop)."""
    text = problem_message(problem)
    return text[:1].upper() + text[1:] + "."


def _problems_and_buttons(
    dialog: QDialog, save: Callable[[], None]
) -> tuple[QLabel, QDialogButtonBox]:
    """The line that lists what is wrong, and Save / Cancel, as both user dialogs have them."""
    problems = QLabel()
    problems.setWordWrap(True)
    problems.setStyleSheet(style(Tone.PROBLEM))
    problems.setTextFormat(Qt.TextFormat.PlainText)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return problems, buttons

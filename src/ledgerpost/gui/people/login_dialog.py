"""The login dialog, shown at start only once the ledger has a password.

The password is checked in the background (scrypt takes longer than a frame); a wrong name or
password gets one sentence that does not say which of the two was wrong.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from ledgerpost.domain.users import SignedIn
from ledgerpost.gui import errors
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import users
from ledgerpost.services.errors import LoginFailed
from ledgerpost.services.ledger import Ledger


class LoginDialog(QDialog):
    """``exec()`` it; once accepted, ``session`` is who logged in."""

    def __init__(
        self, ledger: Ledger, runner: Runner, location: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.runner = runner
        self.session: SignedIn | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Log in to LedgerPost"))
        where = QLabel(_place(location))
        where.setToolTip(location)
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setStyleSheet(style(Tone.QUIET))
        where.setVisible(bool(location))
        self.login = QLineEdit()
        self.login.setAccessibleName(self.tr("Login name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(style(Tone.PROBLEM))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.log_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.log_in_button.setText(self.tr("&Log in"))
        self.buttons.accepted.connect(self.log_in)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Login name"), self.login)
        form.addRow(self.tr("&Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.login.setFocus()

    def log_in(self) -> None:
        if self._busy:
            return
        login, password = self.login.text().strip(), self.password.text()
        if not login:
            self.message.setText(self.tr("Type your login name."))
            self.login.setFocus()
            return
        self._busy = True
        self.log_in_button.setEnabled(False)
        self.message.setStyleSheet(style(Tone.QUIET))
        self.message.setText(self.tr("Checking…"))
        ledger = self.ledger
        self.runner.run(
            lambda: users.authenticate(ledger, login, password), self._in, self._refused
        )

    def _in(self, session: SignedIn) -> None:
        if not Shiboken.isValid(self):
            return
        self.session = session
        self._busy = False
        self.accept()

    def _refused(self, exc: Exception) -> None:
        if not Shiboken.isValid(self):
            if not errors.is_known(exc):
                errors.crash(exc)
            return
        self._busy = False
        self.log_in_button.setEnabled(True)
        self.message.setStyleSheet(style(Tone.PROBLEM))
        if isinstance(exc, LoginFailed):
            self.message.setText(self.tr("The login name or the password is wrong."))
        else:
            errors.tell(exc, self.message.setText)
        self.password.clear()
        self.password.setFocus()

    def reject(self) -> None:
        if not self._busy:
            super().reject()


def log_in(ledger: Ledger, runner: Runner) -> SignedIn | None:
    """The session to start with: the administrator while the ledger has no password, else
    whoever logs in (None when the user gives up)."""
    if not users.login_required(ledger):
        return users.session(ledger)
    dialog = LoginDialog(ledger, runner, ledger.location)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.session


def _place(location: str) -> str:
    """A ledger file as its path (what a bookkeeper recognises), a server as its address."""
    return location.removeprefix("sqlite:///") if location.startswith("sqlite:///") else location

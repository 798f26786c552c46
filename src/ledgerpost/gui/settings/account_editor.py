"""The editor of one sending account: its profile and the provider's guide, server, sender,
password or OAuth2 client id, pace, and the Sign in button (browser, else a device code).

Saving and signing in run in the background; the password goes to the keyring through the
services and its text never reaches a label or a log.
"""

from __future__ import annotations

import dataclasses
import webbrowser
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ledgerpost.domain.mail_accounts import MailAccount, OAuthClient, Pace
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.smtp import AuthMethod, Security, SmtpSettings
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.settings.sign_in_panel import SignInPanel
from ledgerpost.gui.widgets.language import current_language, problem_message
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.mail import providers
from ledgerpost.mail.errors import MailError, NoBrowser
from ledgerpost.services import account_sign_in, mail_accounts


def _spin(maximum: int, none_text: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setSpecialValueText(none_text)
    return box


class AccountEditor(QDialog):
    """``AccountEditor(context, account)``; None adds a new account. ``saved`` names it."""

    saved = Signal(str)

    def __init__(
        self, context: AppContext, account: MailAccount | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.account = account
        self.open_browser: Callable[[str], object] = webbrowser.open
        """How the sign-in page is opened (tests request the redirect themselves)."""
        self._busy = False
        self.setWindowTitle(self.tr("Sending account"))
        self.resize(760, 720)
        self.setMinimumWidth(600)  # the guide wraps; narrower it would be cut
        self._build()
        self._lay_out()
        self._fill(account)

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.name = QLineEdit()
        self.profile = QComboBox()
        for name, found in providers.profiles().items():
            self.profile.addItem(found.title, name)
        self.profile.setAccessibleName(self.tr("Provider"))
        self.guide = QLabel()
        self.guide.setWordWrap(True)
        self.guide.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.guide.setAccessibleName(self.tr("How to set up this provider"))
        self.guide.setStyleSheet("background: #f4f6fb; border: 1px solid #c5cde0; padding: 8px;")
        self.host, self.port = QLineEdit(), QSpinBox()
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        for security in Security:
            self.security.addItem(security.value.upper(), security.value)
        self.auth = QComboBox()
        self.auth.addItem(self.tr("Password"), AuthMethod.PASSWORD.value)
        self.auth.addItem(self.tr("OAuth2 sign-in (browser)"), AuthMethod.OAUTH2.value)
        self.client_id = QLineEdit()
        self.client_id.setPlaceholderText(self.tr("the Application (client) ID of your own app"))
        self.authorize_url, self.token_url, self.scopes = QLineEdit(), QLineEdit(), QLineEdit()
        self.user, self.from_name, self.from_address = QLineEdit(), QLineEdit(), QLineEdit()
        self.reply_to = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Leave empty to keep the saved password"))
        self.per_minute = _spin(100_000, self.tr("no limit"))
        self.per_day = _spin(10_000_000, self.tr("no limit"))
        self._build_sign_in()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Account status"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.profile.currentIndexChanged.connect(self._profile_chosen)
        self.auth.currentIndexChanged.connect(self._auth_chosen)

    def _build_sign_in(self) -> None:
        self.sign_in_panel = SignInPanel()
        self.sign_in_panel.wanted.connect(lambda device: self.sign_in(device=device))
        panel = self.sign_in_panel
        self.sign_in_button, self.device_button = panel.sign_in_button, panel.device_button
        self.cancel_button, self.sign_in_state = panel.cancel_button, panel.state

    def _lay_out(self) -> None:
        form = QFormLayout()
        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("Name:"), self.name),
            ("profile", self.tr("Provider:"), self.profile),
            ("", "", self.guide),
            ("host", self.tr("Server:"), self.host),
            ("port", self.tr("Port:"), self.port),
            ("security", self.tr("Security:"), self.security),
            ("auth", self.tr("Sign-in:"), self.auth),
            ("client_id", self.tr("Client ID:"), self.client_id),
            ("authorize_url", self.tr("Authorize URL:"), self.authorize_url),
            ("token_url", self.tr("Token URL:"), self.token_url),
            ("scope", self.tr("Scopes:"), self.scopes),
            ("user", self.tr("Login:"), self.user),
            ("password", self.tr("Password:"), self.password),
            ("from_name", self.tr("From name:"), self.from_name),
            ("from", self.tr("From address:"), self.from_address),
            ("reply-to", self.tr("Reply-To:"), self.reply_to),
            ("per_minute", self.tr("Messages a minute:"), self.per_minute),
            ("per_day", self.tr("Recipients a day:"), self.per_day),
        ]
        for _key, label, widget in rows:
            if label:
                form.addRow(label, widget)
            else:
                form.addRow(widget)
        self._field_names = {key: label.rstrip(":") for key, label, _w in rows if key}
        self._oauth_rows = [self.client_id, self.authorize_url, self.token_url, self.scopes]
        self._form = form
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sign_in_panel)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    # --- values --------------------------------------------------------------------------

    def _fill(self, account: MailAccount | None) -> None:
        if account is None:
            self.profile.setCurrentIndex(max(self.profile.findData(providers.CUSTOM), 0))
            self._profile_chosen()
            return
        self.name.setText(account.name)
        self.name.setReadOnly(True)
        self.profile.blockSignals(True)
        self.profile.setCurrentIndex(max(self.profile.findData(account.profile), 0))
        self.profile.blockSignals(False)
        smtp = account.smtp
        self.host.setText(smtp.host)
        self.port.setValue(smtp.port)
        self.security.setCurrentIndex(self.security.findData(smtp.security.value))
        self.auth.setCurrentIndex(self.auth.findData(smtp.auth.value))
        if account.oauth is not None:
            self.client_id.setText(account.oauth.client_id)
            self.authorize_url.setText(account.oauth.authorize_url)
            self.token_url.setText(account.oauth.token_url)
            self.scopes.setText(" ".join(account.oauth.scopes))
        for edit, value in (
            (self.user, smtp.user),
            (self.from_name, smtp.from_name),
            (self.from_address, smtp.from_address),
            (self.reply_to, smtp.reply_to),
        ):
            edit.setText(value)
        self.per_minute.setValue(account.pace.per_minute or 0)
        self.per_day.setValue(account.pace.per_day or 0)
        self._show_guide()
        self._auth_chosen()

    def _profile_chosen(self) -> None:
        """A provider's profile fills in its server, sign-in and pace, and shows its guide."""
        found = providers.profile(self.profile.currentData())
        if found is not None and found.name != providers.CUSTOM and found.host:
            self.host.setText(found.host)
            self.port.setValue(found.port)
            self.security.setCurrentIndex(self.security.findData(found.security.value))
            if found.auth:
                self.auth.setCurrentIndex(self.auth.findData(found.auth[0].value))
            self.authorize_url.setText(found.authorize_url)
            self.token_url.setText(found.token_url)
            self.scopes.setText(" ".join(found.scopes))
            self.per_minute.setValue(found.pace.per_minute or 0)
            self.per_day.setValue(found.pace.per_day or 0)
        self._show_guide()
        self._auth_chosen()

    def _show_guide(self) -> None:
        found = providers.profile(self.profile.currentData())
        text = found.guide_in(current_language()) if found is not None else ""
        self.guide.setText(text)
        self.guide.setVisible(bool(text))

    def _auth_chosen(self) -> None:
        oauth = self.auth.currentData() == AuthMethod.OAUTH2.value
        custom = self.profile.currentData() == providers.CUSTOM
        for widget in self._oauth_rows:
            shown = oauth and (widget is self.client_id or custom)
            self._form.setRowVisible(widget, shown)
        self._form.setRowVisible(self.password, not oauth)
        self.sign_in_panel.set_buttons_shown(oauth)
        self.sign_in_state.setVisible(oauth or bool(self.account and not self.account.ready))

    def edited(self) -> MailAccount:
        """The account as the fields now stand."""
        auth = AuthMethod(self.auth.currentData())
        smtp = SmtpSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=Security(self.security.currentData()),
            user=self.user.text().strip(),
            from_address=self.from_address.text().strip(),
            from_name=self.from_name.text().strip(),
            reply_to=self.reply_to.text().strip(),
            auth=auth,
        )
        oauth = self._oauth() if auth is AuthMethod.OAUTH2 else None
        pace = Pace(
            per_minute=self.per_minute.value() or None, per_day=self.per_day.value() or None
        )
        old = self.account
        return MailAccount(
            name=self.name.text().strip(),
            profile=self.profile.currentData(),
            smtp=smtp,
            oauth=oauth,
            pace=dataclasses.replace(
                pace, recipients_per_message=old.pace.recipients_per_message if old else None
            ),
        )

    def _oauth(self) -> OAuthClient:
        """The client as typed; the endpoints the form does not show come from the profile
        (for a custom provider: from the account as it was)."""
        found = providers.profile(self.profile.currentData())
        old = self.account.oauth if self.account is not None else None
        if found is not None and found.name != providers.CUSTOM:
            device, revoke = found.device_url, found.revoke_url
        else:
            device, revoke = (old.device_url, old.revoke_url) if old else ("", "")
        return OAuthClient(
            client_id=self.client_id.text().strip(),
            authorize_url=self.authorize_url.text().strip(),
            token_url=self.token_url.text().strip(),
            device_url=device,
            scopes=tuple(self.scopes.text().split()),
            revoke_url=revoke,
        )

    # --- saving --------------------------------------------------------------------------

    def _store(self, account: MailAccount, password: str) -> list[Problem]:
        """In the background: add or change the account, then keep a typed password."""
        ledger, by = self.context.ledger, self.context.by
        if self.account is None:
            found = mail_accounts.add(ledger, account, by)
        else:
            found = mail_accounts.change(ledger, account.name, account, by)
        if not found and password:
            mail_accounts.save_password(ledger, mail_accounts.get(ledger, account.name), password)
        return found

    def _problems_text(self, found: list[Problem]) -> str:
        """Each problem with the name of its field in front."""
        lines = []
        for problem in found:
            name = self._field_names.get(problem.field.split(":")[0], "")
            text = problem_message(problem)
            lines.append(f"{name}: {text}" if name else text)
        return "\n".join(lines)

    @property
    def busy(self) -> bool:
        return self._busy

    def save(self) -> None:
        if self._busy:
            return
        account, password = self.edited(), self.password.text()
        self._start(self.tr("Saving…"))
        self.context.runner.run(
            lambda: self._store(account, password), self._stored, self._failed, owner=self
        )

    def _stored(self, found: list[Problem]) -> None:
        self._finish()
        if found:
            self._say(self._problems_text(found), problem=True)
            return
        self._saved_as(self.edited().name)
        self._say(self.tr("The account is saved."))

    def _saved_as(self, name: str) -> None:
        self.account = mail_accounts.get(self.context.ledger, name)
        self.name.setReadOnly(True)
        self.password.clear()
        self.saved.emit(name)

    # --- signing in ----------------------------------------------------------------------

    def sign_in(self, device: bool) -> None:
        """Save, then sign in with the system browser (or a device code) in the background."""
        if self._busy:
            return
        account, ledger, by = self.edited(), self.context.ledger, self.context.by
        waiting = self.tr("Waiting for the sign-in on the other device…")
        text = waiting if device else self.tr("Waiting for the browser…")
        self._start(text)
        cancel, show = self.sign_in_panel.begin(text)
        opener = self.open_browser

        def work() -> list[Problem]:
            found = self._store(account, "")
            if not found:
                account_sign_in.sign_in(
                    ledger,
                    account.name,
                    device=device,
                    show=show,
                    open_browser=opener,
                    by=by,
                    cancel=cancel,
                )
            return found

        self.context.runner.run(work, self._signed_in, self._failed, owner=self)

    def cancel_sign_in(self) -> None:
        self.sign_in_panel.cancel()

    def _signed_in(self, found: list[Problem]) -> None:
        self._finish()
        if found:
            self._say(self._problems_text(found), problem=True)
            return
        self._saved_as(self.edited().name)
        self._say(self.tr("Signed in: the account is ready to send."))
        self.sign_in_panel.end(self.status.text())

    def _failed(self, error: Exception) -> None:
        self._finish()
        cause = error.__cause__
        shown = cause if isinstance(cause, MailError) else error
        if isinstance(cause, NoBrowser):
            self.device_button.setFocus()
        if not errors.is_known(shown):
            self._say(self.tr("Stopped on an unexpected error."), problem=True)
        errors.tell(shown, lambda text: self._say(text, problem=True))
        self.sign_in_panel.end(self.status.text())

    def _start(self, text: str) -> None:
        self._busy = True
        self.buttons.setEnabled(False)
        self.sign_in_panel.set_enabled(False)
        self._say(text)

    def _finish(self) -> None:
        self._busy = False
        self.buttons.setEnabled(True)
        self.sign_in_panel.set_enabled(True)

    def _say(self, text: str, problem: bool = False) -> None:
        if isValid(self.status):
            self.status.setText(text)
            self.status.setStyleSheet(style(Tone.PROBLEM) if problem else "")

    def reject(self) -> None:
        self.cancel_sign_in()
        super().reject()

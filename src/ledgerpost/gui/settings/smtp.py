"""The "Mail server" tab: where and how mail goes out, the password, and Test connection.

The connection test runs in the background with the settings as typed (nothing is saved by
testing) and answers in one plain sentence, green or red. The password field is never filled
in from anywhere and its text never reaches a label or a log.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ledgerpost.domain.settings import BY_KEY
from ledgerpost.domain.smtp import DEFAULT_PORTS, Security
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.settings.fields import (
    FieldSet,
    add_row,
    description_of,
    label_of,
    problem_label,
    show_problem,
)
from ledgerpost.gui.widgets.language import sentences_message
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.mail.connection_check import ConnectionCheck
from ledgerpost.services import mail_account, settings_editor

KEYS = (
    "smtp.host",
    "smtp.port",
    "smtp.user",
    "smtp.ca_file",
    "smtp.from_name",
    "smtp.from_address",
    "smtp.reply_to",
    "smtp.allow_insecure_auth",
)
OK_STYLE = "background: #e3f4e1; color: #1b5e20; border: 1px solid #8bc34a; padding: 6px;"
FAILED_STYLE = "background: #fdecea; color: #8e0000; border: 1px solid #e57373; padding: 6px;"
BUSY_STYLE = "background: #f2f2f2; color: #333; border: 1px solid #ccc; padding: 6px;"


class SmtpTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.connection_timeout = 30.0
        """Seconds the connection test waits for the server (tests make it shorter)."""
        self.fields = FieldSet(KEYS)
        self._testing = False

        self._build_security()
        self._build_password()
        self._build_test()
        self._lay_out()
        self._connect()

    def _build_security(self) -> None:
        self.security = QComboBox()
        for security, name in (
            (Security.STARTTLS, self.tr("STARTTLS (usually port 587)")),
            (Security.SSL, self.tr("SSL/TLS from the start (usually port 465)")),
            (Security.NONE, self.tr("None: no encryption (local servers only, port 25)")),
        ):
            self.security.addItem(name, security.value)
        self.security.setAccessibleName(label_of("smtp.security"))
        self.security.setToolTip(description_of(BY_KEY["smtp.security"]))
        self.security_hint = QLabel()
        self.security_hint.setWordWrap(True)
        self.security_hint.setAccessibleName(self.tr("Security hint"))
        self.security_problem = problem_label(self.tr("Problem with the security"))
        self._last_security = Security.STARTTLS

    def _build_password(self) -> None:
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("Leave empty to keep the saved password"))
        self.password.setToolTip(
            self.tr("Kept in the system keyring, never in the books. Type it only to change it.")
        )
        self.password_note = QLabel()
        self.password_note.setWordWrap(True)
        self.password_note.setAccessibleName(self.tr("Where the password is kept"))
        self.password_note.hide()
        self.password_problem = problem_label(self.tr("Problem with the password"))

        self.choose_ca = QPushButton(self.tr("Choose…"))
        self.choose_ca.setAccessibleName(self.tr("Choose a CA file"))
        self.choose_ca.clicked.connect(self._choose_ca_file)

        self.insecure_warning = QLabel(
            self.tr(
                "Your password would travel unencrypted and could be read on the way. "
                "Tick this only for a mail server on your own local network."
            )
        )
        self.insecure_warning.setWordWrap(True)
        self.insecure_warning.setStyleSheet(style(Tone.PROBLEM))
        self.insecure_warning.setAccessibleName(self.tr("Warning about unencrypted sign-in"))

    def _build_test(self) -> None:
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.test_button.setToolTip(
            self.tr("Connect, encrypt and sign in with the settings as typed, without sending")
        )
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_result.setAccessibleName(self.tr("Connection test result"))
        self.test_result.hide()
        self.test_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def _lay_out(self) -> None:
        form = self._form()
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_result, 1)
        test_row.addStretch(0)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addLayout(test_row)
        layout.addStretch(1)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        add_row(form, self.fields["smtp.host"])
        add_row(form, self.fields["smtp.port"])
        security_box = QVBoxLayout()
        security_box.setSpacing(2)
        security_box.addWidget(self.security)
        security_box.addWidget(self.security_hint)
        security_box.addWidget(self.security_problem)
        security_label = QLabel(label_of("smtp.security") + ":")
        security_label.setBuddy(self.security)
        form.addRow(security_label, security_box)
        add_row(form, self.fields["smtp.user"])
        password_box = QVBoxLayout()
        password_box.setSpacing(2)
        password_box.addWidget(self.password)
        password_box.addWidget(self.password_problem)
        password_box.addWidget(self.password_note)
        password_label = QLabel(self.tr("Password:"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, password_box)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.fields["smtp.ca_file"], 1)
        ca_row.addWidget(self.choose_ca, 0, Qt.AlignmentFlag.AlignTop)
        ca_label = QLabel(label_of("smtp.ca_file") + ":")
        ca_label.setBuddy(self.fields["smtp.ca_file"].editor)
        form.addRow(ca_label, ca_row)
        for key, placeholder in (
            ("smtp.from_name", self.tr("empty: the sender name on the Company tab")),
            ("smtp.from_address", self.tr("empty: the sender address on the Company tab")),
            (
                "smtp.reply_to",
                self.tr("empty: the sending user's address, else the Company tab's Reply-To"),
            ),
        ):
            editor = self.fields[key].editor
            if isinstance(editor, QLineEdit):
                editor.setPlaceholderText(placeholder)
            add_row(form, self.fields[key])
        add_row(form, self.fields["smtp.allow_insecure_auth"])
        form.addRow(self.insecure_warning)
        return form

    def _connect(self) -> None:
        self.security.currentIndexChanged.connect(self._security_changed)
        self.fields["smtp.port"].edited.connect(self._update_hint)
        self.fields["smtp.allow_insecure_auth"].edited.connect(self._update_insecure_warning)
        self._update_hint()
        self._update_insecure_warning()

    # --- values -------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        values = self.fields.values()
        values["smtp.security"] = self.security.currentData()
        return values

    def set_values(self, values: dict[str, Any]) -> None:
        self.fields.set_values(values)
        index = self.security.findData(values.get("smtp.security", Security.STARTTLS.value))
        self._last_security = Security(self.security.itemData(max(index, 0)))
        self.security.setCurrentIndex(max(index, 0))
        self._update_hint()
        self._update_insecure_warning()

    def typed_password(self) -> str:
        return self.password.text()

    def show_problems(self, problems: dict[str, str]) -> bool:
        ours = self.fields.show_problems(problems)
        show_problem(self.security_problem, problems.get("smtp.security", ""))
        show_problem(self.password_problem, problems.get(settings_editor.PASSWORD, ""))
        return ours or "smtp.security" in problems or settings_editor.PASSWORD in problems

    def password_saved(self, note: str) -> None:
        """After saving: forget the typed text and say where the password went."""
        self.password.clear()
        self.password_note.setText(note)
        self.password_note.setVisible(bool(note))

    # --- hints --------------------------------------------------------------------------

    def _security_changed(self) -> None:
        chosen = Security(self.security.currentData())
        port = self.fields["smtp.port"]
        if port.value() == DEFAULT_PORTS[self._last_security]:
            port.set_value(DEFAULT_PORTS[chosen])
        self._last_security = chosen
        self._update_hint()
        self._update_insecure_warning()

    def _update_hint(self) -> None:
        chosen = Security(self.security.currentData())
        port = self.fields["smtp.port"].value()
        if chosen is Security.SSL and port == 587:
            hint = self.tr("Port 587 expects STARTTLS; choose STARTTLS, or SSL on port 465.")
        elif chosen is Security.STARTTLS and port == 465:
            hint = self.tr("Port 465 expects SSL; choose SSL, or STARTTLS on port 587.")
        elif chosen is Security.NONE:
            hint = self.tr(
                "Nothing is encrypted (usually port 25): use this only for a mail server on "
                "your own network. Most providers want STARTTLS on 587 or SSL on 465."
            )
        elif chosen is Security.SSL:
            hint = self.tr("The connection is encrypted from the first byte; usually port 465.")
        else:
            hint = self.tr(
                "The connection starts plain and is encrypted before signing in; usually port 587."
            )
        self.security_hint.setText(hint)

    def _update_insecure_warning(self) -> None:
        self.insecure_warning.setVisible(bool(self.fields["smtp.allow_insecure_auth"].value()))

    def _choose_ca_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the certificate to trust"),
            "",
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.fields["smtp.ca_file"].set_value(path)

    # --- connection test ----------------------------------------------------------------

    @property
    def testing(self) -> bool:
        return self._testing

    def test_connection(self) -> None:
        if self._testing:
            return
        values = self.values()
        typed = self.typed_password() or None
        smtp = settings_editor.smtp_from_values(values)
        session = (
            self.context.session_passwords.get(
                mail_account.account_key(self.context.ledger, smtp), None
            )
            if smtp is not None
            else None
        )
        password = typed or session
        ledger, timeout = self.context.ledger, self.connection_timeout
        self._testing = True
        self.test_button.setEnabled(False)
        self._show_result(self.tr("Testing the connection… (up to %1 seconds)"), BUSY_STYLE)
        self.test_result.setText(self.test_result.text().replace("%1", f"{timeout:g}"))
        self.context.runner.run(
            lambda: settings_editor.check_connection(ledger, values, password, timeout),
            self._tested,
            self._test_failed,
        )

    def _tested(self, found: ConnectionCheck) -> None:
        if not isValid(self):  # the dialog was closed while the test ran
            return
        self._finish_test()
        self._show_result("✔ " + sentences_message(found.sentences), OK_STYLE)

    def _test_failed(self, error: Exception) -> None:
        if not isValid(self):
            return
        self._finish_test()
        if not errors.is_known(error):
            self._show_result(self.tr("✘ The test stopped on an unexpected error."), FAILED_STYLE)
        errors.tell(error, lambda reason: self._show_result("✘ " + reason, FAILED_STYLE))

    def _finish_test(self) -> None:
        self._testing = False
        self.test_button.setEnabled(True)

    def _show_result(self, text: str, style: str) -> None:
        self.test_result.setText(text)
        self.test_result.setStyleSheet(style)
        self.test_result.show()

"""The sign-in row of an OAuth2 account: Sign in (system browser), Sign in with a code on
another device, Cancel while it waits, and what the sign-in says (the device code, selectable).

The work itself is the account editor's; this panel carries the device code from the sign-in's
thread to the GUI thread and the Cancel to the sign-in's thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ledgerpost.mail.oauth_sign_in import DeviceCode


class _DeviceRelay(QObject):
    """Carries the device code from the sign-in's thread to the GUI thread."""

    code = Signal(object)


class SignInPanel(QWidget):
    """``wanted(device)`` when a button asks to sign in; :meth:`begin` and :meth:`end` frame it."""

    wanted = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cancel: threading.Event | None = None
        self._relay = _DeviceRelay(self)
        self._relay.code.connect(self._show_device_code)
        self.sign_in_button = QPushButton(self.tr("Sign &in"))
        self.sign_in_button.clicked.connect(lambda: self.wanted.emit(False))
        self.device_button = QPushButton(self.tr("Sign in with a code on another device"))
        self.device_button.clicked.connect(lambda: self.wanted.emit(True))
        self.cancel_button = QPushButton(self.tr("Cancel sign-in"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state.setAccessibleName(self.tr("Sign-in state"))
        row = QHBoxLayout()
        for button in (self.sign_in_button, self.device_button, self.cancel_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.state)

    def begin(self, text: str) -> tuple[threading.Event, Callable[[DeviceCode], None]]:
        """A sign-in starts: its cancel event, and the callable that shows its device code
        (safe to call from the sign-in's thread)."""
        self._cancel = threading.Event()
        self.state.setText(text)
        self.cancel_button.show()
        self.set_enabled(False)
        return self._cancel, self._relay.code.emit

    def end(self, text: str) -> None:
        self._cancel = None
        self.cancel_button.hide()
        self.set_enabled(True)
        self.state.setText(text)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def set_enabled(self, enabled: bool) -> None:
        self.sign_in_button.setEnabled(enabled)
        self.device_button.setEnabled(enabled)

    def set_buttons_shown(self, shown: bool) -> None:
        self.sign_in_button.setVisible(shown)
        self.device_button.setVisible(shown)

    def _show_device_code(self, code: DeviceCode) -> None:
        text = self.tr("Open %1 on any device and enter the code %2.")
        self.state.setText(text.replace("%1", code.verification_uri).replace("%2", code.user_code))

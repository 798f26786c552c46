"""The bar shown after a message is put in the outbox: what happens next, and Undo while it can.

The message waits ``mail.send_delay_seconds`` before it goes; during that time Undo cancels it.
The bar says plainly whether that worked: once the message has gone it is too late.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.send_parts import local_time
from ledgerpost.gui.widgets.address_field import apply_direction
from ledgerpost.gui.widgets.labels import mail_status_name
from ledgerpost.services import send_form

LINGER_MS = 8_000
"""How long the bar stays once there is nothing left to undo."""
LATER_UNDO_SECONDS = 15
"""A message for later can be taken back at least this long from the bar (then: the outbox)."""


@dataclass(frozen=True, slots=True)
class SentMessage:
    """A message the send dialog just put in the outbox."""

    outbox_id: int
    what: str
    """e.g. "Sales invoice INV-17"."""
    to: str
    undo_seconds: int
    send_at: dt.datetime | None = None
    """When the user chose "Send later" (naive UTC)."""


class UndoBar(QFrame):
    """A slim bar for the main window, hidden until ``offer`` is called."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("undoBar")
        self.setStyleSheet(
            "#undoBar { background: #fff8e1; border: 1px solid #e0c068; border-radius: 3px; }"
        )
        self.setAccessibleName(self.tr("Message just sent"))
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo: do not send the message"))
        self.undo_button.clicked.connect(self.undo)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Close the bar"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self._sent: SentMessage | None = None
        self._left = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count_down)
        self._linger = QTimer(self)
        self._linger.setSingleShot(True)
        self._linger.timeout.connect(self.hide)
        self.hide()

    def offer(self, sent: SentMessage) -> None:
        """Show what was queued, with Undo for the delay before it goes."""
        self._sent = sent
        self._linger.stop()
        self._left = sent.undo_seconds
        if sent.send_at is not None:
            self._left = max(sent.undo_seconds, LATER_UNDO_SECONDS)
        self.undo_button.setEnabled(True)
        self.undo_button.setVisible(self._left > 0)
        self._describe()
        if self._left > 0:
            self._tick.start()
        else:
            self._tick.stop()
            self._linger.start(LINGER_MS)
        self.show()

    def seconds_left(self) -> int:
        return self._left if self._tick.isActive() else 0

    def _say(self, text: str) -> None:
        self.message.setText(text)
        apply_direction(self.message, text)

    def _describe(self) -> None:
        sent = self._sent
        if sent is None:
            return
        what = self.tr("%1 to %2").replace("%1", sent.what).replace("%2", sent.to)
        if sent.send_at is not None:
            text = self.tr("%1 will be sent on %2.").replace("%2", local_time(sent.send_at))
        elif self._left > 0:
            text = self.tr("%1 goes in %n s.", "", self._left)
        else:
            text = self.tr("%1 is on its way.")
        self._say(text.replace("%1", what))

    def _count_down(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self._left = 0
            self._tick.stop()
            self.undo_button.hide()
            self._linger.start(LINGER_MS)
        self._describe()

    def undo(self) -> None:
        sent = self._sent
        if sent is None or not self.undo_button.isEnabled():
            return
        self._tick.stop()
        self.undo_button.setEnabled(False)
        self._say(self.tr("Taking the message back…"))
        ledger = self.context.ledger
        self.context.runner.run(
            lambda: send_form.undo(ledger, sent.outbox_id),
            lambda result: self._undone(sent, result),
            lambda exc: self._failed(sent, exc),
        )

    def _undone(self, sent: SentMessage, result: send_form.UndoResult) -> None:
        self.context.changes.outbox.emit()
        if result.cancelled:
            text = self.tr("Undone: %1 will not be sent.")
        elif result.status is OutboxStatus.SENT:
            text = self.tr("Too late to undo: %1 has already been sent.")
        elif result.status is OutboxStatus.SENDING:
            text = self.tr("Too late to undo: %1 is being sent right now.")
        elif result.status is not None:
            text = self.tr("Could not undo: %1 is now “%2”.")
            text = text.replace("%2", mail_status_name(result.status))
        else:
            text = self.tr("Could not undo: %1 is no longer in the outbox.")
        self._finish(text.replace("%1", sent.what))

    def _failed(self, sent: SentMessage, exc: Exception) -> None:
        text = self.tr("Could not undo %1: %2").replace("%1", sent.what)
        errors.tell(exc, lambda reason: self._finish(text.replace("%2", reason)))

    def _finish(self, text: str) -> None:
        self._left = 0
        self.undo_button.hide()
        self._say(text)
        self._linger.start(LINGER_MS)

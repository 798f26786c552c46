"""The status bar's mail line: whether the server answers, how many messages wait, when the
next attempt is, what needs attention, and the accounts that wait for the user (a link to
Settings)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ledgerpost.gui.widgets.durations import duration_text
from ledgerpost.gui.widgets.language import problem_message

if TYPE_CHECKING:  # the delivery is started after the window
    from ledgerpost.gui.mail.background_delivery import DeliveryStatus


class DeliveryStatusLabel(QLabel):
    """Shows a :class:`DeliveryStatus`; its link (paused accounts) is ``linkActivated``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Mail status"))
        self.setTextFormat(Qt.TextFormat.RichText)

    def show_status(self, status: DeliveryStatus) -> None:
        waiting = status.waiting
        if not status.configured:
            text = self.tr("Mail: no server set")
        elif status.online is False:
            text = self.tr("Mail: offline")
        elif status.online:
            text = self.tr("Mail: online")
        else:
            text = self.tr("Mail: ready")
        text += " · " + self.tr("%n waiting", "", waiting.count)
        due_in = waiting.seconds_to_next()
        if waiting.count and due_in is not None:
            seconds = int(due_in)
            if seconds:
                text += " · " + self.tr("next attempt in %1").replace("%1", duration_text(seconds))
        if waiting.failed or waiting.uncertain:
            text += " · " + self.tr("%n need(s) attention", "", waiting.failed + waiting.uncertain)
        text = html.escape(text)
        tips = [status.problem] if status.problem else []
        if status.paused:  # accounts waiting for the user: the link opens Settings
            paused = self.tr("%n account(s) wait for you: open Settings", "", len(status.paused))
            text += f' · <a href="settings">{html.escape(paused)}</a>'
            tips += [problem_message(p) for p in status.paused]
        self.setText(text)
        self.setToolTip("\n".join(tips))

"""The party card's bounced addresses: when each bounced and why, with "Clear mark" for after
the customer has mended the mailbox. Loaded and cleared on the runner."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.outbox_model import local_time
from ledgerpost.gui.widgets.icons import icon
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services import mailbox_check
from ledgerpost.services.mailbox_check import BouncedAddress


class BounceMarks(QWidget):
    """One line per bounced address of the card (and its contacts); hidden when none."""

    def __init__(self, context: AppContext, party_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.party_id = party_id
        self.marks: list[BouncedAddress] = []
        self.clear_buttons: dict[str, QPushButton] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.lines = QVBoxLayout()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        outer.addLayout(self.lines)
        outer.addWidget(self.problem)
        self.setVisible(False)
        self.load()

    def load(self) -> None:
        if self.party_id is None:
            return
        ledger, party_id = self.context.ledger, self.party_id
        self.context.runner.run(
            lambda: mailbox_check.bounced_addresses(ledger, party_id), self._show, owner=self
        )

    def _show(self, marks: list[BouncedAddress]) -> None:
        while self.lines.count():
            item = self.lines.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.marks = marks
        self.clear_buttons = {}
        for mark in marks:
            self.lines.addWidget(self._line(mark))
        self.setVisible(bool(marks))

    def _line(self, mark: BouncedAddress) -> QWidget:
        line = QWidget()
        row = QHBoxLayout(line)
        row.setContentsMargins(0, 0, 0, 0)
        picture = QLabel()
        picture.setPixmap(icon("mail-bounced").pixmap(16, 16))
        text = self.tr("%1 bounced on %2: %3")
        reason = " ".join(part for part in (mark.status, mark.text) if part)
        label = QLabel(
            text.replace("%1", mark.address)
            .replace("%2", local_time(mark.bounced_at))
            .replace("%3", reason or self.tr("no reason given"))
        )
        label.setWordWrap(True)
        label.setStyleSheet(style(Tone.PROBLEM))
        label.setAccessibleName(self.tr("Bounced address"))
        button = QPushButton(self.tr("Clear mark"))
        button.setToolTip(self.tr("The address works again (the customer has mended it)."))
        button.clicked.connect(lambda: self.clear(mark.address))
        self.clear_buttons[mark.address] = button
        row.addWidget(picture)
        row.addWidget(label, 1)
        row.addWidget(button)
        return line

    def clear(self, address: str) -> None:
        ledger, by = self.context.ledger, self.context.session
        self.context.runner.run(
            lambda: mailbox_check.clear_bounce(ledger, address, by=by),
            lambda _cleared: self.load(),
            self._failed,
            owner=self,
        )

    def _failed(self, exc: Exception) -> None:
        self.problem.setStyleSheet(style(Tone.PROBLEM))
        errors.tell(exc, self.problem.setText)

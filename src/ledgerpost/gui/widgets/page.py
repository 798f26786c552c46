"""What every page of the main window has: a status line, and a refresh when it is seen.

A page refreshes when it is shown after something it shows has changed (``refresh_on`` names
the changes), and at once when it is visible: a hidden page never reads the ledger for nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.palette import Tone, style


class Page(QWidget):
    """A page: ``notice`` is its status line; subclasses give :meth:`refresh`."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        """Something it shows has changed since it last read it (or it never has)."""
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def refresh(self) -> None:
        """Read again what the page shows (in the background)."""
        raise NotImplementedError

    def refresh_on(self, *changes: SignalInstance) -> None:
        """Refresh after each of these changes: now if visible, else when next shown."""
        for change in changes:
            change.connect(self.changed)

    def changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def say(self, text: str, ok: bool) -> None:
        """One line under the page: what an action did, or why it did not."""
        self.notice.setStyleSheet(style(Tone.DONE if ok else Tone.PROBLEM))
        self.notice.setText(text)

    def tell(self, exc: Exception) -> None:
        """A failure on the status line if it is known trouble; a bug goes to the crash path."""
        errors.tell(exc, lambda text: self.say(text, False))

"""A grey sentence across an empty table saying why it is empty and what to do, so an empty
page never looks broken."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

from ledgerpost.gui.widgets.palette import Tone, style


class EmptyHint(QLabel):
    """Shown over ``view`` while ``is_empty()`` says so; re-asked whenever the model's rows
    change (call ``update_hint`` for anything else, such as a count arriving)."""

    def __init__(self, view: QAbstractItemView, is_empty: Callable[[], bool], text: str) -> None:
        super().__init__(text, view.viewport())
        self._view = view
        self._is_empty = is_empty
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(f"{style(Tone.QUIET)} padding: 32px;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.update_hint)
        view.viewport().installEventFilter(self)
        self.update_hint()

    def update_hint(self, *_: Any) -> None:
        self.setGeometry(self._view.viewport().rect())
        self.setVisible(self._is_empty())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self._view.viewport().rect())
        return False

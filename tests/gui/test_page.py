"""The base page: refresh when seen (never while hidden), one status line, the palette's
colours with a shade for a dark theme."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.page import Page
from ledgerpost.gui.widgets.palette import Tone, colour
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger


class CountingPage(Page):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.reads = 0
        self.refresh_on(context.changes.outbox)

    def refresh(self) -> None:
        self._stale = False
        self.reads += 1


def test_a_page_reads_when_seen_and_not_while_hidden(qtbot: QtBot, ledger: Ledger) -> None:
    page = CountingPage(AppContext(ledger, Runner()))
    qtbot.addWidget(page)
    page.context.changes.outbox.emit()
    assert page.reads == 0  # hidden: only marked
    page.show()
    qtbot.waitExposed(page)
    assert page.reads == 1
    page.context.changes.outbox.emit()
    assert page.reads == 2  # visible: at once
    page.hide()
    page.show()
    assert page.reads == 2  # nothing changed meanwhile

    page.tell(LedgerError("the ledger is read-only"))
    assert page.notice.text() == "the ledger is read-only"
    assert colour(Tone.PROBLEM) in page.notice.styleSheet()


def test_the_palette_has_a_shade_for_a_dark_theme(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = colour(Tone.PROBLEM)
    before = app.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    app.setPalette(dark)
    try:
        assert colour(Tone.PROBLEM) != light
        assert QColor(colour(Tone.PROBLEM)).lightness() > QColor(light).lightness()
    finally:
        app.setPalette(before)

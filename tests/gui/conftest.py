"""GUI tests: each starts in the app's English, left to right, and no background work or
language of one test outlives it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ledgerpost.gui.widgets.language import apply_language, current_language
from ledgerpost.gui.widgets.runner import Runner, wait_for_all


def reset_language(app: QApplication) -> None:
    """The app's English again: every translator a test left installed is removed (also one
    installed by hand, outside :func:`apply_language`), then English's own is put back, which
    also sets the layout direction and the default locale."""
    for leftover in app.findChildren(QTranslator):
        app.removeTranslator(leftover)
    apply_language("en", app)


@pytest.fixture(autouse=True)
def english_window(qapp: QApplication) -> Iterator[None]:
    """Every test starts with the window speaking English as the app does (its plural forms
    included: "1 document", "3 messages"), and whatever language, translators or direction it
    chose are undone after it, so that no test passes or fails by the one before."""
    reset_language(qapp)
    yield
    reset_language(qapp)
    assert current_language() == "en"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QLocale().language() == QLocale.Language.English


@pytest.fixture(autouse=True)
def settle_background_work(qtbot: QtBot) -> Iterator[None]:
    yield
    assert wait_for_all(30_000), "background work was still running 30 s after the test"
    qtbot.wait(10)  # deliver the answers that are already queued


@pytest.fixture
def runner() -> Iterator[Runner]:
    """The pages' background runner; drained (answers delivered too) before the ledger
    closes, so that no task outlives the test."""
    pool = Runner()
    yield pool
    for _ in range(5):
        pool.wait()
        QCoreApplication.processEvents()

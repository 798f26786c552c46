"""GUI tests: each starts in the app's English, left to right, and no background work or
language of one test outlives it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
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
def collect_on_the_gui_thread() -> Iterator[None]:
    """As the app does (``gui.widgets.collector``): no automatic collection during a test, so
    that no pool thread collects a closed dialog's wrapper and deletes the dialog off the GUI
    thread (the process then died later, painting the next test's window); the test's garbage
    is collected here, on the GUI thread, once its widgets are closed and its work is done."""
    enabled = gc.isenabled()
    gc.disable()
    yield
    for _ in range(2):
        wait_for_all(30_000)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
    if enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def widgets_die_on_the_gui_thread(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[QWidget]]:
    """Each widget given to ``qtbot.addWidget`` is held here until the test is over, then
    deleted here. pytest-qt holds it weakly: once the test's own variable was gone, the last
    reference to a window without parent could be PySide's, dropped by a signal emitted in a
    pool thread, and the window was deleted there while the GUI thread painted it (a rare
    segfault after the send dialog's tests)."""
    held: list[QWidget] = []
    add_widget = QtBot.addWidget

    def holding(self: QtBot, widget: QWidget, **options: object) -> None:
        held.append(widget)
        add_widget(self, widget, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(QtBot, "addWidget", holding)
    yield held
    for widget in held:
        if shiboken6.isValid(widget):
            widget.close()
            shiboken6.delete(widget)
    held.clear()


@pytest.fixture(autouse=True)
def settle_background_work(
    qtbot: QtBot, collect_on_the_gui_thread: None, widgets_die_on_the_gui_thread: list[QWidget]
) -> Iterator[None]:
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

"""One decision for failures: known trouble in plain words, a bug on the crash path (a crash
dialog with a report that has the traceback and no secret) and in the log file."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ledgerpost.gui.widgets.crash_dialog import CrashDialog, CrashHook
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.platform.logs import start_logging, stop_logging
from ledgerpost.services.errors import LedgerError

SECRET = "s3cret-Passw0rd"


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def _crash_dialogs() -> list[CrashDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]


@pytest.fixture
def hook(monkeypatch: pytest.MonkeyPatch) -> Iterator[CrashHook]:
    """The application's crash hook, installed for this test only (pytest-qt's is put back)."""
    hook = CrashHook(start_logging())
    monkeypatch.setattr(sys, "excepthook", hook.excepthook)
    monkeypatch.setattr(threading, "excepthook", hook.thread_hook)
    yield hook
    if hook.dialog is not None:
        hook.dialog.close()
    stop_logging()


def test_known_trouble_without_a_handler_is_told_in_plain_words(
    qtbot: QtBot, hook: CrashHook
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = Runner()

    def locked() -> None:
        raise LedgerError("the ledger is in use by another program; try again in a moment")

    runner.run(locked, owner=owner)
    qtbot.waitUntil(lambda: bool(_boxes()))
    (box,) = _boxes()
    assert box.text() == "the ledger is in use by another program; try again in a moment"
    assert _crash_dialogs() == [] and hook.dialog is None
    box.close()


def test_a_bug_reaches_the_crash_dialog_with_the_traceback_and_no_secret(
    qtbot: QtBot, hook: CrashHook
) -> None:
    runner = Runner()

    def buggy() -> None:
        password = SECRET  # a local value: never in the report
        {"user": password}["missing"]

    runner.run(buggy)
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    dialog = hook.dialog
    assert dialog is not None
    report = dialog.details.toPlainText()
    assert "Traceback (most recent call last)" in report
    assert "KeyError: 'missing'" in report and "in buggy" in report
    assert "LedgerPost 0." in report and "Python 3." in report
    assert SECRET not in report
    assert str(hook.log_path) in dialog.log_place.text()
    dialog.copy()
    assert QApplication.clipboard().text() == report
    assert _boxes() == []  # not shown as if it were known trouble
    log_text = Path(str(hook.log_path)).read_text(encoding="utf-8")
    assert "KeyError" in log_text and "background call" in log_text
    assert SECRET not in log_text


def test_a_bug_in_a_plain_thread_reaches_the_crash_dialog(qtbot: QtBot, hook: CrashHook) -> None:
    def buggy() -> None:
        raise RuntimeError("a thread of our own broke")

    thread = threading.Thread(target=buggy)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    assert hook.dialog is not None
    assert "RuntimeError: a thread of our own broke" in hook.dialog.details.toPlainText()


def test_without_the_application_hook_a_bug_still_fails_the_test(qtbot: QtBot) -> None:
    """Importing the window installs nothing: pytest-qt sees the bug (and would fail the test)."""
    runner = Runner()

    def buggy() -> None:
        raise ZeroDivisionError("a bug")

    with qtbot.captureExceptions() as caught:
        runner.run(buggy)
        qtbot.waitUntil(lambda: bool(caught))
    assert caught[0][0] is ZeroDivisionError
    assert _crash_dialogs() == []

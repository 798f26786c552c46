"""The background runner answers on the GUI thread, reports errors, and forgets dead owners."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ledgerpost.gui.widgets.runner import Runner


def test_results_and_errors_come_back_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = Runner()
    answers: list[tuple[str, object, bool]] = []
    gui_thread = QThread.currentThread()
    worker_threads: list[threading.Thread] = []

    def work() -> int:
        worker_threads.append(threading.current_thread())
        return 42

    def fail() -> int:
        raise ValueError("the server said no")

    runner.run(work, lambda r: answers.append(("done", r, QThread.currentThread() is gui_thread)))
    runner.run(fail, None, lambda e: answers.append(("error", str(e), True)))
    qtbot.waitUntil(lambda: len(answers) == 2)
    assert sorted(answers) == [("done", 42, True), ("error", "the server said no", True)]
    assert worker_threads[0] is not threading.main_thread()


def test_an_answer_for_a_closed_widget_is_dropped(qtbot: QtBot) -> None:
    runner = Runner()
    widget = QWidget()
    gate = threading.Event()
    answers: list[object] = []
    runner.run(lambda: gate.wait(5), answers.append, owner=widget)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget))
    gate.set()
    assert runner.wait(5000)
    qtbot.wait(50)
    assert answers == []

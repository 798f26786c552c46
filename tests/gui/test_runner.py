"""The background runner answers on the GUI thread, reports errors, and forgets dead owners."""

from __future__ import annotations

import gc
import threading

import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ledgerpost.gui.widgets.collector import GuiThreadCollector, collect_due
from ledgerpost.gui.widgets.runner import Runner

DEFAULT_THRESHOLDS = gc.get_threshold()


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


def test_the_collector_runs_on_the_gui_thread_only(qtbot: QtBot) -> None:
    collector = GuiThreadCollector(interval_ms=10)
    collector.start()
    try:
        assert not gc.isenabled()
        cycle: list[object] = []
        cycle.append(cycle)
        del cycle
        gc.set_threshold(1, 1, 1)
        qtbot.waitUntil(lambda: gc.get_count()[0] <= 1, timeout=30_000)
    finally:
        gc.set_threshold(*DEFAULT_THRESHOLDS)
        collector.stop()
    assert collect_due() >= 0

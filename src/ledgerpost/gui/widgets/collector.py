"""Python's cycle collector, run on the GUI thread only.

The collector runs in whichever thread happens to allocate past its threshold, often a pool
thread of the runner busy in SQLAlchemy or reportlab. Collecting there a dead widget's wrapper
(a closed dialog kept by a reference cycle) deletes the widget off the GUI thread, while the
GUI thread paints: the process dies later, inside Qt's painting. So automatic collection is off
while the window lives, and :class:`GuiThreadCollector` collects on a timer, on the GUI thread,
by the collector's own thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


def collect_due() -> int:
    """One collection of the oldest generation whose count is past its threshold (none when
    none is); the number of objects freed."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = [g for g in range(3) if thresholds[g] and counts[g] > thresholds[g]]
    return gc.collect(max(due)) if due else 0


class GuiThreadCollector(QObject):
    """``GuiThreadCollector(app).start()``: from then on cycles are collected on this thread."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(collect_due)
        self._was_enabled = gc.isenabled()

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Back to automatic collection (at shutdown, once no pool thread runs)."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

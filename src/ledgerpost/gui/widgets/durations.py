"""A wait in the status bar's words: 1 h 5 min, 3 min 20 s, 45 s."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def duration_text(seconds: int) -> str:
    """How long until the next attempt, in hours and minutes, minutes and seconds, or seconds
    (the main window's status bar words)."""
    minutes, secs = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        text = QCoreApplication.translate("MainWindow", "%1 h %2 min")
        return text.replace("%1", str(hours)).replace("%2", str(minutes))
    if minutes:
        text = QCoreApplication.translate("MainWindow", "%1 min %2 s")
        return text.replace("%1", str(minutes)).replace("%2", str(secs))
    return QCoreApplication.translate("MainWindow", "%1 s").replace("%1", str(secs))

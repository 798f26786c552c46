"""The crash path: a bug anywhere in the window is logged and shown in a crash dialog.

``install_crash_hook`` sets ``sys.excepthook`` and ``threading.excepthook``; the application
calls it as it starts (never on import, so that under pytest-qt an uncaught exception still
fails the test). The report holds the traceback, the version and the platform: no settings,
no passwords, no message bodies.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

import PySide6
from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ledgerpost import __version__

log = logging.getLogger(__name__)


def crash_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The text to copy: what broke, where, and on what (never the values of variables)."""
    head = [
        f"LedgerPost {__version__}",
        f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {PySide6.__version__}",
        f"{platform.platform()}",
        "",
    ]
    return "\n".join(head) + "".join(traceback.format_exception(exc_type, exc, tb))


class CrashDialog(QDialog):
    """What happened in one sentence, the report to copy, where the log is; Copy and Close."""

    def __init__(self, report: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("LedgerPost ran into a bug"))
        self.headline = QLabel(
            self.tr(
                "Something went wrong inside LedgerPost: what you were doing may not have "
                "finished, and what was saved before stays saved."
            )
        )
        self.headline.setWordWrap(True)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setMinimumSize(560, 220)
        where = (
            self.tr("The log file is %1.").replace("%1", str(log_path))
            if log_path is not None
            else self.tr("No log file could be written.")
        )
        self.log_place = QLabel(
            where + " " + self.tr("Please send this report to whoever supports LedgerPost.")
        )
        self.log_place.setWordWrap(True)
        self.log_place.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build_buttons()
        layout = QVBoxLayout(self)
        for widget in (self.headline, self.details, self.log_place, self.buttons):
            layout.addWidget(widget)

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        self.buttons.rejected.connect(self.reject)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report)


class CrashHook(QObject):
    """Logs every uncaught exception and shows the first in a crash dialog on the GUI thread."""

    _crashed = Signal(str)

    def __init__(self, log_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.dialog: CrashDialog | None = None
        self._before: tuple[Any, Any] | None = None
        self._crashed.connect(self._show)  # queued when emitted from another thread

    def excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("uncaught %s", exc_type.__name__, exc_info=(exc_type, exc, tb))
        self._crashed.emit(crash_report(exc_type, exc, tb))

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, report: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; the later bugs are in the log
        self.dialog = CrashDialog(report, self.log_path)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget)
        self.dialog.show()

    def _forget(self) -> None:
        self.dialog = None

    def install(self) -> None:
        """Route uncaught exceptions of every thread here (until :meth:`uninstall`)."""
        self._before = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_hook

    def uninstall(self) -> None:
        """Put back the hooks there were before (the program ends, or a test is done)."""
        if self._before is not None:
            sys.excepthook, threading.excepthook = self._before
            self._before = None


def install_crash_hook(log_path: Path | None) -> CrashHook:
    """Route uncaught exceptions of every thread to the log and the crash dialog."""
    hook = CrashHook(log_path)
    hook.install()
    return hook

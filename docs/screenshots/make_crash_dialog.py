"""Regenerate docs/screenshots/crash-dialog.png: the crash dialog a bug in the window opens.

A real bug is raised and caught, so the report is the one a user would copy. Run from the
repository root (under Xvfb, or offscreen):

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_crash_dialog.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ledgerpost.gui.widgets.crash_dialog import CrashDialog, crash_report
from ledgerpost.platform.logs import log_file

OUT = Path(__file__).resolve().parent / "crash-dialog.png"


def _total(lines: dict[str, int]) -> int:
    return lines["net"] + lines["vat"]


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    try:
        _total({"net": 100})
    except KeyError as exc:
        report = crash_report(type(exc), exc, exc.__traceback__)
    dialog = CrashDialog(report, log_file())
    dialog.resize(720, 440)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT))
    print(OUT)


if __name__ == "__main__":
    main()

"""Regenerate docs/screenshots/reminders.png and reminder-levels.png: a ledger with customers
at every stage of a reminder run as of today (tests/helpers/reminder_books.py), the run's
preview, and the Reminders tab of the settings with a level that comes too early. Run from the
repository root, after compiling the catalogues:

    PYTHONPATH=src xvfb-run -a -s "-screen 0 1280x800x24" \\
        .venv/bin/python docs/screenshots/make_reminders.py [FOLDER]

(``SHOT_LANGUAGE=de`` and so on for another language.)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QSpinBox  # noqa: E402
from tests.helpers.reminder_books import make_reminder_books  # noqa: E402

from ledgerpost.gui.context import AppContext  # noqa: E402
from ledgerpost.gui.mail.reminder_dialog import ReminderDialog  # noqa: E402
from ledgerpost.gui.settings.dialog import SettingsDialog  # noqa: E402
from ledgerpost.gui.widgets.language import apply_language  # noqa: E402
from ledgerpost.gui.widgets.runner import Runner  # noqa: E402


def settle(app: QApplication, runner: Runner, rounds: int = 8) -> None:
    for _ in range(rounds):
        runner.wait()
        app.processEvents()


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    app = QApplication([])
    apply_language(os.environ.get("SHOT_LANGUAGE", "en"), app)
    ledger = make_reminder_books(Path(tempfile.mkdtemp()) / "reminders.sqlite3")
    runner = Runner()
    context = AppContext(ledger, runner)

    dialog = ReminderDialog(context)
    dialog.resize(980, 600)
    dialog.show()
    dialog.preview()
    settle(app, runner)
    dialog.grab().save(str(out / "reminders.png"))

    settings = SettingsDialog(context)
    settings.tabs.setCurrentWidget(settings.reminders_tab)
    settings.show()
    days = settings.reminders_tab.table.cellWidget(1, 1)
    assert isinstance(days, QSpinBox)
    days.setValue(5)  # before level 1's day: the problem shows beside it
    settings.reminders_tab.table.setCurrentCell(1, 1)
    settle(app, runner)
    settings.grab().save(str(out / "reminder-levels.png"))
    ledger.close()


if __name__ == "__main__":
    main()

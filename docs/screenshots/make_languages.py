"""Regenerate the language screenshots: the main window and the send dialog in Arabic (right to
left) and in Estonian, and the send dialog showing an address problem in Arabic, on a demo
ledger. Run from the repository root, after compiling the
catalogues (``python tools/translations.py compile``):

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/make_languages.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ledgerpost.domain.documents import DocumentType  # noqa: E402
from ledgerpost.domain.listing import DocumentFilter  # noqa: E402
from ledgerpost.gui.context import AppContext  # noqa: E402
from ledgerpost.gui.mail.send_dialog import SendDialog  # noqa: E402
from ledgerpost.gui.main_window import MainWindow  # noqa: E402
from ledgerpost.gui.widgets.language import apply_language  # noqa: E402
from ledgerpost.gui.widgets.runner import Runner, wait_for_all  # noqa: E402
from ledgerpost.services import credits  # noqa: E402
from ledgerpost.services import settings as settings_service  # noqa: E402
from ledgerpost.services.ledger import Ledger  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def settle(app: QApplication, runner: Runner, rounds: int = 8) -> None:
    for _ in range(rounds):
        runner.wait()
        app.processEvents()


def invoice_for(ledger: Ledger, language: str) -> int:
    """A posted invoice of a customer who reads ``language`` and has an address."""
    for row in ledger.documents(DocumentFilter(type=DocumentType.INVOICE)):
        party = ledger.party(row.party_id)
        if row.number is not None and party.language == language and party.emails:
            return row.id
    raise SystemExit(f"the demo has no posted invoice in {language}")


def shoot(app: QApplication, ledger: Ledger, language: str) -> None:
    apply_language(language)
    context = AppContext(ledger, Runner())
    window = MainWindow(ledger, context)
    window.resize(1280, 720)
    window.show()
    settle(app, context.runner)
    window.grab().save(str(OUT / f"main-window-{language}.png"))

    dialog = SendDialog(context, invoice_for(ledger, language), parent=window)
    dialog.resize(1100, 720)
    dialog.show()
    for _ in range(40):
        settle(app, context.runner, 2)
        if dialog.send_button.isEnabled():
            break
    settle(app, context.runner)
    dialog.grab().save(str(OUT / f"send-dialog-{language}.png"))
    if language == "ar":
        problem_shot(app, context, dialog)
    dialog.close()
    window.close()
    settle(app, context.runner)


def problem_shot(app: QApplication, context: AppContext, dialog: SendDialog) -> None:
    """The same dialog with an address that has no dot in its domain: the problem in Arabic."""
    dialog.to.line.selectAll()
    QTest.keyClicks(dialog.to.line, "anna@example")  # typed, so the dialog checks it again
    for _ in range(40):
        QTest.qWait(100)
        settle(app, context.runner, 2)
        if dialog._checked is not None and dialog._checked.problems:  # the whole check is back
            break
    settle(app, context.runner)
    dialog.grab().save(str(OUT / "send-dialog-problem-ar.png"))


def main() -> None:
    work = Path(tempfile.mkdtemp())
    db = work / "languages.sqlite3"
    subprocess.run([sys.executable, "-m", "ledgerpost", "--db", str(db), "demo"], check=True)
    ledger = Ledger.open(str(db))
    problems = settings_service.save(
        ledger,
        {
            "smtp.host": "smtp.example.com",
            "smtp.from_address": "arved@example.com",
            "smtp.from_name": "Demo OÜ",
        },
    )
    assert problems == [], problems
    credits.add(ledger, 1000, "screenshots")
    app = QApplication.instance() or QApplication(sys.argv)
    for language in ("ar", "et"):
        shoot(app, ledger, language)
    wait_for_all()
    app.processEvents()
    ledger.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

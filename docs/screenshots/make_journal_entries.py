"""Regenerate docs/screenshots/journal-entries.png: the Books page's Journal entries tab with
posted entries, a reversal and drafts, the status line counting the entries and the drafts not
posted yet. Run from the repository root, after compiling the catalogues:

    PYTHONPATH=src xvfb-run -a -s "-screen 0 1280x800x24" \\
        .venv/bin/python docs/screenshots/make_journal_entries.py [FOLDER]
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtWidgets import QApplication  # noqa: E402

from ledgerpost.domain.books import ManualLine  # noqa: E402
from ledgerpost.domain.parties import Company  # noqa: E402
from ledgerpost.gui.books.books_page import BooksPage  # noqa: E402
from ledgerpost.gui.context import AppContext  # noqa: E402
from ledgerpost.gui.widgets.language import apply_language  # noqa: E402
from ledgerpost.gui.widgets.runner import Runner  # noqa: E402
from ledgerpost.services import books  # noqa: E402
from ledgerpost.services.ledger import Ledger  # noqa: E402


def settle(app: QApplication, runner: Runner, rounds: int = 8) -> None:
    for _ in range(rounds):
        runner.wait()
        app.processEvents()


def _pair(debit: str, credit: str, amount: str) -> list[ManualLine]:
    money = Decimal(amount)
    return [ManualLine(debit, money, Decimal(0)), ManualLine(credit, Decimal(0), money)]


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    app = QApplication([])
    apply_language("en", app)
    ledger = Ledger.open(str(Path(tempfile.mkdtemp()) / "journal.sqlite3"))
    ledger.create_company(Company("Põhja Puit OÜ", "EUR", "en"))
    day = dt.date.today().replace(day=1)
    entries = [
        ("Share capital paid in", _pair("1000", "3000", "2500.00"), True),
        ("Bank charges, November", _pair("6000", "1000", "12.40"), True),
        ("Rent deposit returned", _pair("1000", "6000", "800.00"), False),
        ("Office supplies, cash receipt 114", _pair("6000", "1000", "37.90"), False),
    ]
    for text, lines, post in entries:
        assert books.add_entry(ledger, day, lines, text, post=post).done
    (bank,) = [e for e in books.entries(ledger) if e.description.startswith("Bank")]
    assert bank.number is not None
    assert books.reverse_entry(ledger, bank.number, day).done
    runner = Runner()
    page = BooksPage(AppContext(ledger, runner))
    page.resize(900, 420)
    page.show()
    settle(app, runner)
    page.tabs.setCurrentWidget(page.entries)
    settle(app, runner)
    target = out / "journal-entries.png"
    page.grab().save(str(target))
    print(target, "-", page.notice.text())
    ledger.close()


if __name__ == "__main__":
    main()

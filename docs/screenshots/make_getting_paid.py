"""Regenerate docs/screenshots/receipt-dialog.png and documents-paid.png: a demo ledger dated
today, the documents list with its paid column, and a new receipt spread over a customer's
open invoices, paid into the second of two bank accounts. Run from the repository root,
after compiling the catalogues:

    PYTHONPATH=src xvfb-run -a -s "-screen 0 1280x800x24" \\
        .venv/bin/python docs/screenshots/make_getting_paid.py [FOLDER]

(``SHOT_LANGUAGE=de`` and so on for another language.)
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtWidgets import QApplication  # noqa: E402

from ledgerpost.domain.accounts import AccountKind  # noqa: E402
from ledgerpost.domain.documents import DocumentType  # noqa: E402
from ledgerpost.domain.listing import DocumentFilter  # noqa: E402
from ledgerpost.domain.open_items import Side  # noqa: E402
from ledgerpost.gui.context import AppContext  # noqa: E402
from ledgerpost.gui.documents.receipt_dialog import ReceiptDialog  # noqa: E402
from ledgerpost.gui.main_window import MainWindow  # noqa: E402
from ledgerpost.gui.widgets.language import apply_language  # noqa: E402
from ledgerpost.gui.widgets.runner import Runner  # noqa: E402
from ledgerpost.services import books, receivables  # noqa: E402
from ledgerpost.services.demo.company import DemoSpec, make_demo  # noqa: E402
from ledgerpost.services.ledger import Ledger  # noqa: E402


def settle(app: QApplication, runner: Runner, rounds: int = 8) -> None:
    for _ in range(rounds):
        runner.wait()
        app.processEvents()


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    app = QApplication([])
    apply_language(os.environ.get("SHOT_LANGUAGE", "en"), app)
    ledger = Ledger.open(str(Path(tempfile.mkdtemp()) / "paid.sqlite3"))
    make_demo(ledger, DemoSpec(customers=12, invoices=60, as_of=dt.date.today()))
    runner = Runner()
    context = AppContext(ledger, runner)

    window = MainWindow(ledger, context)
    window.resize(1280, 720)
    window.show()
    settle(app, runner)
    window.documents.show_filter(DocumentFilter(type=DocumentType.INVOICE), "Sales invoices")
    settle(app, runner)
    window.grab().save(str(out / "documents-paid.png"))

    # The customer with the most open invoices, and a receipt a little short of all of them.
    items = receivables.open_items(ledger, side=Side.RECEIVABLE, credits=False)
    by_party: dict[int, list[receivables.OpenItem]] = {}
    for item in items:
        by_party.setdefault(item.party_id, []).append(item)
    party_id, owed = max(by_party.items(), key=lambda kv: len(kv[1]))
    books.add_account(ledger, "1010", "Savings bank", AccountKind.ASSET, bank=True)
    dialog = ReceiptDialog(context, DocumentType.RECEIPT, parent=window)
    dialog.show()
    settle(app, runner)
    dialog.fields.party.setCurrentIndex(dialog.fields.party.findData(party_id))
    settle(app, runner)
    dialog.fields.amount.setText(str(sum(i.open for i in owed[:2]) + 25))
    dialog.fields.reference.setText("Bank statement 2026/48, line 7")
    dialog.fields.bank_account.setCurrentIndex(dialog.fields.bank_account.findData("1010"))
    settle(app, runner)
    dialog.grab().save(str(out / "receipt-dialog.png"))
    print(out / "documents-paid.png", out / "receipt-dialog.png")
    dialog.close()
    window.close()
    ledger.close()


if __name__ == "__main__":
    main()

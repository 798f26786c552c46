"""Regenerate docs/screenshots/receipt-reminder-fee.png and books-reminder-fees.png: a customer
whose invoice reached the third reminder level (its 10.00 fee booked), the receipt dialog
spreading money over the invoice and the fee, and the Books page's trial balance with 4900
Reminder fees. Run from the repository root, after compiling the catalogues:

    PYTHONPATH=src xvfb-run -a -s "-screen 0 1280x800x24" \\
        .venv/bin/python docs/screenshots/make_reminder_fee.py [FOLDER]
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

from ledgerpost.domain.documents import Document, DocumentType, Line  # noqa: E402
from ledgerpost.domain.parties import (  # noqa: E402
    AddressRole,
    Company,
    EmailAddress,
    Party,
    PartyKind,
)
from ledgerpost.gui.books.books_page import BooksPage  # noqa: E402
from ledgerpost.gui.context import AppContext  # noqa: E402
from ledgerpost.gui.documents.receipt_dialog import ReceiptDialog  # noqa: E402
from ledgerpost.gui.widgets.language import apply_language  # noqa: E402
from ledgerpost.gui.widgets.runner import Runner  # noqa: E402
from ledgerpost.services import reminder_run  # noqa: E402
from ledgerpost.services import settings as settings_service  # noqa: E402
from ledgerpost.services.ledger import Ledger  # noqa: E402


def settle(app: QApplication, runner: Runner, rounds: int = 8) -> None:
    for _ in range(rounds):
        runner.wait()
        app.processEvents()


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    app = QApplication([])
    apply_language("en", app)
    ledger = Ledger.open(str(Path(tempfile.mkdtemp()) / "fees.sqlite3"))
    ledger.create_company(Company("Põhja Puit OÜ", "EUR", "en", payment_terms_days=14))
    settings_service.save(
        ledger, {"smtp.host": "mail.example.com", "smtp.from_address": "books@example.com"}
    )
    email = (EmailAddress("arved@brandt.example", AddressRole.BILLING),)
    party = ledger.add_party(Party(PartyKind.CUSTOMER, "Brandt & Söhne GmbH", "de", emails=email))
    assert party.id is not None
    today = dt.date.today()
    start = today - dt.timedelta(days=49)  # due 14 days later: 35 days past due today
    lines = (Line("Oak boards", Decimal(40), Decimal("12.50"), Decimal(22)),)
    assert ledger.save_and_post(
        Document(DocumentType.INVOICE, party.id, start, "EUR", lines)
    ).posted
    for days in (28, 14, 0):  # levels 1, 2 and 3 (its fee: 10.00)
        reminder_run.queue_run(ledger, today - dt.timedelta(days=days), today=today)
    runner = Runner()
    context = AppContext(ledger, runner)
    dialog = ReceiptDialog(context, DocumentType.RECEIPT)
    dialog.resize(900, 520)
    dialog.show()
    settle(app, runner)
    dialog.fields.party.setCurrentIndex(dialog.fields.party.findData(party.id))
    settle(app, runner)
    dialog.fields.amount.setText("620.00")
    dialog.fields.reference.setText("Bank statement 2026/49, line 3")
    settle(app, runner)
    dialog.grab().save(str(out / "receipt-reminder-fee.png"))
    dialog.close()
    page = BooksPage(context)
    page.resize(1000, 520)
    page.show()
    settle(app, runner)
    page.grab().save(str(out / "books-reminder-fees.png"))
    print(out / "receipt-reminder-fee.png", out / "books-reminder-fees.png")
    page.close()
    ledger.close()


if __name__ == "__main__":
    main()

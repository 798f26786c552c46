"""Regenerate docs/screenshots/letter-editor.png, letter-print.png and credit-note-dialog.png:
a customer letter to a company's contact person in the editor and its print copy, and "Credit
note…" on a posted invoice. Run from the repository root, after compiling the catalogues:

    PYTHONPATH=src xvfb-run -a -s "-screen 0 1280x800x24" \\
        .venv/bin/python docs/screenshots/make_letters.py [FOLDER]

(``SHOT_LANGUAGE=de`` and so on for another language; needs ``pdftoppm`` for the print.)
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ledgerpost.domain.documents import Document, DocumentType, Letter, Line  # noqa: E402
from ledgerpost.domain.parties import (  # noqa: E402
    AddressRole,
    Company,
    ContactPerson,
    EmailAddress,
    Party,
    PartyKind,
    PostalAddress,
)
from ledgerpost.gui.context import AppContext  # noqa: E402
from ledgerpost.gui.documents.document_editor import DocumentEditor  # noqa: E402
from ledgerpost.gui.widgets.language import apply_language  # noqa: E402
from ledgerpost.gui.widgets.runner import Runner  # noqa: E402
from ledgerpost.services.ledger import Ledger  # noqa: E402
from ledgerpost.services.printing import print_document  # noqa: E402

BODY = (
    "Dear Ms Krüger,\n\n"
    "from 1 February 2027 our office moves to a new address, Pärnu mnt 10 in Tallinn.\n\n"
    "What changes for you:\n"
    "- invoices come from billing@kask-saar.ee\n"
    "- the bank account and the payment terms stay the same\n\n"
    "Thank you for working with us."
)


def settle(app: QApplication, runner: Runner, rounds: int = 8) -> None:
    for _ in range(rounds):
        runner.wait()
        app.processEvents()


def books() -> tuple[Ledger, Party]:
    ledger = Ledger.open(str(Path(tempfile.mkdtemp()) / "letters.sqlite3"))
    address = PostalAddress("Pärnu mnt 10", "10148", "Tallinn", "Estonia", "EE")
    ledger.create_company(Company("Kask & Saar OÜ", address=address, bank_account="EE382200221020145685"))
    customer = ledger.add_party(
        Party(
            PartyKind.CUSTOMER,
            "Müller Maschinenbau GmbH",
            "en",
            address=PostalAddress("Hauptstraße 5", "10115", "Berlin", "Germany", "DE"),
            emails=(EmailAddress("office@mueller.example", AddressRole.BILLING),),
            contacts=(
                ContactPerson("Sabine Krüger", (EmailAddress("sabine@mueller.example"),)),
                ContactPerson("Tom Berg", (EmailAddress("tom@mueller.example"),)),
            ),
        )
    )
    return ledger, ledger.party(customer.id or 0)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    app = QApplication([])
    apply_language(os.environ.get("SHOT_LANGUAGE", "en"), app)
    ledger, customer = books()
    assert customer.id is not None
    runner = Runner()
    context = AppContext(ledger, runner)

    words = Letter("Our new address", BODY, "Kind regards", "Anna Kask")
    draft = Document(
        DocumentType.LETTER,
        customer.id,
        dt.date.today(),
        "EUR",
        contact_id=customer.contacts[0].id,
        letter=words,
    )
    editor = DocumentEditor(context, ledger.save_draft(draft))
    editor.resize(900, 620)
    editor.show()
    settle(app, runner)
    editor.grab().save(str(out / "letter-editor.png"))
    posted = ledger.post(editor.document.id or 0 if editor.document else 0).document
    pdf = Path(tempfile.mkdtemp()) / "letter.pdf"
    pdf.write_bytes(print_document(ledger, posted.id or 0).pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "70", "-singlefile", str(pdf), str(out / "letter-print")],
        check=True,
    )
    editor.close()

    lines = (
        Line("Maintenance, January", Decimal(1), Decimal(480), Decimal(22)),
        Line("Spare parts", Decimal(3), Decimal("35.50"), Decimal(22)),
        Line("Travel", Decimal(1), Decimal(60), Decimal(22)),
    )
    invoice = Document(DocumentType.INVOICE, customer.id, dt.date.today(), "EUR", lines)
    invoice = ledger.save_and_post(invoice).document
    editor = DocumentEditor(context, invoice)
    editor.show()
    settle(app, runner)
    editor.credit_note()
    dialog = editor.credit_dialog
    settle(app, runner)
    dialog.lines.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    settle(app, runner)
    dialog.grab().save(str(out / "credit-note-dialog.png"))
    dialog.reject()
    editor.close()
    settle(app, runner)
    ledger.close()


if __name__ == "__main__":
    main()

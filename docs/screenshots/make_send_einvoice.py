"""Regenerate docs/screenshots/send-dialog-einvoice.png and send-dialog-einvoice-problem.png: the
send dialog of an invoice to a customer taking XRechnung (UBL), with its XML attached and
validated, and of one whose card lacks the buyer reference (BT-10), which keeps the XML off.

Run from the repository root, after compiling the catalogues:

    PYTHONPATH=src xvfb-run -a -s "-screen 0 1280x800x24" \\
        .venv/bin/python docs/screenshots/make_send_einvoice.py
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtWidgets import QApplication  # noqa: E402
from tests.helpers.einvoice_books import post_invoice_and_credit  # noqa: E402
from tests.helpers.einvoice_parties import PUBLIC_BUYER, SELLER  # noqa: E402

from ledgerpost.domain.parties import AddressRole, EInvoiceFormat, EmailAddress  # noqa: E402
from ledgerpost.gui.context import AppContext  # noqa: E402
from ledgerpost.gui.mail.send_dialog import SendDialog  # noqa: E402
from ledgerpost.gui.widgets.runner import Runner  # noqa: E402
from ledgerpost.services.ledger import Ledger  # noqa: E402

OUT = Path(__file__).resolve().parent
BUYER = dataclasses.replace(
    PUBLIC_BUYER,
    einvoice_format=EInvoiceFormat.XRECHNUNG_UBL,
    emails=(EmailAddress("eingangsrechnung@bezirksamt.example", AddressRole.BILLING),),
)


def shoot(app: QApplication, context: AppContext, document_id: int, name: str) -> None:
    dialog = SendDialog(context, document_id)
    dialog.show()
    for _ in range(200):
        context.runner.wait()
        app.processEvents()
        if dialog._checked is not None and dialog.einvoice.isVisible():
            break
    for _ in range(5):
        context.runner.wait()
        app.processEvents()
    dialog.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")
    dialog.close()


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        ledger = Ledger.open(str(Path(folder) / "einvoice.sqlite3"))
        ledger.create_company(
            dataclasses.replace(SELLER, electronic_address="DE123456789", electronic_scheme="9930")
        )
        context = AppContext(ledger, Runner())
        attached, _ = post_invoice_and_credit(ledger, BUYER)
        lacking, _ = post_invoice_and_credit(
            ledger, dataclasses.replace(BUYER, name="Amt ohne Leitweg-ID", buyer_reference="")
        )
        shoot(app, context, attached, "send-dialog-einvoice")
        shoot(app, context, lacking, "send-dialog-einvoice-problem")
        context.runner.wait()
        ledger.close()


if __name__ == "__main__":
    main()

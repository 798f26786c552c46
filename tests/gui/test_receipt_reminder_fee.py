"""The receipt dialog with a reminder's fee open: the fee is a row beside the invoice, money
received settles the invoice first (due first) and then the fee, and both are paid after."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pytestqt.qtbot import QtBot

from ledgerpost.domain.documents import Document, DocumentType, Letter, Line
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.receipt_dialog import ReceiptDialog
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import receivables
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import add_customer, invoice

TODAY = dt.date.today()


def test_a_receipt_pays_the_invoice_then_the_reminder_fee(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    party = add_customer(ledger)
    assert party.id is not None
    assert ledger.save_and_post(invoice(party, "100", on=TODAY - dt.timedelta(60))).posted
    reminder = Document(
        DocumentType.REMINDER,
        party.id,
        TODAY - dt.timedelta(5),
        "EUR",
        (Line("Reminder fee", Decimal(1), Decimal("10.00")),),
        letter=Letter("Third reminder", "Please pay INV-1."),
    )
    assert ledger.save_and_post(reminder).posted

    dialog = ReceiptDialog(AppContext(ledger, runner), DocumentType.RECEIPT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.fields.party_id is not None, timeout=30_000)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=30_000)
    dialog.fields.amount.setText("132.00")
    model = dialog.model
    rows = [
        (str(model.data(model.index(r, 0))), str(model.data(model.index(r, model.ALLOCATE))))
        for r in range(model.rowCount())
    ]
    assert rows == [("INV-1", "122.00"), ("REM-1", "10.00")]
    assert dialog.left.text() == "0.00 stays on account as credit"
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=30_000)
    assert receivables.open_items(ledger, party_id=party.id) == ()
    fees = ledger.documents(DocumentFilter(type=DocumentType.REMINDER))
    assert [(r.display_number, r.open) for r in fees] == [("REM-1", Decimal("0.00"))]
    assert ledger.check() == []

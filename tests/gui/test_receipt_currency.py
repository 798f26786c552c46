"""Money received in another currency in the receipt dialog: the rate row shows for it only; a
USD receipt at today's rate settles the USD invoice and books the exchange difference."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from pytestqt.qtbot import QtBot

from ledgerpost.domain import accounts
from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.receipt_dialog import ReceiptDialog
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import add_customer

TODAY = dt.date.today()


def test_a_usd_receipt_at_another_rate_settles_the_usd_invoice(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    party = add_customer(ledger)
    assert party.id is not None
    lines = (Line("Consulting", Decimal(1), Decimal("100"), Decimal(22)),)
    usd = Document(DocumentType.INVOICE, party.id, TODAY, "USD", lines, rate=Decimal("1.22"))
    assert ledger.save_and_post(usd).posted  # 122 USD booked at 100.00 EUR

    dialog = ReceiptDialog(AppContext(ledger, runner), DocumentType.RECEIPT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.fields.party_id is not None, timeout=30_000)
    rate_row = dialog.fields.rate
    assert dialog.fields.currency.text() == "EUR" and not rate_row.isVisibleTo(dialog)
    dialog.fields.currency.setText("USD")
    assert rate_row.isVisibleTo(dialog) and rate_row.before.text() == "1 EUR ="
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=30_000)  # the USD invoice
    dialog.fields.amount.setText("122")

    rate_row.edit.setText("0")
    dialog.save_button.click()
    assert "above zero" in dialog.fields.problem_labels["rate"].text()
    assert dialog.document is None

    rate_row.edit.setText("1.00")
    dialog.fields.clear_problems()
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=30_000)
    assert dialog.document is not None and dialog.document.rate == Decimal("1.00")
    rows = {r.account: r for r in ledger.trial_balance()}
    assert rows["1000"].debit == Decimal("122.00") and rows["1200"].balance == 0
    assert rows[accounts.EXCHANGE_DIFFERENCES].credit == Decimal("22.00")
    assert ledger.check() == []

"""The receipt dialog on a real ledger: money received is posted and spread over the customer's
open invoices oldest first, partly too; more than an invoice has open is refused beside its row
(by the dialog, and by the services when another desk was faster); a posted receipt shows its
allocations and reverses one.

The customer owes INV-1 122.00 (dated 40 days ago) and INV-2 61.00 (10 days ago); the terms
are 14 days, so INV-1 is overdue and INV-2 is not yet due.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from ledgerpost.domain.documents import Document, DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.parties import Party
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.receipt_dialog import ReceiptDialog
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import payments
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import add_customer, invoice

TODAY = dt.date.today()


@pytest.fixture
def customer(ledger: Ledger) -> Party:
    party = add_customer(ledger)
    for amount, days in (("100", 40), ("50", 10)):
        assert ledger.save_and_post(invoice(party, amount, on=TODAY - dt.timedelta(days))).posted
    return party


def new_receipt(qtbot: QtBot, ledger: Ledger, runner: Runner, amount: str) -> ReceiptDialog:
    dialog = ReceiptDialog(AppContext(ledger, runner), DocumentType.RECEIPT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.fields.party_id is not None, timeout=30_000)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=30_000)
    dialog.fields.amount.setText(amount)
    return dialog


def allocation_texts(dialog: ReceiptDialog) -> list[tuple[str, str]]:
    model = dialog.model
    return [
        (str(model.data(model.index(row, 0))), str(model.data(model.index(row, model.ALLOCATE))))
        for row in range(model.rowCount())
    ]


def type_allocation(dialog: ReceiptDialog, row: int, text: str) -> bool:
    return dialog.model.setData(dialog.model.index(row, dialog.model.ALLOCATE), text)


def open_of(ledger: Ledger, number: int) -> Decimal | None:
    found = ledger.find_document(DocumentType.INVOICE, number)
    assert found is not None and found.id is not None
    (row,) = [
        r for r in ledger.documents(DocumentFilter(type=DocumentType.INVOICE)) if r.id == found.id
    ]
    return row.open


def saved(qtbot: QtBot, dialog: ReceiptDialog) -> Document:
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.document is not None, timeout=30_000)
    assert dialog.document is not None
    return dialog.document


def test_a_receipt_settles_two_invoices_oldest_first(
    qtbot: QtBot, ledger: Ledger, runner: Runner, customer: Party
) -> None:
    dialog = new_receipt(qtbot, ledger, runner, "150")
    assert allocation_texts(dialog) == [("INV-1", "122.00"), ("INV-2", "28.00")]
    assert dialog.left.text() == "0.00 stays on account as credit"
    model = dialog.model
    assert model.data(model.index(0, 4)) == "26"  # 40 days old, due after 14
    assert model.data(model.index(1, 4)) == ""
    receipt = saved(qtbot, dialog)
    assert receipt.display_number == "REC-1" and receipt.totals.gross == Decimal("150.00")
    assert (open_of(ledger, 1), open_of(ledger, 2)) == (Decimal("0.00"), Decimal("33.00"))
    # The posted receipt is shown: its two allocations, nothing left to allocate.
    table = dialog.allocations.table
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=30_000)
    assert [table.item(r, 0).text() for r in range(2)] == ["INV-1", "INV-2"]
    assert [table.item(r, 1).text() for r in range(2)] == ["122.00", "28.00"]
    assert not dialog.items_box.isVisibleTo(dialog)


def test_a_partial_allocation_leaves_the_rest_on_account(
    qtbot: QtBot, ledger: Ledger, runner: Runner, customer: Party
) -> None:
    dialog = new_receipt(qtbot, ledger, runner, "200")
    assert allocation_texts(dialog) == [("INV-1", "122.00"), ("INV-2", "61.00")]
    assert type_allocation(dialog, 0, "50")
    assert not type_allocation(dialog, 0, "-5") and not type_allocation(dialog, 0, "lots")
    assert dialog.left.text() == "89.00 stays on account as credit"
    receipt = saved(qtbot, dialog)
    assert (open_of(ledger, 1), open_of(ledger, 2)) == (Decimal("72.00"), Decimal("0.00"))
    assert payments.left_of(ledger, receipt) == Decimal("89.00")


def test_more_than_an_invoice_has_open_is_refused_beside_its_row(
    qtbot: QtBot, ledger: Ledger, runner: Runner, customer: Party
) -> None:
    dialog = new_receipt(qtbot, ledger, runner, "500")
    assert type_allocation(dialog, 0, "130")
    assert "INV-1: only 122.00 is left open on it" in dialog.item_problems.text()
    assert "122.00" in str(dialog.model.data(dialog.model.index(0, 5), 3))  # the row's tip
    dialog.save_button.click()
    qtbot.wait(200)
    assert dialog.document is None
    assert ledger.count_documents(DocumentFilter(type=DocumentType.RECEIPT)) == 0
    # Nor more than the money received: 122 + 61 of 150.
    assert type_allocation(dialog, 0, "122")
    dialog.fields.amount.setText("150")
    assert type_allocation(dialog, 1, "61")
    assert "only 28.00 of this receipt is left to allocate" in dialog.item_problems.text()


def test_the_services_refusal_shows_beside_the_row_when_another_desk_was_faster(
    qtbot: QtBot, ledger: Ledger, runner: Runner, customer: Party
) -> None:
    dialog = new_receipt(qtbot, ledger, runner, "122")
    assert allocation_texts(dialog)[0] == ("INV-1", "122.00")
    assert customer.id is not None
    elsewhere = payments.Voucher(DocumentType.RECEIPT, customer.id, TODAY, Decimal("100"))
    assert payments.record(ledger, elsewhere).done  # INV-1 has 22.00 open now
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(dialog.item_problems.text()), timeout=30_000)
    assert "INV-1: only 22.00 is left open on it" in dialog.item_problems.text()
    assert dialog.document is None
    assert ledger.count_documents(DocumentFilter(type=DocumentType.RECEIPT)) == 1


def test_a_field_problem_is_shown_under_its_field(
    qtbot: QtBot, ledger: Ledger, runner: Runner, customer: Party
) -> None:
    dialog = new_receipt(qtbot, ledger, runner, "")
    dialog.fields.currency.setText("E")
    dialog.save_button.click()
    amount = dialog.fields.problem_labels["amount"]
    assert amount.isVisibleTo(dialog) and "amount" in amount.text()
    dialog.fields.amount.setText("10")
    dialog.save_button.click()
    currency = dialog.fields.problem_labels["currency"]
    qtbot.waitUntil(lambda: currency.isVisibleTo(dialog), timeout=30_000)
    assert "'E'" in currency.text()
    assert ledger.count_documents(DocumentFilter(type=DocumentType.RECEIPT)) == 0


def test_a_posted_receipt_reverses_an_allocation_and_allocates_again(
    qtbot: QtBot, ledger: Ledger, runner: Runner, customer: Party
) -> None:
    assert customer.id is not None
    voucher = payments.Voucher(DocumentType.RECEIPT, customer.id, TODAY, Decimal("150"))
    receipt = payments.record(ledger, voucher).document
    assert receipt is not None
    dialog = ReceiptDialog(AppContext(ledger, runner), document=receipt)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.allocations.table
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=30_000)
    assert not dialog.fields.amount.isEnabled() or dialog.fields.amount.isReadOnly()
    assert not dialog.allocations.reverse_button.isEnabled()
    table.selectRow(1)  # INV-2, 28.00
    assert dialog.allocations.reverse_button.isEnabled()
    dialog.allocations.reverse_button.click()
    qtbot.waitUntil(lambda: table.item(1, 3) is not None and table.item(1, 3).text() != "")
    assert open_of(ledger, 2) == Decimal("61.00")
    assert payments.left_of(ledger, receipt) == Decimal("28.00")
    # What is on account again may settle the open invoice again, from the dialog.
    qtbot.waitUntil(lambda: dialog.items_box.isVisibleTo(dialog), timeout=30_000)
    assert allocation_texts(dialog) == [("INV-2", "28.00")]
    dialog.save_button.click()
    qtbot.waitUntil(lambda: table.rowCount() == 3, timeout=30_000)
    assert open_of(ledger, 2) == Decimal("33.00")


def test_a_payment_to_a_supplier_settles_its_purchase_invoice(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    from ledgerpost.domain.documents import Line, PaymentMethod
    from ledgerpost.domain.parties import PartyKind

    supplier = ledger.add_party(Party(PartyKind.SUPPLIER, "Põhja Puit OÜ", "et"))
    assert supplier.id is not None
    bill = Document(
        DocumentType.PURCHASE_INVOICE,
        supplier.id,
        TODAY,
        "EUR",
        (Line("Laud", Decimal(1), Decimal(100), Decimal(0)),),
    )
    assert ledger.save_and_post(bill).posted
    dialog = ReceiptDialog(AppContext(ledger, runner), DocumentType.PAYMENT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=30_000)
    dialog.fields.amount.setText("100")
    dialog.fields.method.setCurrentIndex(dialog.fields.method.findData("cash"))
    assert allocation_texts(dialog) == [("PINV-1", "100.00")]
    payment = saved(qtbot, dialog)
    assert payment.display_number == "PAY-1" and payment.method is PaymentMethod.CASH
    (row,) = ledger.documents(DocumentFilter(type=DocumentType.PURCHASE_INVOICE))
    assert row.open == Decimal("0.00")


def test_a_receipt_names_the_bank_account_the_money_went_to(
    qtbot: QtBot, ledger: Ledger, runner: Runner, customer: Party
) -> None:
    from ledgerpost.domain.accounts import AccountKind
    from ledgerpost.domain.documents import PaymentMethod
    from ledgerpost.services import books

    assert books.add_account(ledger, "1010", "Savings bank", AccountKind.ASSET, bank=True) == []
    dialog = new_receipt(qtbot, ledger, runner, "122")
    choice = dialog.fields.bank_account
    assert [choice.itemText(i) for i in range(choice.count())] == ["1000 Bank", "1010 Savings bank"]
    assert choice.currentIndex() == 0 and choice.isEnabled()
    cash = dialog.fields.method.findData(PaymentMethod.CASH.value)
    dialog.fields.method.setCurrentIndex(cash)
    assert not choice.isEnabled() and dialog.fields.bank_account_code == ""
    dialog.fields.method.setCurrentIndex(dialog.fields.method.findData("bank"))
    choice.setCurrentIndex(1)
    receipt = saved(qtbot, dialog)
    assert receipt.bank_account == "1010"
    moved = books.general_ledger_of(ledger, "1010", TODAY - dt.timedelta(400), TODAY)
    assert [r.movement.debit for r in moved.rows] == [Decimal("122.00")]
    # The posted receipt shows the account it names, not to change.
    qtbot.waitUntil(lambda: choice.currentText() == "1010 Savings bank", timeout=30_000)
    assert not choice.isEnabled()

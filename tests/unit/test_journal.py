import datetime as dt
from decimal import Decimal as D

import pytest

from ledgerpost.domain import accounts
from ledgerpost.domain.documents import Document, DocumentType, Line, PaymentMethod
from ledgerpost.domain.journal import entry_for, trial_balance
from ledgerpost.domain.parties import PartyKind

LINES = (Line("work", D(2), D("50"), D("22")), Line("book", D(1), D("10"), D("9")))


def doc(doc_type: DocumentType) -> Document:
    return Document(doc_type, 7, dt.date(2026, 3, 1), "EUR", LINES).posted_as("X", 1)


@pytest.mark.parametrize(
    ("doc_type", "kind", "expected"),
    [
        (
            DocumentType.INVOICE,
            PartyKind.CUSTOMER,
            {
                accounts.RECEIVABLES: ("132.90", "0"),
                accounts.SALES: ("0", "110.00"),
                accounts.OUTPUT_VAT: ("0", "22.90"),
            },
        ),
        (
            DocumentType.CREDIT_NOTE,
            PartyKind.CUSTOMER,
            {
                accounts.RECEIVABLES: ("0", "132.90"),
                accounts.SALES: ("110.00", "0"),
                accounts.OUTPUT_VAT: ("22.90", "0"),
            },
        ),
        (
            DocumentType.RECEIPT,
            PartyKind.CUSTOMER,
            {accounts.BANK: ("132.90", "0"), accounts.RECEIVABLES: ("0", "132.90")},
        ),
        (
            DocumentType.PAYMENT,
            PartyKind.SUPPLIER,
            {accounts.PAYABLES: ("132.90", "0"), accounts.BANK: ("0", "132.90")},
        ),
        (
            DocumentType.PAYMENT,
            PartyKind.EMPLOYEE,
            {accounts.EMPLOYEE_COSTS: ("132.90", "0"), accounts.BANK: ("0", "132.90")},
        ),
        (
            DocumentType.PURCHASE_INVOICE,
            PartyKind.SUPPLIER,
            {
                accounts.PURCHASES: ("110.00", "0"),
                accounts.INPUT_VAT: ("22.90", "0"),
                accounts.PAYABLES: ("0", "132.90"),
            },
        ),
    ],
)
def test_each_document_type_posts_a_balanced_entry(
    doc_type: DocumentType, kind: PartyKind, expected: dict[str, tuple[str, str]]
) -> None:
    entry = entry_for(doc(doc_type), kind)
    assert entry is not None and entry.is_balanced
    assert {x.account: (str(x.debit), str(x.credit)) for x in entry.lines} == expected
    party_lines = [x for x in entry.lines if x.party_id == 7]
    assert len(party_lines) == 1


@pytest.mark.parametrize(
    ("method", "bank_account", "expected"),
    [
        (PaymentMethod.CASH, "", accounts.CASH),
        (PaymentMethod.BANK, "", accounts.BANK),
        (PaymentMethod.CARD, "1010", "1010"),
        (None, "", accounts.BANK),  # a voucher from before methods: the bank, as posted then
    ],
)
def test_money_goes_through_the_cash_account_or_a_bank_account(
    method: PaymentMethod | None, bank_account: str, expected: str
) -> None:
    for doc_type, kind, side in (
        (DocumentType.RECEIPT, PartyKind.CUSTOMER, "debit"),
        (DocumentType.PAYMENT, PartyKind.SUPPLIER, "credit"),
    ):
        voucher = Document(
            doc_type, 7, dt.date(2026, 3, 1), "EUR", (Line("", D(1), D("40")),),
            method=method, bank_account=bank_account,
        ).posted_as("X", 1)  # fmt: skip
        entry = entry_for(voucher, kind)
        assert entry is not None and entry.is_balanced
        money = [x for x in entry.lines if x.party_id is None]
        assert [(x.account, getattr(x, side)) for x in money] == [(expected, D("40.00"))]


def test_quotations_and_letters_post_nothing() -> None:
    assert entry_for(doc(DocumentType.QUOTATION), PartyKind.CUSTOMER) is None
    assert entry_for(doc(DocumentType.LETTER), PartyKind.CUSTOMER) is None


def test_a_reminder_books_its_fee_without_vat_and_a_waiver_books_it_back() -> None:
    fee = (Line("Reminder fee", D(1), D("10.00")),)
    reminder = Document(DocumentType.REMINDER, 7, dt.date(2026, 3, 1), "EUR", fee)
    entry = entry_for(reminder.posted_as("REM", 3), PartyKind.CUSTOMER)
    assert entry is not None and entry.is_balanced
    assert [(x.account, str(x.debit), str(x.credit), x.party_id) for x in entry.lines] == [
        (accounts.RECEIVABLES, "10.00", "0", 7),
        (accounts.REMINDER_FEES, "0", "10.00", None),
    ]
    waiver = Document(DocumentType.CREDIT_NOTE, 7, dt.date(2026, 3, 2), "EUR", fee)
    back = entry_for(waiver.posted_as("CN", 1), PartyKind.CUSTOMER, DocumentType.REMINDER)
    assert back is not None and back.is_balanced
    assert [(x.account, str(x.debit), str(x.credit), x.party_id) for x in back.lines] == [
        (accounts.RECEIVABLES, "0", "10.00", 7),
        (accounts.REMINDER_FEES, "10.00", "0", None),
    ]
    no_fee = Document(DocumentType.REMINDER, 7, dt.date(2026, 3, 1), "EUR")
    assert entry_for(no_fee.posted_as("REM", 4), PartyKind.CUSTOMER) is None


def test_trial_balance_rows_are_in_account_order_with_names() -> None:
    rows = trial_balance([("4000", D(0), D(5)), ("1200", D(5), D(0))], {"1200": "AR"})
    assert [(r.account, r.name, r.balance) for r in rows] == [
        ("1200", "AR", D(5)),
        ("4000", "4000", D(-5)),
    ]

"""A reproducible demo company: the same seed and 'today' give the same books.

Customers speak the six languages, most have one to three addresses, a few have none or a
malformed one (as real cards do). Sales invoices are numbered 1..M in date order over the last
365 days; receipts, credit notes, purchases, payments, quotations, a letter and a few drafts
fill in the rest. Receipts are amounts allocated to the invoice they pay (some in part), credit
notes settle their invoice, so the books have paid, partly paid, open and overdue invoices.
Every address is on example.com, example.org or example.net. The cards are made in
:mod:`ledgerpost.services.demo.cards`, the documents in :mod:`ledgerpost.services.demo.documents`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.parties import Company, PostalAddress
from ledgerpost.services.demo import documents
from ledgerpost.services.demo.cards import CardMaker, add_employees, add_suppliers
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger

DEMO_COMPANY = Company(
    name="LedgerPost Demo OÜ",
    currency="EUR",
    language="en",
    address=PostalAddress("Narva mnt 5", "10117", "Tallinn", "Estonia", "EE"),
    vat_number="EE100000001",
    registration_number="10000001",
    sender_name="LedgerPost Demo",
    sender_address="billing@example.com",
    reply_to="accounts@example.com",
    bank_account="EE38 2200 2210 2014 5685",
    payment_terms_days=14,
    bank_bic="HABAEE2X",
    phone="+372 600 0000",
)


@dataclass(frozen=True, slots=True)
class DemoSpec:
    customers: int = 40
    invoices: int = 200
    seed: int = 1
    as_of: dt.date = dt.date(2026, 1, 1)


@dataclass(frozen=True, slots=True)
class DemoSummary:
    company: str
    customers: int
    posted: int
    drafts: int


def make_demo(ledger: Ledger, spec: DemoSpec) -> DemoSummary:
    """Fill an empty ledger; refuses a ledger that already has a company."""
    if ledger.company() is not None:
        raise LedgerError.of("demo-needs-empty-ledger")
    maker = CardMaker(spec.seed, spec.as_of)
    ledger.create_company(DEMO_COMPANY)
    customers = [ledger.add_party(maker.customer(i)) for i in range(spec.customers)]
    suppliers = add_suppliers(ledger, maker)
    employees = add_employees(ledger, maker)
    terms = DEMO_COMPANY.payment_terms_days
    events = documents.sales_invoices(maker, customers, spec.invoices, terms)
    events += documents.purchases(maker, suppliers, spec.invoices)
    events += documents.expenses(maker, employees)
    posted = 0
    invoices = []
    for document in documents.in_order(events):
        found = documents.post(ledger, document, suppliers)
        posted += 1
        if document.type is DocumentType.INVOICE:
            invoices.append(found)
    for document in documents.in_order(documents.follow_ups(maker, invoices)):
        documents.post(ledger, document, suppliers)
        posted += 1
    drafts, more = documents.drafts_and_letters(ledger, maker, customers)
    return DemoSummary(DEMO_COMPANY.name, len(customers), posted + more, drafts)

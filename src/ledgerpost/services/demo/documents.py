"""The demo's documents: sales invoices numbered 1..M in date order over the last 365 days,
purchases and their payments, employees' expenses, then the receipts (amounts allocated to the
invoice they pay, some in part) and credit notes that follow the invoices, and a quotation, a
letter and a few drafts. Each is posted as the window would post it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ledgerpost.domain.allocation import AllocationRequest
from ledgerpost.domain.documents import (
    MONEY_MOVES,
    Document,
    DocumentType,
    Letter,
    Line,
    PaymentMethod,
)
from ledgerpost.domain.parties import Party
from ledgerpost.services import payments
from ledgerpost.services.demo.cards import CardMaker
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.payments import Voucher

Event = tuple[dt.date, int, Document]
"""A document to post, its date and a tie-breaker: posted in (date, tie-breaker) order, so
every series runs in date order."""


def sales_invoices(
    maker: CardMaker, customers: list[Party], count: int, terms_days: int
) -> list[Event]:
    """``count`` invoices over the year, each to a customer drawn at random."""
    events: list[Event] = []
    rng = maker.rng
    invoice_dates = sorted(maker.day() for _ in range(count))
    for _order, day in enumerate(invoice_dates) if customers else ():
        party = rng.choice(customers)
        assert party.id is not None
        events.append(
            (
                day,
                0,
                Document(
                    DocumentType.INVOICE,
                    party.id,
                    day,
                    "EUR",
                    maker.lines(),
                    due_date=day + dt.timedelta(days=terms_days),
                    recipients="",
                    contact_id=party.contacts[0].id if party.contacts else None,
                ),
            )
        )
    return events


def purchases(maker: CardMaker, suppliers: list[Party], invoices: int) -> list[Event]:
    """Each supplier's purchase invoices (one per 40 sales invoices, at least one), each paid."""
    events: list[Event] = []
    rng = maker.rng
    for supplier in suppliers:
        assert supplier.id is not None
        for _ in range(max(1, invoices // 40)):
            day = maker.day()
            events.append(
                (
                    day,
                    3,
                    Document(
                        DocumentType.PURCHASE_INVOICE,
                        supplier.id,
                        day,
                        "EUR",
                        maker.lines(),
                        reference=f"S-{rng.randint(1000, 9999)}",
                    ),
                )
            )
            paid = maker.day(after=day)
            events.append(
                (
                    paid,
                    4,
                    Document(
                        DocumentType.PAYMENT,
                        supplier.id,
                        paid,
                        "EUR",
                        (Line("Payment", Decimal(1), Decimal(rng.randint(50, 900)), Decimal(0)),),
                    ),
                )
            )
    return events


def expenses(maker: CardMaker, employees: list[Party]) -> list[Event]:
    """Three months of travel expenses paid to each employee."""
    events: list[Event] = []
    for employee in employees:
        assert employee.id is not None
        for month in range(1, 4):
            day = maker.as_of - dt.timedelta(days=30 * month)
            amount = Decimal(maker.rng.randint(40, 400))
            line = Line("Travel expenses", Decimal(1), amount, Decimal(0))
            events.append(
                (day, 4, Document(DocumentType.PAYMENT, employee.id, day, "EUR", (line,)))
            )
    return events


def follow_ups(maker: CardMaker, invoices: list[Document]) -> list[Event]:
    """The receipts (most invoices are paid, some in part, none after 'today') and the credit
    notes (a few) that follow the posted ``invoices``; the tie-breaker is the invoice's id."""
    events: list[Event] = []
    rng = maker.rng
    for invoice in invoices:
        assert invoice.id is not None
        roll = rng.random()
        if roll < 0.6:
            day = invoice.date + dt.timedelta(days=rng.randint(3, 40))
            if day > maker.as_of:
                continue  # not paid yet
            amount = (
                invoice.totals.gross
                if rng.random() < 0.85
                else (invoice.totals.gross / 2).quantize(Decimal("0.01"))
            )
            line = Line(f"Payment for {invoice.display_number}", Decimal(1), amount, Decimal(0))
            receipt = Document(
                DocumentType.RECEIPT,
                invoice.party_id,
                day,
                "EUR",
                (line,),
                reference=invoice.display_number,
            )
            events.append((day, invoice.id, receipt))
        elif roll > 0.97:
            day = min(maker.as_of, invoice.date + dt.timedelta(days=rng.randint(1, 20)))
            credit_note = Document(
                DocumentType.CREDIT_NOTE,
                invoice.party_id,
                day,
                "EUR",
                invoice.lines[:1],
                reference=invoice.display_number,
                credited_document_id=invoice.id,
            )
            events.append((day, invoice.id, credit_note))
    return events


def in_order(events: list[Event]) -> list[Document]:
    return [document for _day, _tie, document in sorted(events, key=lambda e: (e[0], e[1]))]


def drafts_and_letters(ledger: Ledger, maker: CardMaker, customers: list[Party]) -> tuple[int, int]:
    """Two draft invoices, a posted quotation and a letter; (drafts, posted)."""
    if not customers:
        return 0, 0
    as_of = maker.as_of
    for _ in range(2):
        party = maker.rng.choice(customers)
        assert party.id is not None
        ledger.save_draft(Document(DocumentType.INVOICE, party.id, as_of, "EUR", maker.lines()))
    party = customers[1 % len(customers)]
    assert party.id is not None
    ledger.save_and_post(
        Document(
            DocumentType.QUOTATION,
            party.id,
            as_of,
            "EUR",
            maker.lines(),
            due_date=as_of + dt.timedelta(days=30),
        )
    )
    letter = Letter(
        subject="New opening hours",
        body="From next month our office is open on weekdays from 9 to 17.\n"
        "Invoices and statements will keep arriving by email as before.",
        greeting="Kind regards",
        signer="Accounts team",
    )
    ledger.save_and_post(Document(DocumentType.LETTER, party.id, as_of, "EUR", letter=letter))
    return 2, 2


def _method(document: Document) -> PaymentMethod:
    """Mostly bank transfers; now and then cash or a card."""
    return (PaymentMethod.CASH, PaymentMethod.CARD, *([PaymentMethod.BANK] * 8))[
        document.date.toordinal() % 10
    ]


def post(ledger: Ledger, document: Document, suppliers: list[Party]) -> Document:
    """Post one demo document. A receipt (an amount) settles the invoice its reference names;
    a supplier's payment its open purchase invoices, oldest first; an employee's none."""
    problems: tuple[object, ...]
    if document.type in MONEY_MOVES:
        if document.type is DocumentType.RECEIPT:
            allocate: tuple[AllocationRequest, ...] | None = (
                AllocationRequest(document.reference),
            )
        else:
            allocate = None if any(s.id == document.party_id for s in suppliers) else ()
        voucher = Voucher(
            document.type,
            document.party_id,
            document.date,
            document.totals.gross,
            currency=document.currency,
            method=_method(document),
            reference=document.reference,
            allocate=allocate,
        )
        recorded = payments.record(ledger, voucher)
        problems, found = recorded.problems, recorded.document
    else:
        result = ledger.save_and_post(document)
        problems, found = result.problems, result.document
    if problems or found is None:
        raise AssertionError(
            f"the demo could not post a {document.type.value}: "
            + "; ".join(str(p) for p in problems)
        )
    return found

"""A reproducible demo company: the same seed and 'today' give the same books.

Customers speak the six languages, most have one to three addresses, a few have none or a
malformed one (as real cards do). Sales invoices are numbered 1..M in date order over the last
365 days; receipts, credit notes, purchases, payments, quotations, a letter and a few drafts
fill in the rest. Receipts are amounts allocated to the invoice they pay (some in part), credit
notes settle their invoice, so the books have paid, partly paid, open and overdue invoices.
Every address is on example.com, example.org or example.net.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
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
from ledgerpost.domain.parties import (
    LANGUAGES,
    AddressRole,
    Company,
    ContactPerson,
    EmailAddress,
    Party,
    PartyKind,
    PostalAddress,
)
from ledgerpost.services import payments
from ledgerpost.services.demo.names import (
    COMPANIES,
    COUNTRY_CODES,
    DOMAINS,
    PEOPLE,
    PRODUCTS,
    STREETS,
)
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.payments import Voucher

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


class _Maker:
    def __init__(self, spec: DemoSpec) -> None:
        self.spec = spec
        self.rng = random.Random(spec.seed)
        self.used: set[str] = set()

    def mailbox(self, local: str) -> str:
        domain = self.rng.choice(DOMAINS)
        address = f"{local}@{domain}"
        n = 2
        while address in self.used:
            address = f"{local}{n}@{domain}"
            n += 1
        self.used.add(address)
        return address

    def malformed(self, local: str) -> str:
        domain = self.rng.choice(DOMAINS)
        return self.rng.choice(
            (
                f"{local} {domain}",  # no @ at all
                f"{local}@@{domain}",  # doubled @
                f"{local}@{domain}.",  # trailing dot
                f"{local.replace('.', ' ')}@{domain}",  # space in the mailbox
            )
        )

    def emails(self, local: str) -> tuple[EmailAddress, ...]:
        roll = self.rng.random()
        if roll < 0.10:
            return ()
        count = self.rng.choice((1, 1, 2, 2, 3))
        roles = [AddressRole.BILLING, AddressRole.STATEMENTS, AddressRole.GENERAL]
        self.rng.shuffle(roles)
        found = [
            EmailAddress(self.mailbox(local if i == 0 else f"{local}.{role.value}"), role)
            for i, role in enumerate(roles[:count])
        ]
        if roll > 0.95:
            found[0] = EmailAddress(self.malformed(local), found[0].role)
        return tuple(found)

    def customer(self, index: int) -> Party:
        language = LANGUAGES[index % len(LANGUAGES)]
        street, city, country = STREETS[language]
        country_code = COUNTRY_CODES[language]
        address = PostalAddress(street, f"{10000 + index * 7}", city, country, country_code)
        if self.rng.random() < 0.4:
            name, local = self.rng.choice(COMPANIES[language])
            given, family, person_local = self.rng.choice(PEOPLE[language])
            contact = ContactPerson(
                f"{given} {family}",
                (EmailAddress(self.mailbox(person_local), AddressRole.BILLING),),
            )
            return Party(
                PartyKind.CUSTOMER,
                name,
                language,
                code=f"C{index + 1:04d}",
                vat_number=f"{country_code}{100000 + index}",
                address=address,
                emails=self.emails(local),
                contacts=(contact,),
                buyer_reference=f"{country_code}-{index + 1:04d}",
            )
        given, family, local = self.rng.choice(PEOPLE[language])
        return Party(
            PartyKind.CUSTOMER,
            f"{given} {family}",
            language,
            code=f"C{index + 1:04d}",
            address=address,
            emails=self.emails(local),
        )

    def lines(self) -> tuple[Line, ...]:
        return tuple(
            Line(
                description,
                Decimal(self.rng.choice((1, 1, 2, 3, 5, 10))),
                Decimal(price),
                Decimal(rate),
            )
            for description, price, rate in self.rng.sample(PRODUCTS, self.rng.randint(1, 4))
        )

    def day(self, after: dt.date | None = None, within: int = 364) -> dt.date:
        start = after or self.spec.as_of - dt.timedelta(days=within)
        span = (self.spec.as_of - start).days
        return start + dt.timedelta(days=self.rng.randint(0, max(span, 0)))


def _method(document: Document) -> PaymentMethod:
    """Mostly bank transfers; now and then cash or a card."""
    return (PaymentMethod.CASH, PaymentMethod.CARD, *([PaymentMethod.BANK] * 8))[
        document.date.toordinal() % 10
    ]


def _post(ledger: Ledger, document: Document, suppliers: list[Party]) -> Document:
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


def make_demo(ledger: Ledger, spec: DemoSpec) -> DemoSummary:
    """Fill an empty ledger; refuses a ledger that already has a company."""
    if ledger.company() is not None:
        raise LedgerError.of("demo-needs-empty-ledger")
    maker = _Maker(spec)
    rng = maker.rng
    ledger.create_company(DEMO_COMPANY)
    customers = [ledger.add_party(maker.customer(i)) for i in range(spec.customers)]
    suppliers = [
        ledger.add_party(
            Party(
                PartyKind.SUPPLIER,
                name,
                language,
                code=f"S{i + 1:03d}",
                address=PostalAddress(*STREETS[language][:1], "", *STREETS[language][1:]),
                emails=(EmailAddress(maker.mailbox(f"invoices.{local}"), AddressRole.BILLING),),
            )
        )
        for i, (language, (name, local)) in enumerate(
            (lang, COMPANIES[lang][3]) for lang in ("et", "de", "en", "ro")
        )
    ]
    employees = [
        ledger.add_party(
            Party(
                PartyKind.EMPLOYEE,
                f"{given} {family}",
                language,
                code=f"E{i + 1:03d}",
                emails=(EmailAddress(maker.mailbox(local)),),
            )
        )
        for i, (language, (given, family, local)) in enumerate(
            (lang, PEOPLE[lang][5]) for lang in ("et", "ru", "ar")
        )
    ]

    # Everything to post, ordered by date so every series runs in date order.
    events: list[tuple[dt.date, int, Document]] = []
    invoice_dates = sorted(maker.day() for _ in range(spec.invoices))
    invoices: list[tuple[dt.date, int, Party]] = []
    for order, day in enumerate(invoice_dates) if customers else ():
        party = rng.choice(customers)
        assert party.id is not None
        invoices.append((day, order, party))
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
                    due_date=day + dt.timedelta(days=DEMO_COMPANY.payment_terms_days),
                    recipients="",
                    contact_id=party.contacts[0].id if party.contacts else None,
                ),
            )
        )
    for supplier in suppliers:
        assert supplier.id is not None
        for _ in range(max(1, spec.invoices // 40)):
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
    for employee in employees:
        assert employee.id is not None
        for month in range(1, 4):
            day = spec.as_of - dt.timedelta(days=30 * month)
            events.append(
                (
                    day,
                    4,
                    Document(
                        DocumentType.PAYMENT,
                        employee.id,
                        day,
                        "EUR",
                        (
                            Line(
                                "Travel expenses",
                                Decimal(1),
                                Decimal(rng.randint(40, 400)),
                                Decimal(0),
                            ),
                        ),
                    ),
                )
            )
    ordered = sorted(events, key=lambda e: (e[0], e[1]))

    posted = 0
    posted_invoices: list[Document] = []
    for _day, _kind, document in ordered:
        posted_document = _post(ledger, document, suppliers)
        posted += 1
        if document.type is DocumentType.INVOICE:
            posted_invoices.append(posted_document)

    # Receipts and credit notes follow their invoices; post them in date order too.
    follow_ups: list[tuple[dt.date, int, Document]] = []
    for invoice in posted_invoices:
        assert invoice.id is not None
        roll = rng.random()
        if roll < 0.6:
            day = invoice.date + dt.timedelta(days=rng.randint(3, 40))
            if day > spec.as_of:
                continue  # not paid yet
            amount = (
                invoice.totals.gross
                if rng.random() < 0.85
                else (invoice.totals.gross / 2).quantize(Decimal("0.01"))
            )
            follow_ups.append(
                (
                    day,
                    invoice.id,
                    Document(
                        DocumentType.RECEIPT,
                        invoice.party_id,
                        day,
                        "EUR",
                        (
                            Line(
                                f"Payment for {invoice.display_number}",
                                Decimal(1),
                                amount,
                                Decimal(0),
                            ),
                        ),
                        reference=invoice.display_number,
                    ),
                )
            )
        elif roll > 0.97:
            day = min(spec.as_of, invoice.date + dt.timedelta(days=rng.randint(1, 20)))
            follow_ups.append(
                (
                    day,
                    invoice.id,
                    Document(
                        DocumentType.CREDIT_NOTE,
                        invoice.party_id,
                        day,
                        "EUR",
                        invoice.lines[:1],
                        reference=invoice.display_number,
                        credited_document_id=invoice.id,
                    ),
                )
            )
    for _day, _id, document in sorted(follow_ups, key=lambda e: (e[0], e[1])):
        _post(ledger, document, suppliers)
        posted += 1

    drafts = 0
    if customers:
        for _ in range(2):
            party = rng.choice(customers)
            assert party.id is not None
            ledger.save_draft(
                Document(DocumentType.INVOICE, party.id, spec.as_of, "EUR", maker.lines())
            )
            drafts += 1
        party = customers[1 % len(customers)]
        assert party.id is not None
        ledger.save_and_post(
            Document(
                DocumentType.QUOTATION,
                party.id,
                spec.as_of,
                "EUR",
                maker.lines(),
                due_date=spec.as_of + dt.timedelta(days=30),
            )
        )
        letter = Letter(
            subject="New opening hours",
            body="From next month our office is open on weekdays from 9 to 17.\n"
            "Invoices and statements will keep arriving by email as before.",
            greeting="Kind regards",
            signer="Accounts team",
        )
        ledger.save_and_post(
            Document(DocumentType.LETTER, party.id, spec.as_of, "EUR", letter=letter)
        )
        posted += 2
    return DemoSummary(DEMO_COMPANY.name, len(customers), posted, drafts)

"""A German company and customers with what an e-invoice needs, for the e-invoice tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.domain.parties import (
    AddressRole,
    Company,
    EmailAddress,
    Party,
    PartyKind,
    PostalAddress,
)

SELLER = Company(
    name="Muster Beratung GmbH",
    currency="EUR",
    language="de",
    address=PostalAddress("Invalidenstraße 12", "10115", "Berlin", "Deutschland", "DE"),
    vat_number="DE123456789",
    registration_number="HRB 98765",
    sender_name="Anna Muster",
    sender_address="rechnung@muster.example",
    bank_account="DE02 1203 0000 0000 2020 51",
    bank_bic="BYLADEM1001",
    phone="+49 30 1234567",
)

PUBLIC_BUYER = Party(
    PartyKind.CUSTOMER,
    "Bezirksamt Beispielstadt",
    "de",
    code="C0001",
    vat_number="DE987654321",
    address=PostalAddress("Rathausplatz 1", "12345", "Beispielstadt", "Deutschland", "DE"),
    emails=(EmailAddress("eingangsrechnung@bezirksamt.example", AddressRole.BILLING),),
    buyer_reference="991-01234-44",
    electronic_address="991-01234-44",
    electronic_scheme="0204",
)

FRENCH_BUSINESS = Party(
    PartyKind.CUSTOMER,
    "Atelier Lumière SARL",
    "en",
    code="C0002",
    vat_number="FR40303265045",
    address=PostalAddress("3 rue de la Paix", "75002", "Paris", "France", "FR"),
    emails=(EmailAddress("compta@lumiere.example", AddressRole.BILLING),),
)

LINES = (
    Line("Beratung, Stunde", Decimal(10), Decimal("80.00"), Decimal(19)),
    Line("Fachbuch", Decimal(2), Decimal("24.55"), Decimal(7)),
    Line("Nachlass", Decimal(1), Decimal("-15.00"), Decimal(19)),
)


def posted_invoice(party_id: int = 1, lines: tuple[Line, ...] = LINES) -> Document:
    return Document(
        DocumentType.INVOICE,
        party_id,
        dt.date(2027, 1, 4),
        "EUR",
        lines,
        party_name="Bezirksamt Beispielstadt",
        reference="PO-2027-17",
        due_date=dt.date(2027, 1, 18),
        id=10,
    ).posted_as("INV", 17)


def posted_credit_note(invoice: Document) -> Document:
    return Document(
        DocumentType.CREDIT_NOTE,
        invoice.party_id,
        dt.date(2027, 2, 1),
        "EUR",
        invoice.lines[:1],
        party_name=invoice.party_name,
        reference=invoice.display_number,
        credited_document_id=invoice.id,
        id=11,
    ).posted_as("CN", 3)

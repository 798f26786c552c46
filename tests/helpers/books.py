"""Small builders for parties and documents used across the suites."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.domain.parties import AddressRole, EmailAddress, Party, PartyKind
from ledgerpost.services.ledger import Ledger


def add_customer(ledger: Ledger, name: str = "Mari Tamm", language: str = "et") -> Party:
    return ledger.add_party(
        Party(
            PartyKind.CUSTOMER,
            name,
            language,
            emails=(EmailAddress("mari.tamm@example.com", AddressRole.BILLING),),
        )
    )


def invoice(party: Party, *amounts: str, on: dt.date = dt.date(2026, 3, 1)) -> Document:
    assert party.id is not None
    lines = tuple(
        Line(f"item {i}", Decimal(1), Decimal(a), Decimal(22))
        for i, a in enumerate(amounts or ("100",))
    )
    return Document(DocumentType.INVOICE, party.id, on, "EUR", lines)

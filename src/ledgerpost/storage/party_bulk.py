"""Many new party cards at once: a few multi-row inserts instead of a round trip per card."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from ledgerpost.domain.parties import (
    AddressRole,
    ContactPerson,
    EInvoiceFormat,
    EmailAddress,
    Party,
    PartyKind,
    PostalAddress,
)
from ledgerpost.storage.company_repository import ADDRESS_FIELDS
from ledgerpost.storage.models import ContactRow, EmailRow, PartyRow
from ledgerpost.storage.party_repository import address_lines
from ledgerpost.storage.types import utc_now

PARTY_TABLE: Table = PartyRow.__table__  # type: ignore[assignment]
CONTACT_TABLE: Table = ContactRow.__table__  # type: ignore[assignment]
EMAIL_TABLE: Table = EmailRow.__table__  # type: ignore[assignment]


def _email_rows(
    party_id: int, contact_id: int | None, emails: Sequence[EmailAddress]
) -> list[dict[str, Any]]:
    return [
        {
            "party_id": party_id,
            "contact_id": contact_id,
            "position": i,
            "address": e.address,
            "role": e.role.value,
        }
        for i, e in enumerate(emails)
    ]


def add_parties(session: Session, parties: Sequence[Party]) -> list[int]:
    """Insert ``parties`` (new cards, no ids) with their addresses and contact persons, in the
    caller's transaction; their new ids in the same order."""
    if not parties:
        return []
    now = utc_now()
    party_rows = [
        {
            "kind": p.kind.value,
            "code": p.code,
            "name": p.name,
            "language": p.language,
            "vat_number": p.vat_number,
            "default_cc": "\n".join(p.default_cc),
            "default_bcc": "\n".join(p.default_bcc),
            "buyer_reference": p.buyer_reference,
            "electronic_address": p.electronic_address,
            "electronic_scheme": p.electronic_scheme,
            "einvoice_format": p.einvoice_format.value if p.einvoice_format else "",
            "created_at": now,
            **{f: getattr(p.address, f) for f in ADDRESS_FIELDS},
        }
        for p in parties
    ]
    ids = _insert_returning_ids(session, PARTY_TABLE, party_rows)
    emails: list[dict[str, Any]] = []
    contact_rows: list[dict[str, Any]] = []
    contact_emails: list[tuple[int, Sequence[EmailAddress]]] = []
    for party_id, party in zip(ids, parties, strict=True):
        emails += _email_rows(party_id, None, party.emails)
        for position, person in enumerate(party.contacts):
            contact_rows.append({"party_id": party_id, "position": position, "name": person.name})
            contact_emails.append((party_id, person.emails))
    if contact_rows:
        contact_ids = _insert_returning_ids(session, CONTACT_TABLE, contact_rows)
        for contact_id, (party_id, person_emails) in zip(contact_ids, contact_emails, strict=True):
            emails += _email_rows(party_id, contact_id, person_emails)
    if emails:
        session.connection().execute(insert(EMAIL_TABLE), emails)
    return ids


def _insert_returning_ids(session: Session, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Core multi-row inserts (no ORM bookkeeping per row), the new ids in the rows' order."""
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [int(i) for i in session.connection().execute(statement, rows).scalars()]


def all_parties(session: Session) -> list[Party]:
    """Every card with its addresses and contact persons in three plain queries (the ORM's
    loading takes seconds for ten thousand cards), by name."""
    emails: dict[tuple[int, int | None], list[EmailAddress]] = {}
    email_rows = session.execute(
        select(EmailRow.party_id, EmailRow.contact_id, EmailRow.address, EmailRow.role).order_by(
            EmailRow.party_id, EmailRow.contact_id, EmailRow.position
        )
    )
    for party_id, contact_id, address, role in email_rows:
        emails.setdefault((party_id, contact_id), []).append(
            EmailAddress(address, AddressRole(role))
        )
    contacts: dict[int, list[ContactPerson]] = {}
    contact_rows = session.execute(
        select(ContactRow.id, ContactRow.party_id, ContactRow.name).order_by(
            ContactRow.party_id, ContactRow.position
        )
    )
    for contact_id, party_id, name in contact_rows:
        person = ContactPerson(name, tuple(emails.get((party_id, contact_id), ())), contact_id)
        contacts.setdefault(party_id, []).append(person)
    party_table = PARTY_TABLE
    rows = session.connection().execute(
        select(party_table).order_by(party_table.c.name, party_table.c.id)
    )
    return [
        Party(
            id=row.id,
            kind=PartyKind(row.kind),
            name=row.name,
            language=row.language,
            code=row.code,
            vat_number=row.vat_number,
            address=PostalAddress(**{f: getattr(row, f) for f in ADDRESS_FIELDS}),
            emails=tuple(emails.get((row.id, None), ())),
            contacts=tuple(contacts.get(row.id, ())),
            buyer_reference=row.buyer_reference,
            electronic_address=row.electronic_address,
            electronic_scheme=row.electronic_scheme,
            einvoice_format=EInvoiceFormat(row.einvoice_format) if row.einvoice_format else None,
            default_cc=address_lines(row.default_cc),
            default_bcc=address_lines(row.default_bcc),
        )
        for row in rows
    ]

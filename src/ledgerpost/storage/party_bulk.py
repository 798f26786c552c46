"""Many new party cards at once: a few multi-row inserts instead of a round trip per card."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from ledgerpost.domain.parties import EmailAddress, Party
from ledgerpost.storage.company_repository import ADDRESS_FIELDS
from ledgerpost.storage.models import ContactRow, EmailRow, PartyRow
from ledgerpost.storage.types import utc_now


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
            "created_at": now,
            **{f: getattr(p.address, f) for f in ADDRESS_FIELDS},
        }
        for p in parties
    ]
    ids = list(
        session.scalars(
            insert(PartyRow).returning(PartyRow.id, sort_by_parameter_order=True), party_rows
        )
    )
    emails: list[dict[str, Any]] = []
    contact_rows: list[dict[str, Any]] = []
    contact_emails: list[tuple[int, Sequence[EmailAddress]]] = []
    for party_id, party in zip(ids, parties, strict=True):
        emails += _email_rows(party_id, None, party.emails)
        for position, person in enumerate(party.contacts):
            contact_rows.append({"party_id": party_id, "position": position, "name": person.name})
            contact_emails.append((party_id, person.emails))
    if contact_rows:
        contact_ids = list(
            session.scalars(
                insert(ContactRow).returning(ContactRow.id, sort_by_parameter_order=True),
                contact_rows,
            )
        )
        for contact_id, (party_id, person_emails) in zip(contact_ids, contact_emails, strict=True):
            emails += _email_rows(party_id, contact_id, person_emails)
    if emails:
        session.execute(insert(EmailRow), emails)
    return ids

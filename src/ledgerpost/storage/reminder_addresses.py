"""The card addresses a reminder run's preview names: each customer's own addresses (not its
contact persons') and its default copies, read in two queries for any number of customers."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.orm import Session

from ledgerpost.domain.parties import AddressRole, EmailAddress
from ledgerpost.storage.models import EmailRow, PartyRow
from ledgerpost.storage.party_repository import address_lines

FEW = 500
"""Up to this many customers are named in the query; more are filtered here (SQLite's limit
on bound values)."""


def card_addresses(
    session: Session, party_ids: Collection[int]
) -> dict[int, tuple[tuple[EmailAddress, ...], tuple[str, ...]]]:
    """Party id -> (the card's addresses in card order, its default CC and BCC)."""
    wanted = set(party_ids)
    if not wanted:
        return {}
    emails = select(EmailRow.party_id, EmailRow.address, EmailRow.role).where(
        EmailRow.contact_id.is_(None)
    )
    copies = select(PartyRow.id, PartyRow.default_cc, PartyRow.default_bcc)
    if len(wanted) <= FEW:
        emails = emails.where(EmailRow.party_id.in_(wanted))
        copies = copies.where(PartyRow.id.in_(wanted))
    found: dict[int, list[EmailAddress]] = {}
    for party_id, address, role in session.execute(
        emails.order_by(EmailRow.party_id, EmailRow.position)
    ):
        if party_id in wanted:
            found.setdefault(party_id, []).append(EmailAddress(address, AddressRole(role)))
    result = {}
    for party_id, cc, bcc in session.execute(copies):
        if party_id in wanted:
            kept = (*address_lines(cc), *address_lines(bcc))
            result[party_id] = (tuple(found.get(party_id, ())), kept)
    return result

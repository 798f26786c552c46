"""The addresses last used for each party: one party's for the send form, every party's at once
for the address book."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ledgerpost.storage.mail_models import RecentRecipientRow


def all_recent(session: Session) -> dict[int, tuple[str, dt.datetime]]:
    """For each party that has been mailed: the addresses used last, and when."""
    return {
        row.party_id: (row.addresses, row.used_at)
        for row in session.scalars(select(RecentRecipientRow))
    }


def recent_addresses(session: Session, party_id: int) -> str:
    row = session.get(RecentRecipientRow, party_id)
    return row.addresses if row else ""


def remember_addresses(session: Session, party_id: int, addresses: str, now: dt.datetime) -> None:
    row = session.get(RecentRecipientRow, party_id) or RecentRecipientRow(party_id=party_id)
    row.addresses = addresses
    row.used_at = now
    session.add(row)

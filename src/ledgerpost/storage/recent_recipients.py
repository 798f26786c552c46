"""The addresses last used for each party: one party's for the send form, many parties' at once
for a letter batch, every party's for the address book."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from ledgerpost.storage.mail_models import RecentRecipientRow
from ledgerpost.storage.types import table_of

_RECENT = table_of(RecentRecipientRow)


def all_recent(session: Session) -> dict[int, tuple[str, dt.datetime]]:
    """For each party that has been mailed: the addresses used last, and when."""
    return {
        row.party_id: (row.addresses, row.used_at)
        for row in session.scalars(select(RecentRecipientRow))
    }


def recent_addresses(session: Session, party_id: int) -> str:
    row = session.get(RecentRecipientRow, party_id)
    return row.addresses if row else ""


CHUNK = 500
"""Parties per query: well under every database's limit of bound parameters."""


def recent_addresses_of(session: Session, party_ids: Sequence[int]) -> dict[int, str]:
    """The addresses used last for each of ``party_ids`` that has been mailed, one query per
    :data:`CHUNK` parties."""
    found: dict[int, str] = {}
    wanted = list(dict.fromkeys(party_ids))
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        rows = session.execute(
            select(RecentRecipientRow.party_id, RecentRecipientRow.addresses).where(
                RecentRecipientRow.party_id.in_(chunk)
            )
        )
        found.update({party_id: addresses for party_id, addresses in rows})
    return found


def remember_addresses(session: Session, party_id: int, addresses: str, now: dt.datetime) -> None:
    """Keep ``addresses`` as the party's last used: one statement (the row made or changed),
    not a read and a unit of work (a batch queues one message a party after another)."""
    values = {"party_id": party_id, "addresses": addresses, "used_at": now}
    changed = {"addresses": addresses, "used_at": now}
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql  # not loaded for a ledger file

        upsert = postgresql.insert(_RECENT).values(values)
        session.execute(upsert.on_conflict_do_update(index_elements=["party_id"], set_=changed))
    elif dialect == "sqlite":
        made = sqlite.insert(_RECENT).values(values)
        session.execute(made.on_conflict_do_update(index_elements=["party_id"], set_=changed))
    else:
        row = session.get(RecentRecipientRow, party_id) or RecentRecipientRow(party_id=party_id)
        row.addresses, row.used_at = addresses, now
        session.add(row)

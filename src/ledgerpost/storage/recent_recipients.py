"""The addresses last used for every party at once, for the address book."""

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

"""Settings kept in the ledger, as JSON values by key."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ledgerpost.storage.mail_models import SettingRow
from ledgerpost.storage.types import rows_changed


def load_settings(session: Session) -> dict[str, Any]:
    return {row.key: json.loads(row.value) for row in session.scalars(select(SettingRow))}


def save_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(SettingRow, key) or SettingRow(key=key)
    row.value = json.dumps(value)
    session.add(row)


def keep_setting(session: Session, key: str, value: Any) -> None:
    """``save_setting`` for a value several processes may store at the same moment (a fact
    learned by each delivery worker): under PostgreSQL a concurrent first insert of the key wins
    and this one updates it instead of failing."""
    text = json.dumps(value)
    changed = rows_changed(
        session.execute(update(SettingRow).where(SettingRow.key == key).values(value=text))
    )
    if changed:
        return
    try:
        with session.begin_nested():
            session.execute(insert(SettingRow).values(key=key, value=text))
    except IntegrityError:
        session.execute(update(SettingRow).where(SettingRow.key == key).values(value=text))


def forget_settings(session: Session, keys: list[str]) -> None:
    """Remove the stored values of ``keys`` (their defaults, or what replaced them, apply)."""
    session.execute(delete(SettingRow).where(SettingRow.key.in_(keys)))

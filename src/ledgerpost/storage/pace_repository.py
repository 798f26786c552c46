"""Each mail account's pace budget, taken one message at a time by every process at once.

:func:`take` reads and updates the account's row under a lock: ``SELECT ... FOR UPDATE`` on
PostgreSQL, the one write lock of the file on SQLite (every write transaction starts with
``BEGIN IMMEDIATE``). So two workers, two processes or two desks never both use the last slot
of a minute or the last recipients of a day. The rules are :mod:`ledgerpost.domain.pace`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, bindparam, func, insert, or_, select, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from ledgerpost.domain import pace as rules
from ledgerpost.domain.mail_accounts import Pace
from ledgerpost.domain.outbox import CLAIMABLE
from ledgerpost.storage.mail_models import OutboxRow
from ledgerpost.storage.pace_model import MailPaceRow
from ledgerpost.storage.types import enum_values, table_of

_PACE = table_of(MailPaceRow)
_OUTBOX = table_of(OutboxRow)


@dataclass(frozen=True, slots=True)
class Granted:
    """The message may go now; its slot and recipients are counted."""

    at: dt.datetime


@dataclass(frozen=True, slots=True)
class NotBefore:
    """The message may not go before ``at`` (nothing was counted)."""

    at: dt.datetime


def _usage(row: object | None) -> rules.Usage:
    if row is None:
        return rules.Usage()
    return rules.Usage(
        last_at=getattr(row, "last_sent_at", None),
        day=getattr(row, "day", None),
        recipients=getattr(row, "day_recipients", 0),
        throttles=getattr(row, "day_throttles", 0),
        paused_until=getattr(row, "paused_until", None),
    )


def usage(session: Session, account_key: str) -> rules.Usage:
    """What the account has used so far (read without a lock: for previews and status lines)."""
    row = session.execute(select(_PACE).where(_PACE.c.account_key == account_key)).first()
    return _usage(row)


def _locked(session: Session, account_key: str) -> rules.Usage:
    """The account's usage, its row made if missing and locked until the transaction ends."""
    fresh = {"account_key": account_key, "day_recipients": 0, "day_throttles": 0}
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql  # not loaded for a ledger file

        session.execute(postgresql.insert(_PACE).values(fresh).on_conflict_do_nothing())
    elif dialect == "sqlite":
        session.execute(sqlite.insert(_PACE).values(fresh).on_conflict_do_nothing())
    elif usage(session, account_key) == rules.Usage():
        session.execute(insert(_PACE).values(fresh))
    query = select(_PACE).where(_PACE.c.account_key == account_key).with_for_update()
    return _usage(session.execute(query).one())


def _write(session: Session, account_key: str, used: rules.Usage) -> None:
    session.execute(
        update(_PACE)
        .where(_PACE.c.account_key == account_key)
        .values(
            last_sent_at=used.last_at,
            day=used.day,
            day_recipients=used.recipients,
            day_throttles=used.throttles,
            paused_until=used.paused_until,
        )
    )


def take(
    session: Session,
    account_key: str,
    recipients: int,
    now: dt.datetime,
    pace: Pace,
    zone: dt.tzinfo | None = None,
) -> Granted | NotBefore:
    """A slot for one message to ``recipients`` now, if the pace (and any pause) allows it."""
    current = _locked(session, account_key)
    at = rules.earliest(pace, current, recipients, now, zone)
    if at > now:
        return NotBefore(at)
    _write(session, account_key, rules.used(current, now, recipients, zone))
    return Granted(now)


def pause(
    session: Session,
    account_key: str,
    now: dt.datetime,
    *,
    asked: dt.timedelta | None,
    daily: bool = False,
    zone: dt.tzinfo | None = None,
) -> dt.datetime:
    """Count a throttle reply and pause the account; until when it waits."""
    current = _locked(session, account_key)
    until = rules.throttle_pause(asked, daily, current, now, zone)
    paused = rules.throttled(current, until, now, zone)
    _write(session, account_key, paused)
    return paused.paused_until or until


def waiting(
    session: Session, accounts: Sequence[int | None] | None = None
) -> list[tuple[int, dt.datetime]]:
    """The messages waiting to go (id, next attempt), in the order they will be claimed; only
    those of the account ids ``accounts`` when named (None in it: the messages that name no
    account, which go through the default one), so that each account's lane plans only its
    own messages."""
    query = (
        select(_OUTBOX.c.id, _OUTBOX.c.next_attempt_at)
        .where(_OUTBOX.c.status.in_(enum_values(CLAIMABLE)))
        .order_by(_OUTBOX.c.next_attempt_at, _OUTBOX.c.id)
    )
    if accounts is not None:
        query = query.where(of_accounts(accounts))
    return [(outbox_id, at) for outbox_id, at in session.execute(query)]


def lane(session: Session, accounts: Sequence[int | None]) -> tuple[int, dt.datetime | None]:
    """How many messages of the account ids ``accounts`` wait to be claimed, and the next
    one's planned time."""
    query = select(func.count(_OUTBOX.c.id), func.min(_OUTBOX.c.next_attempt_at)).where(
        _OUTBOX.c.status.in_(enum_values(CLAIMABLE)), of_accounts(accounts)
    )
    count, first = session.execute(query).one()
    return int(count or 0), first


def of_accounts(accounts: Sequence[int | None]) -> ColumnElement[bool]:
    """The outbox rows of the account ids ``accounts`` (None: rows that name no account)."""
    named = [a for a in accounts if a is not None]
    where = _OUTBOX.c.account_id.in_(named)
    return or_(where, _OUTBOX.c.account_id.is_(None)) if None in accounts else where


def plan_waiting(session: Session, planned: Sequence[tuple[int, dt.datetime]]) -> None:
    """Set the planned time (next attempt) of waiting messages."""
    if not planned:
        return
    statement = (
        update(_OUTBOX)
        .where(_OUTBOX.c.id == bindparam("outbox_id"))
        # Still waiting (a user may have cancelled one meanwhile); no IN list: executemany.
        .where(or_(*(_OUTBOX.c.status == status for status in enum_values(CLAIMABLE))))
        .values(next_attempt_at=bindparam("at"))
    )
    session.connection().execute(statement, [{"outbox_id": i, "at": at} for i, at in planned])

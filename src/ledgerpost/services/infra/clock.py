"""The one clock of the services: naive UTC, as every timestamp is stored."""

from __future__ import annotations

import datetime as dt


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def stored_time(when: dt.datetime) -> dt.datetime:
    """``when`` as stored, naive UTC: with an offset it says itself; naive, it is local time."""
    return when.astimezone(dt.UTC).replace(tzinfo=None)

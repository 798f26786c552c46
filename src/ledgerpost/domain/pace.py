"""A sending account's pace: when each message may go, and what a batch preview says of it.

Times are naive UTC, as stored. A day is the ledger's local calendar day from 00:00 (``zone``;
None is this computer's time zone). The per-minute limit spaces messages evenly, one every
60/per_minute seconds, so that no 60 seconds ever hold more than per_minute of them (providers
count over a sliding minute; a fixed minute would let twice as many through across its edge).
The per-day limit counts recipients.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ledgerpost.domain.mail_accounts import Pace
from ledgerpost.domain.problems import Problem

DEFAULT_ACCOUNT = "default"
"""The account key of the one SMTP setup of the settings (accounts are keyed by name)."""
MINUTE = dt.timedelta(minutes=1)
FIRST_PAUSE = dt.timedelta(minutes=1)
"""The pause after a throttle reply that names none; it doubles with each one that day."""
LONGEST_PAUSE = dt.timedelta(minutes=30)


@dataclass(frozen=True, slots=True)
class Usage:
    """What an account has used so far, as the ledger keeps it."""

    last_at: dt.datetime | None = None
    """When its last message went (its slot)."""
    day: dt.date | None = None
    """The local day ``recipients`` and ``throttles`` count for."""
    recipients: int = 0
    throttles: int = 0
    """Throttle replies received that day."""
    paused_until: dt.datetime | None = None
    """No message goes before this (the provider asked for a pause)."""

    def recipients_on(self, day: dt.date) -> int:
        return self.recipients if self.day == day else 0

    def throttles_on(self, day: dt.date) -> int:
        return self.throttles if self.day == day else 0


@dataclass(frozen=True, slots=True)
class PaceStatus:
    """What the queue's status line says of a mail account's pace today."""

    account_key: str
    recipients_today: int
    throttles_today: int
    """Throttle replies today: messages the server would not take yet (none failed)."""
    paused_until: dt.datetime | None
    """Set while a throttle reply makes the account wait (naive UTC)."""


def pace_today(account_key: str, usage: Usage, now: dt.datetime) -> PaceStatus:
    """The status line's figures of ``usage`` at ``now`` (naive UTC)."""
    today = local_day(now)
    paused = usage.paused_until if usage.paused_until and usage.paused_until > now else None
    return PaceStatus(account_key, usage.recipients_on(today), usage.throttles_on(today), paused)


def local_day(at: dt.datetime, zone: dt.tzinfo | None = None) -> dt.date:
    """The local calendar day of ``at`` (naive UTC)."""
    return at.replace(tzinfo=dt.UTC).astimezone(zone).date()


def day_start(day: dt.date, zone: dt.tzinfo | None = None) -> dt.datetime:
    """Local 00:00 of ``day``, as naive UTC."""
    midnight = dt.datetime.combine(day, dt.time())
    local = midnight.replace(tzinfo=zone) if zone is not None else midnight.astimezone()
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def spacing(pace: Pace) -> dt.timedelta | None:
    """The least time between two messages; None without a per-minute limit."""
    return MINUTE / pace.per_minute if pace.per_minute else None


def recipient_limit(pace: Pace) -> int | None:
    """The most recipients one message may have under ``pace``; None: no limit."""
    limits = [n for n in (pace.recipients_per_message, pace.per_day) if n]
    return min(limits) if limits else None


def recipients_problem(pace: Pace, recipients: int) -> Problem | None:
    """A message with more recipients than the account takes in one message (or a day)."""
    limit = recipient_limit(pace)
    if limit is not None and recipients > limit:
        return Problem.of("pace-too-many-recipients", "to", count=recipients, limit=limit)
    return None


def earliest(
    pace: Pace, usage: Usage, recipients: int, now: dt.datetime, zone: dt.tzinfo | None = None
) -> dt.datetime:
    """When a message to ``recipients`` may go at the earliest (``now`` or later).

    Raises ValueError for more recipients than a day allows (:func:`recipients_problem`)."""
    at = max(now, usage.paused_until or now, usage.last_at or now)  # never before the last
    gap = spacing(pace)
    if gap is not None and usage.last_at is not None:
        at = max(at, usage.last_at + gap)
    if pace.per_day:
        if recipients > pace.per_day:
            raise ValueError(f"{recipients} recipients are more than {pace.per_day} a day")
        day = local_day(at, zone)
        if usage.recipients_on(day) + recipients > pace.per_day:
            at = max(at, day_start(day + dt.timedelta(days=1), zone))
    return at


def used(usage: Usage, at: dt.datetime, recipients: int, zone: dt.tzinfo | None = None) -> Usage:
    """The usage after a message to ``recipients`` went at ``at``."""
    day = local_day(at, zone)
    return replace(
        usage,
        last_at=at,
        day=day,
        recipients=usage.recipients_on(day) + recipients,
        throttles=usage.throttles_on(day),
    )


def plan(
    pace: Pace,
    usage: Usage,
    recipients: Sequence[int],
    now: dt.datetime,
    zone: dt.tzinfo | None = None,
) -> list[dt.datetime]:
    """The planned send time of each message (its recipient count), in order."""
    times = []
    for count in recipients:
        at = earliest(pace, usage, count, now, zone)
        usage = used(usage, at, count, zone)
        times.append(at)
    return times


def throttle_pause(
    asked: dt.timedelta | None,
    daily: bool,
    usage: Usage,
    now: dt.datetime,
    zone: dt.tzinfo | None = None,
) -> dt.datetime:
    """Until when an account waits after a throttle reply: the pause the provider asked for;
    after a daily limit, the next local day; else a minute, doubling with each throttle reply
    of the day (at most half an hour)."""
    if asked is not None:
        return now + asked
    if daily:
        return max(day_start(local_day(now, zone) + dt.timedelta(days=1), zone), now + MINUTE)
    earlier = usage.throttles_on(local_day(now, zone))
    return now + min(FIRST_PAUSE * (1 << min(earlier, 8)), LONGEST_PAUSE)


def throttled(
    usage: Usage, until: dt.datetime, now: dt.datetime, zone: dt.tzinfo | None = None
) -> Usage:
    """The usage after a throttle reply at ``now`` that pauses the account until ``until``."""
    day = local_day(now, zone)
    same = usage.day == day
    return replace(
        usage,
        day=day,
        recipients=usage.recipients if same else 0,
        throttles=(usage.throttles if same else 0) + 1,
        paused_until=max(until, usage.paused_until or until),
    )


@dataclass(frozen=True, slots=True)
class Forecast:
    """When a batch would go at the account's pace, as a preview says it."""

    count: int
    today: int
    """Messages planned for today (the local day of ``now``)."""
    days: int
    """Local days the batch spans: 1 when all go today (0 for an empty batch)."""
    last_day: dt.date | None
    minutes: int
    """Minutes from now to the last message, rounded (0 when all go at once)."""
    per_minute: int | None
    last_at: dt.datetime | None = None
    """When the last message is planned to go (naive UTC); None for an empty batch."""

    @property
    def all_today(self) -> bool:
        return self.today == self.count


def forecast(
    pace: Pace,
    usage: Usage,
    recipients: Sequence[int],
    now: dt.datetime,
    zone: dt.tzinfo | None = None,
) -> Forecast:
    """The preview of sending messages to ``recipients`` (a count each) from ``now``."""
    times = plan(pace, usage, recipients, now, zone)
    if not times:
        return Forecast(0, 0, 0, None, 0, pace.per_minute)
    today = local_day(now, zone)
    last_day = local_day(times[-1], zone)
    minutes = math.floor((times[-1] - now) / MINUTE + 0.5)
    return Forecast(
        count=len(times),
        today=sum(1 for at in times if local_day(at, zone) == today),
        days=(last_day - today).days + 1,
        last_day=last_day,
        minutes=minutes,
        per_minute=pace.per_minute,
        last_at=times[-1],
    )

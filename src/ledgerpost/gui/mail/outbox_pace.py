"""What the queue says of the sending pace: each account's line ("billing: 12 waiting, next at
14:05") and, for a message the pace holds, its planned time and the account's throttles."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from ledgerpost.domain.outbox import OutboxEntry, OutboxStatus
from ledgerpost.gui.widgets.language import datetime_text
from ledgerpost.services.outbox import AccountLane

S = OutboxStatus
THROTTLED = "mail-throttled"


def clock_text(value: dt.datetime, now: dt.datetime | None = None) -> str:
    """A stored (naive UTC) time as HH:MM when it is today here, else with its date."""
    local = value.replace(tzinfo=dt.UTC).astimezone()
    today = (now or dt.datetime.now(dt.UTC).replace(tzinfo=None)).replace(tzinfo=dt.UTC)
    if local.date() == today.astimezone().date():
        return local.strftime("%H:%M")
    return datetime_text(local)


def held_by_pace(entry: OutboxEntry, now: dt.datetime) -> bool:
    """Whether the message waits for its turn (the pace or a throttle pause), not for a retry
    after trouble of its own: planned for later with no error, or after a throttle reply."""
    if entry.status not in (S.QUEUED, S.RETRY) or entry.next_attempt_at <= now:
        return False
    return entry.last_error_code == THROTTLED or not (entry.last_error or entry.last_error_code)


def lane_of(entry: OutboxEntry, lanes: list[AccountLane]) -> AccountLane | None:
    """The account lane a message goes through (one naming none: the default's)."""
    for lane in lanes:
        if entry.account_id == lane.account_id or (entry.account_id is None and lane.default):
            return lane
    return None


def lane_line(lane: AccountLane, now: dt.datetime | None = None) -> str:
    """``billing: 12 waiting, next at 14:05 · throttled 3 times today``."""
    if lane.waiting and lane.next_at is not None:
        line = (
            QCoreApplication.translate("outbox", "%1: %n waiting, next at %2", "", lane.waiting)
            .replace("%1", lane.account)
            .replace("%2", clock_text(lane.next_at, now))
        )
    else:
        line = QCoreApplication.translate("outbox", "%1: nothing waiting").replace(
            "%1", lane.account
        )
    if lane.throttles_today:
        line += " · " + QCoreApplication.translate(
            "outbox", "throttled %n time(s) today", "", lane.throttles_today
        )
    if lane.paused_until is not None:
        line += " · " + QCoreApplication.translate(
            "outbox", "the server asked to wait until %1"
        ).replace("%1", clock_text(lane.paused_until, now))
    return line


def lanes_text(lanes: list[AccountLane], now: dt.datetime | None = None) -> str:
    """One line per account with something to say: waiting messages or throttles today."""
    said = [lane for lane in lanes if lane.waiting or lane.throttles_today or lane.paused_until]
    return "\n".join(lane_line(lane, now) for lane in said)


def pace_note(entry: OutboxEntry, lane: AccountLane | None, now: dt.datetime) -> str:
    """For a message the pace holds: when it is planned to go, and how often the server
    throttled its account today; "" for any other message."""
    if not held_by_pace(entry, now):
        return ""
    when = clock_text(entry.next_attempt_at, now)
    if lane is None:
        return QCoreApplication.translate(
            "outbox", "Waiting for its turn at the sending pace: planned for %1."
        ).replace("%1", when)
    note = (
        QCoreApplication.translate(
            "outbox", "Waiting for its turn at the pace of %1: planned for %2."
        )
        .replace("%1", lane.account)
        .replace("%2", when)
    )
    if lane.throttles_today:
        note += " " + QCoreApplication.translate(
            "outbox",
            "The server throttled this account %n time(s) today (nothing failed).",
            "",
            lane.throttles_today,
        )
    return note

"""The sending pace a delivery worker obeys for one account, and its throttle pauses.

Before each message the worker asks :meth:`PaceGate.admit`; the budget lives in the ledger
(``storage.pace_repository``), so every worker, process and desk on the ledger shares it. A
message that may not go yet is put back, not counted as an attempt, with its planned time as
``next_attempt_at`` (what the queue shows). A throttle reply pauses the account for every
process (:meth:`PaceGate.throttled`). Between runs, :meth:`PaceGate.wait` sleeps until the next
planned message when it is near, so ``outbox run`` finishes a paced batch.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, case
from sqlalchemy.orm import Session

from ledgerpost.domain import pace as rules
from ledgerpost.domain.mail_accounts import Pace
from ledgerpost.domain.outbox import OutboxEvent
from ledgerpost.mail.throttle import Throttled
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.storage import locks
from ledgerpost.storage import outbox_repository as repo
from ledgerpost.storage import pace_repository as pace_repo
from ledgerpost.storage.database import Database
from ledgerpost.storage.mail_models import OutboxRow

WAIT_AT_MOST = dt.timedelta(minutes=5)
"""A run waits for a paced message due within this; later ones are left to a later run."""
PAUSE_LOOKUP = dt.timedelta(seconds=1)
"""How often a gate without limits looks whether another process paused the account."""


@dataclass(frozen=True, slots=True)
class PacedAccount:
    """What a worker (in any process) needs to make its gate: the account and its pace."""

    key: str
    pace: Pace
    accounts: tuple[int | None, ...] | None = None
    """The account ids whose messages its workers claim (None: every message)."""


class PaceGate:
    """One account's pace as one delivery worker obeys it (one gate per worker)."""

    def __init__(
        self,
        db: Database,
        account_key: str,
        pace: Pace,
        *,
        zone: dt.tzinfo | None = None,
        clock: Callable[[], dt.datetime] = utcnow,
        sleep: Callable[[float], None] = time.sleep,
        wait_at_most: dt.timedelta = WAIT_AT_MOST,
        accounts: Sequence[int | None] | None = None,
    ) -> None:
        self.db, self.account_key, self.pace, self.zone = db, account_key, pace, zone
        self.accounts = None if accounts is None else tuple(accounts)
        """The account ids of the messages this account's lane plans (None: every one)."""
        self.clock, self._sleep, self.wait_at_most = clock, sleep, wait_at_most
        self._horizon: dt.datetime | None = None
        """The latest time this gate planned a message for (or paused until)."""
        self.throttles = 0
        self._looked: dt.datetime | None = None
        self._paused_until: dt.datetime | None = None

    def __repr__(self) -> str:
        return f"PaceGate({self.account_key!r}, {self.pace})"

    def _planned(self, at: dt.datetime) -> None:
        self._horizon = at if self._horizon is None else max(self._horizon, at)

    @property
    def limited(self) -> bool:
        return bool(self.pace.per_minute or self.pace.per_day)

    def admit(self, recipients: int) -> bool:
        """Whether a message to ``recipients`` may go now (its slot is then taken). Without a
        limit only a pause holds it, looked up at most once a second (no write per message)."""
        if not self.limited:
            return self._not_paused()
        with self.db.write() as s:
            verdict = pace_repo.take(
                s, self.account_key, recipients, self.clock(), self.pace, self.zone
            )
        if isinstance(verdict, pace_repo.NotBefore):
            self._planned(verdict.at)
            return False
        return True

    def _not_paused(self) -> bool:
        now = self.clock()
        if self._looked is None or now - self._looked >= PAUSE_LOOKUP or now < self._looked:
            with self.db.read() as s:
                self._paused_until = pace_repo.usage(s, self.account_key).paused_until
            self._looked = now
        if self._paused_until is not None and self._paused_until > now:
            self._planned(self._paused_until)
            return False
        return True

    def throttled(self, session: Session, error: Throttled) -> dt.datetime:
        """Count a throttle reply and pause the account (in the caller's transaction)."""
        asked = dt.timedelta(seconds=error.pause_seconds) if error.pause_seconds else None
        until = pace_repo.pause(
            session,
            self.account_key,
            self.clock(),
            asked=asked,
            daily=error.daily,
            zone=self.zone,
        )
        self.throttles += 1
        self._paused_until = until
        self._planned(until)
        return until

    def put_back(self, ids: Sequence[int]) -> None:
        """Put claimed messages back, and plan every waiting message anew from the account's
        usage: each one's next attempt is its planned time, what the queue shows (one
        recipient each; the budget is checked again when each goes). A message due later
        already (a retry) keeps its time."""
        now = self.clock()
        with self.db.write() as s:
            locks.hold(s, locks.OUTBOX_CLAIMS)  # no claim between reading and planning
            put_back(s, [(outbox_id, None) for outbox_id in ids])  # each keeps its place
            waiting = pace_repo.waiting(s, self.accounts)
            usage = pace_repo.usage(s, self.account_key)
            times = rules.plan(self.pace, usage, [1] * len(waiting), now, self.zone)
            planned = [
                (outbox_id, max(at, current))
                for (outbox_id, current), at in zip(waiting, times, strict=True)
            ]
            pace_repo.plan_waiting(s, [p for p, w in zip(planned, waiting, strict=True) if p != w])
        if planned:
            self._planned(max(at for _, at in planned))

    def wait(self, stop: threading.Event | None = None) -> bool:
        """Sleep until the next waiting message when this gate planned it and it is near;
        False (at once) when nothing of ours waits or it is due later than ``wait_at_most``."""
        with self.db.read() as s:  # another account's lane waits for its own gate
            due = repo.next_due(s) if self.accounts is None else pace_repo.lane(s, self.accounts)[1]
        now = self.clock()
        if due is None or self._horizon is None or due > self._horizon:
            self._horizon = None
            return False
        if due - now > self.wait_at_most:
            return False
        seconds = max((due - now).total_seconds(), 0.01)
        if stop is not None:
            return not stop.wait(seconds)
        self._sleep(seconds)
        return True


def throttle_until(
    gate: PaceGate | None, session: Session, error: Throttled, now: dt.datetime
) -> dt.datetime:
    """Until when the account waits after ``error``: paused in the ledger by the gate, or
    without one (no pace given) the same rule for this worker alone."""
    if gate is not None:
        return gate.throttled(session, error)
    asked = dt.timedelta(seconds=error.pause_seconds) if error.pause_seconds else None
    return rules.throttle_pause(asked, error.daily, rules.Usage(), now)


NOT_AN_ATTEMPT = {
    "claimed_by": None,
    "attempts": OutboxRow.attempts - 1,
}
"""What puts a claimed message back as if it had not been claimed: a pace or throttle wait is
never a failed attempt."""


def put_back(session: Session, planned: Sequence[tuple[int, dt.datetime | None]]) -> None:
    """Put claimed messages that never reached the server back for their planned times (None:
    their next attempt as it was, the place in the queue they had). A
    message never tried before loses its first-attempt time too (its Date header is the time
    its bytes first go); its stored bytes and data mark are left as they are."""
    never_tried = case(
        (and_(OutboxRow.attempts <= 1, OutboxRow.data_at.is_(None)), None),
        else_=OutboxRow.first_attempt_at,
    )
    for outbox_id, at in planned:
        when = {} if at is None else {"next_attempt_at": at}
        repo.settle(
            session,
            outbox_id,
            OutboxEvent.TEMPORARY,
            first_attempt_at=never_tried,
            **when,
            **NOT_AN_ATTEMPT,
        )

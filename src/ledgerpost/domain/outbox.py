"""The life of a queued message: its states, the only legal moves between them, and retries.

Only this module decides which transitions are legal (ARCHITECTURE, "The life of a message").
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from ledgerpost.domain.problems import Problem


class OutboxStatus(StrEnum):
    HELD = "held"  # waits for send_at (undo window, send later)
    QUEUED = "queued"  # due: the next worker takes it
    SENDING = "sending"  # claimed by a worker, on its way to the server
    SENT = "sent"  # the server accepted it (2xx after DATA)
    RETRY = "retry"  # a temporary failure; tried again after a backoff
    FAILED = "failed"  # refused for good, or retries ran out; the user decides
    UNCERTAIN = "uncertain"  # the process died with the end of DATA in flight
    NO_CREDIT = "no-credit"  # due, but no credit left; goes after a top-up
    CANCELLED = "cancelled"  # withdrawn by the user before it was sent


class OutboxEvent(StrEnum):
    RELEASE = "release"  # send_at reached, or "send now"
    CLAIM = "claim"  # a worker takes it
    ACCEPTED = "accepted"  # 2xx after the end of DATA
    TEMPORARY = "temporary"  # 4xx, timeout, drop before the end of DATA
    PERMANENT = "permanent"  # 5xx
    GIVE_UP = "give-up"  # retries ran out
    CRASHED = "crashed"  # found in 'sending' after a restart
    OUT_OF_CREDIT = "out-of-credit"
    TOPPED_UP = "topped-up"
    RESEND = "resend"  # the user sends it again (same Message-ID)
    MARK_SENT = "mark-sent"  # the user confirms an uncertain message arrived
    CANCEL = "cancel"
    HOLD = "hold"  # the user puts a waiting message on hold until a time
    RESTORED = "restored"  # the ledger came back from a backup: it may have gone since


S, E = OutboxStatus, OutboxEvent

TRANSITIONS: dict[tuple[OutboxStatus, OutboxEvent], OutboxStatus] = {
    (S.HELD, E.RELEASE): S.QUEUED,
    (S.HELD, E.CANCEL): S.CANCELLED,
    (S.HELD, E.HOLD): S.HELD,
    (S.QUEUED, E.CLAIM): S.SENDING,
    (S.QUEUED, E.CANCEL): S.CANCELLED,
    (S.QUEUED, E.HOLD): S.HELD,
    (S.QUEUED, E.OUT_OF_CREDIT): S.NO_CREDIT,
    (S.RETRY, E.CLAIM): S.SENDING,
    (S.RETRY, E.CANCEL): S.CANCELLED,
    (S.RETRY, E.GIVE_UP): S.FAILED,
    (S.RETRY, E.RESEND): S.QUEUED,
    (S.RETRY, E.OUT_OF_CREDIT): S.NO_CREDIT,
    (S.RETRY, E.HOLD): S.HELD,
    (S.SENDING, E.ACCEPTED): S.SENT,
    (S.SENDING, E.TEMPORARY): S.RETRY,
    (S.SENDING, E.PERMANENT): S.FAILED,
    (S.SENDING, E.GIVE_UP): S.FAILED,
    (S.SENDING, E.CRASHED): S.UNCERTAIN,
    (S.SENDING, E.OUT_OF_CREDIT): S.NO_CREDIT,
    (S.NO_CREDIT, E.TOPPED_UP): S.QUEUED,
    (S.NO_CREDIT, E.CANCEL): S.CANCELLED,
    (S.NO_CREDIT, E.HOLD): S.HELD,
    (S.FAILED, E.RESEND): S.QUEUED,
    (S.FAILED, E.CANCEL): S.CANCELLED,
    (S.UNCERTAIN, E.RESEND): S.QUEUED,
    (S.UNCERTAIN, E.MARK_SENT): S.SENT,
    (S.UNCERTAIN, E.CANCEL): S.CANCELLED,
    # A backup knows a message was still to go when it was made, not whether it went after:
    # restored, it waits for a user to look (send again, mark sent or cancel), never goes alone.
    (S.HELD, E.RESTORED): S.UNCERTAIN,
    (S.QUEUED, E.RESTORED): S.UNCERTAIN,
    (S.RETRY, E.RESTORED): S.UNCERTAIN,
    (S.SENDING, E.RESTORED): S.UNCERTAIN,
    (S.NO_CREDIT, E.RESTORED): S.UNCERTAIN,
}

SOURCES: dict[OutboxEvent, frozenset[OutboxStatus]] = {
    event: frozenset(status for status, each in TRANSITIONS if each is event) for event in E
}
"""For each event, the statuses it may move a message from."""

CLAIMABLE: frozenset[OutboxStatus] = SOURCES[E.CLAIM]
"""Messages a worker may take (when they are due)."""

MAY_BE_ACCEPTED: frozenset[OutboxStatus] = frozenset(
    status for (status, _), target in TRANSITIONS.items() if target is S.SENT
)
"""Messages the server may have accepted already: each holds a credit until it is settled."""


def _reaches_sent_unless_resent(status: OutboxStatus) -> bool:
    seen, todo = {status}, [status]
    while todo:
        here = todo.pop()
        if here is S.SENT:
            return True
        for (source, event), target in TRANSITIONS.items():
            if source is here and event is not E.RESEND and target not in seen:
                seen.add(target)
                todo.append(target)
    return False


LIVE: frozenset[OutboxStatus] = frozenset(s for s in S if _reaches_sent_unless_resent(s))
"""Messages that went, may have gone, or may still go without a user sending them again."""

WAITING: frozenset[OutboxStatus] = LIVE - MAY_BE_ACCEPTED - {S.SENT}
"""Messages that will still go out without anyone doing anything (no-credit: after a top-up)."""

UNDER_WAY: frozenset[OutboxStatus] = WAITING | SOURCES[E.ACCEPTED]
"""Messages still to go or on their way to the server now."""

NEEDS_A_DECISION: frozenset[OutboxStatus] = SOURCES[E.RESEND] - CLAIMABLE
"""Messages that go again only if a user resends them (or, uncertain, marks them sent)."""

FINAL: frozenset[OutboxStatus] = frozenset({S.SENT, S.CANCELLED})


class IllegalTransition(ValueError):
    def __init__(self, status: OutboxStatus, event: OutboxEvent) -> None:
        super().__init__(f"a message that is {status.value} cannot take '{event.value}'")
        self.status = status
        self.event = event


def next_status(status: OutboxStatus, event: OutboxEvent) -> OutboxStatus:
    """The status after ``event``; raises IllegalTransition for a move the rules forbid."""
    try:
        return TRANSITIONS[(status, event)]
    except KeyError:
        raise IllegalTransition(status, event) from None


def can(status: OutboxStatus, event: OutboxEvent) -> bool:
    return (status, event) in TRANSITIONS


# --- retries ------------------------------------------------------------------------------

FIRST_RETRY = timedelta(seconds=30)
MAX_BACKOFF = timedelta(hours=1)
GIVE_UP_AFTER = timedelta(hours=24)


def backoff(attempts: int, rng: random.Random | None = None) -> timedelta:
    """How long to wait after the ``attempts``-th failed try: doubling from 30 s, capped at one
    hour, with ±20 % jitter so that many waiting messages do not all return at once."""
    doublings = min(max(attempts - 1, 0), 16)
    base = min(FIRST_RETRY * (1 << doublings), MAX_BACKOFF)
    jitter = rng.uniform(0.8, 1.2) if rng else random.uniform(0.8, 1.2)
    return min(base * jitter, MAX_BACKOFF)


def should_give_up(first_attempt_age: timedelta) -> bool:
    """Temporary failures are retried for a day; then the message fails, visibly."""
    return first_attempt_age >= GIVE_UP_AFTER


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """One message in the outbox as lists and reports show it."""

    id: int
    status: OutboxStatus
    kind: str
    document_id: int | None
    document: str
    party_id: int | None
    to: str
    cc: str
    bcc: str
    subject: str
    attempts: int
    last_error: str
    last_code: int | None
    message_id: str
    queued_at: dt.datetime
    queued_by: str
    send_at: dt.datetime | None
    next_attempt_at: dt.datetime
    sent_at: dt.datetime | None
    refused: str
    batch_id: int | None
    server_reply: str = ""
    last_error_code: str = ""
    """The catalogue code of ``last_error``; empty for a row written before codes were kept."""
    last_error_params: tuple[tuple[str, str | int], ...] = ()
    delivery: str = ""
    """What reports said after ``sent``: '' | delayed | delivered | read | bounced."""
    delivery_detail: str = ""
    """The address, status code and remote text of the report behind ``delivery``."""
    delivery_at: dt.datetime | None = None
    account_id: int | None = None
    """The sending account chosen when it was queued (None: the default account)."""


MARKED_SENT = "outbox-marked-sent"
"""The ``server_reply`` kept when the user marked an uncertain message as sent: the catalogue
code of the sentence, said in the reader's language (see :func:`reply_note`)."""
MARKED_SENT_BEFORE = "marked as sent by the user"
"""What rows marked before the code was kept hold: read as the same note."""


def reply_note(entry: OutboxEntry) -> Problem | None:
    """The reply LedgerPost wrote itself, as a catalogue sentence (a message the user marked
    as sent); None when ``server_reply`` holds the server's own words."""
    if entry.status is OutboxStatus.SENT and entry.server_reply in (
        MARKED_SENT,
        MARKED_SENT_BEFORE,
    ):
        return Problem.of("outbox-marked-sent")
    return None

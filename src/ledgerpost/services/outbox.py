"""What the user does with the outbox: look at it, send again, cancel, confirm an uncertain one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ledgerpost.domain.credits import CreditError, spend
from ledgerpost.domain.outbox import (
    MARKED_SENT,
    WAITING,
    IllegalTransition,
    OutboxEntry,
    OutboxEvent,
    OutboxStatus,
)
from ledgerpost.domain.pace import DEFAULT_ACCOUNT, local_day, pace_today
from ledgerpost.domain.pace import PaceStatus as PaceStatus  # where callers found it
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import credit_repository as credit_repo
from ledgerpost.storage import mail_account_repository as accounts_repo
from ledgerpost.storage import outbox_listing
from ledgerpost.storage import outbox_repository as repo
from ledgerpost.storage import pace_repository as pace_repo


def entries(
    ledger: Ledger,
    status: OutboxStatus | None = None,
    *,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    party_id: int | None = None,
    document_id: int | None = None,
    limit: int | None = None,
    delivery: str | None = None,
) -> list[OutboxEntry]:
    """Outbox entries, newest first; ``delivery`` keeps the sent ones reports said that of."""
    with ledger.db.read() as s:
        return outbox_listing.entries(
            s,
            status=status,
            delivery=delivery,
            since=since,
            until=until,
            party_id=party_id,
            document_id=document_id,
            limit=limit,
        )


def counts(ledger: Ledger) -> dict[OutboxStatus, int]:
    with ledger.db.read() as s:
        return outbox_listing.status_counts(s)


def _illegal(outbox_id: int, exc: IllegalTransition) -> LedgerError:
    return LedgerError.of(
        "outbox-illegal-move",
        "",
        message=outbox_id,
        status=exc.status.value,
        event=exc.event.value,
    )


def _act(ledger: Ledger, outbox_id: int, event: OutboxEvent, **values: object) -> OutboxStatus:
    try:
        with ledger.db.write() as s:
            return repo.move(s, outbox_id, event, **values)
    except IllegalTransition as exc:
        raise _illegal(outbox_id, exc) from exc


def retry(ledger: Ledger, outbox_id: int) -> OutboxStatus:
    """Send a failed, waiting or uncertain message again, now, with the same Message-ID."""
    return _act(ledger, outbox_id, OutboxEvent.RESEND, next_attempt_at=utcnow(), data_at=None)


def cancel(ledger: Ledger, outbox_id: int) -> OutboxStatus:
    return _act(ledger, outbox_id, OutboxEvent.CANCEL, claimed_by=None)


def send_now(ledger: Ledger, outbox_id: int) -> OutboxStatus:
    """A held message (undo window, send later) goes at once."""
    return _act(ledger, outbox_id, OutboxEvent.RELEASE, send_at=None, next_attempt_at=utcnow())


def mark_sent(ledger: Ledger, outbox_id: int, user: str = "") -> OutboxStatus:
    """The user confirms an uncertain message arrived: it counts as sent and spends its credit
    (reserved for it since it was claimed)."""
    now = utcnow()
    try:
        with ledger.db.write() as s:
            status = repo.move(
                s,
                outbox_id,
                OutboxEvent.MARK_SENT,
                sent_at=now,
                server_reply=MARKED_SENT,
            )
            credit_repo.add_credit(s, spend(credit_repo.credit_balance(s), outbox_id, now, user))
            return status
    except IllegalTransition as exc:
        raise _illegal(outbox_id, exc) from exc
    except CreditError as exc:
        raise LedgerError.of("outbox-no-credit", "", message=outbox_id) from exc


@dataclass(frozen=True, slots=True)
class Waiting:
    """What the status bar says: how many messages wait, and when the next one is due."""

    count: int
    next_due: dt.datetime | None
    no_credit: int
    uncertain: int
    failed: int

    def seconds_to_next(self) -> float | None:
        """Seconds from now until the next message is due (0 if it is due already); None when
        nothing waits for a time."""
        if self.next_due is None:
            return None
        return max((self.next_due - utcnow()).total_seconds(), 0.0)


def waiting(ledger: Ledger) -> Waiting:
    with ledger.db.read() as s:
        counts = outbox_listing.status_counts(s)
        next_due = repo.next_due(s)
    return Waiting(
        count=sum(counts.get(x, 0) for x in WAITING),
        next_due=next_due,
        no_credit=counts.get(OutboxStatus.NO_CREDIT, 0),
        uncertain=counts.get(OutboxStatus.UNCERTAIN, 0),
        failed=counts.get(OutboxStatus.FAILED, 0),
    )


def mail_states(ledger: Ledger, document_ids: list[int]) -> dict[int, OutboxStatus]:
    """For each document that has been mailed, the state of its latest message."""
    with ledger.db.read() as s:
        return outbox_listing.latest_status_by_document(s, document_ids)


def pace_status(ledger: Ledger, account_key: str | None = None) -> PaceStatus:
    """The pace today of the account named ``account_key`` (None: the default account)."""
    with ledger.db.read() as s:
        if account_key is None:
            default = accounts_repo.default_account(s)
            account_key = default.name if default is not None else DEFAULT_ACCOUNT
        usage = pace_repo.usage(s, account_key)
    return pace_today(account_key, usage, utcnow())


@dataclass(frozen=True, slots=True)
class AccountLane:
    """One sending account's part of the queue, as its line in the queue says it."""

    account: str
    account_id: int | None
    default: bool
    waiting: int
    """Messages waiting to be claimed (queued, or planned for later by the pace or a retry)."""
    next_at: dt.datetime | None
    """The next one's planned time (naive UTC)."""
    throttles_today: int
    """Throttle replies today: the server would not take a message yet (none failed)."""
    paused_until: dt.datetime | None
    """Set while a throttle reply makes the account wait (naive UTC)."""


def lanes(ledger: Ledger) -> list[AccountLane]:
    """Each sending account's waiting messages, the next one's time and its throttles today
    (the messages naming no account are the default account's)."""
    now = utcnow()
    today = local_day(now)
    found = []
    with ledger.db.read() as s:
        for account in accounts_repo.list_accounts(s):
            claims = [account.id, None] if account.default else [account.id]
            waiting, next_at = pace_repo.lane(s, claims)
            usage = pace_repo.usage(s, account.name)
            paused = usage.paused_until
            found.append(
                AccountLane(
                    account=account.name,
                    account_id=account.id,
                    default=account.default,
                    waiting=waiting,
                    next_at=next_at,
                    throttles_today=usage.throttles_on(today),
                    paused_until=paused if paused is not None and paused > now else None,
                )
            )
    return found

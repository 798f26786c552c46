"""Claims, credits and crash recovery of the outbox, on a SQLite file and on PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from ledgerpost.domain.credits import TRIAL_CREDITS
from ledgerpost.domain.outbox import OutboxEvent, OutboxStatus
from ledgerpost.services import credits, outbox
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import credit_repository as credit_repo
from ledgerpost.storage import outbox_repository as repo
from tests.helpers.backends import BOTH_BACKENDS
from tests.helpers.outbox_rows import add_messages

pytestmark = BOTH_BACKENDS
S = OutboxStatus


def later() -> dt.datetime:
    """A minute ahead of now: every message the tests queued is due by then."""
    return utcnow() + dt.timedelta(minutes=1)


def claim(ledger: Ledger, worker: str, limit: int = 50) -> list[int]:
    with ledger.db.write() as s:
        available = credit_repo.credit_balance(s) - credit_repo.reserved_credits(s)
        ids = repo.due_ids(s, later(), min(limit, available), skip_locked=False)
        return repo.claim(s, ids, worker, later())


def test_a_new_company_starts_with_trial_credits(ledger: Ledger) -> None:
    assert credits.balance(ledger) == TRIAL_CREDITS
    assert [e.kind.value for e in credits.history(ledger)] == ["grant"]


def test_claims_never_hand_one_message_to_two_workers(ledger: Ledger) -> None:
    credits.add(ledger, 100, "TOPUP-1", "anna")
    ids = add_messages(ledger, 30)
    first = claim(ledger, "w1", limit=20)
    second = claim(ledger, "w2", limit=20)
    assert len(first) == 20 and len(second) == 10
    assert set(first) | set(second) == set(ids) and not set(first) & set(second)
    assert claim(ledger, "w3") == []


def test_claims_stop_at_the_credits_left_and_the_rest_waits_for_credit(ledger: Ledger) -> None:
    ids = add_messages(ledger, 8)
    taken = claim(ledger, "w1")
    assert len(taken) == TRIAL_CREDITS  # each claimed message holds a credit until it settles
    with ledger.db.write() as s:
        assert repo.mark_waiting_without_credit(s, later()) == 3
    counts = outbox.counts(ledger)
    assert counts[S.SENDING] == 5 and counts[S.NO_CREDIT] == 3
    credits.add(ledger, 10, "TOPUP-2", "anna")
    assert outbox.counts(ledger)[S.QUEUED] == 3
    assert sorted(taken + claim(ledger, "w2")) == ids


def test_sent_spends_exactly_one_credit_and_only_once(ledger: Ledger) -> None:
    (one,) = add_messages(ledger, 1)
    claim(ledger, "w1")
    with ledger.db.write() as s:
        repo.move(s, one, OutboxEvent.CRASHED)
    assert outbox.mark_sent(ledger, one, "anna") is S.SENT
    assert credits.balance(ledger) == TRIAL_CREDITS - 1
    with pytest.raises(LedgerError, match="sent"):
        outbox.mark_sent(ledger, one, "anna")
    assert credits.balance(ledger) == TRIAL_CREDITS - 1


def test_user_actions_follow_the_rules(ledger: Ledger) -> None:
    queued, failed = add_messages(ledger, 2)
    with ledger.db.write() as s:
        repo.move(s, failed, OutboxEvent.CLAIM)
        repo.move(s, failed, OutboxEvent.PERMANENT, last_error="550 no such user")
    assert outbox.retry(ledger, failed) is S.QUEUED
    assert outbox.cancel(ledger, queued) is S.CANCELLED
    with pytest.raises(LedgerError, match="cancelled"):
        outbox.retry(ledger, queued)
    listed = {e.id: e for e in outbox.entries(ledger)}
    assert listed[queued].status is S.CANCELLED and listed[failed].status is S.QUEUED


def test_a_paused_message_is_never_due_and_a_scheduled_one_at_its_time(ledger: Ledger) -> None:
    paused, scheduled = add_messages(ledger, 2)
    at = utcnow() + dt.timedelta(hours=2)
    with ledger.db.write() as s:
        repo.move(s, paused, OutboxEvent.HOLD, send_at=None)
        repo.move(s, scheduled, OutboxEvent.HOLD, send_at=at, next_attempt_at=at)
    assert outbox.waiting(ledger).next_due == at
    with ledger.db.write() as s:
        repo.move(s, scheduled, OutboxEvent.CANCEL)
    assert outbox.waiting(ledger).next_due is None

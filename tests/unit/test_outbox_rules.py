import random
from datetime import timedelta

import pytest

from ledgerpost.domain.outbox import (
    CLAIMABLE,
    FINAL,
    LIVE,
    MAY_BE_ACCEPTED,
    NEEDS_A_DECISION,
    SOURCES,
    TRANSITIONS,
    UNDER_WAY,
    WAITING,
    IllegalTransition,
    OutboxEvent,
    OutboxStatus,
    backoff,
    can,
    next_status,
    should_give_up,
)

S, E = OutboxStatus, OutboxEvent


def test_the_happy_path_and_the_retry_loop() -> None:
    status = S.HELD
    for event in (E.RELEASE, E.CLAIM, E.TEMPORARY, E.CLAIM, E.ACCEPTED):
        status = next_status(status, event)
    assert status is S.SENT


def test_an_uncertain_message_is_never_retried_by_itself() -> None:
    uncertain = next_status(S.SENDING, E.CRASHED)
    assert uncertain is S.UNCERTAIN
    with pytest.raises(IllegalTransition, match="uncertain"):
        next_status(uncertain, E.CLAIM)
    assert next_status(uncertain, E.RESEND) is S.QUEUED
    assert next_status(uncertain, E.MARK_SENT) is S.SENT


def test_nothing_leaves_a_final_state() -> None:
    assert not [key for key in TRANSITIONS if key[0] in FINAL]
    with pytest.raises(IllegalTransition):
        next_status(S.SENT, E.RESEND)


def test_only_a_claimed_message_can_be_accepted() -> None:
    for status in S:
        if status is not S.SENDING:
            with pytest.raises(IllegalTransition):
                next_status(status, E.ACCEPTED)


def test_no_credit_waits_for_a_top_up() -> None:
    assert next_status(S.QUEUED, E.OUT_OF_CREDIT) is S.NO_CREDIT
    assert next_status(S.NO_CREDIT, E.TOPPED_UP) is S.QUEUED


def test_backoff_doubles_with_jitter_and_is_capped() -> None:
    rng = random.Random(1)
    waits = [backoff(n, rng) for n in range(1, 12)]
    assert timedelta(seconds=24) <= waits[0] <= timedelta(seconds=36)
    assert timedelta(seconds=48) <= waits[1] <= timedelta(seconds=72)
    assert all(w <= timedelta(hours=1) for w in waits)
    assert waits[-1] >= timedelta(minutes=48)
    assert backoff(10_000) <= timedelta(hours=1)


def test_give_up_after_a_day() -> None:
    assert not should_give_up(timedelta(hours=23, minutes=59))
    assert should_give_up(timedelta(hours=24))


def test_a_paused_batch_holds_messages_waiting_for_a_retry_or_for_credit() -> None:
    assert next_status(S.RETRY, E.HOLD) is S.HELD
    assert next_status(S.NO_CREDIT, E.HOLD) is S.HELD
    assert next_status(S.HELD, E.RELEASE) is S.QUEUED


def test_the_status_sets_storage_uses_are_what_the_machine_says() -> None:
    assert SOURCES[E.CLAIM] == CLAIMABLE == {S.QUEUED, S.RETRY}
    assert SOURCES[E.MARK_SENT] == {S.UNCERTAIN}
    assert SOURCES[E.TOPPED_UP] == {S.NO_CREDIT}
    assert SOURCES[E.RELEASE] == {S.HELD}
    assert {S.SENDING, S.UNCERTAIN} == MAY_BE_ACCEPTED
    assert set(S) - {S.FAILED, S.CANCELLED} == LIVE
    assert {S.HELD, S.QUEUED, S.RETRY, S.NO_CREDIT} == WAITING
    assert {S.HELD, S.QUEUED, S.SENDING, S.RETRY, S.NO_CREDIT} == UNDER_WAY
    assert {S.FAILED, S.UNCERTAIN} == NEEDS_A_DECISION
    for event, sources in SOURCES.items():
        assert sources == {s for s in S if can(s, event)}

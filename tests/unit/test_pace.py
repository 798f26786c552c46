"""The sending pace as pure rules: spacing within a minute, days, recipients, pauses."""

from __future__ import annotations

import datetime as dt
import itertools
from zoneinfo import ZoneInfo

import pytest

from ledgerpost.domain import pace as rules
from ledgerpost.domain.mail_accounts import Pace
from ledgerpost.i18n.translate import translator
from ledgerpost.services.pace_preview import finish_sentence

TALLINN = ZoneInfo("Europe/Tallinn")  # UTC+2 in winter, UTC+3 in summer
UTC = dt.UTC
NOW = dt.datetime(2026, 12, 2, 9, 0)  # naive UTC: 11:00 in Tallinn
MICROSOFT = Pace(per_minute=30, per_day=10_000)
GOOGLE = Pace(per_day=2_000, recipients_per_message=100)


def gaps(times: list[dt.datetime]) -> set[dt.timedelta]:
    return {b - a for a, b in itertools.pairwise(times)}


def most_in_a_minute(times: list[dt.datetime]) -> int:
    return max(sum(1 for t in times if start <= t < start + rules.MINUTE) for start in times)


def test_without_a_limit_every_message_goes_now() -> None:
    assert rules.plan(Pace(), rules.Usage(), [1, 5, 300], NOW) == [NOW, NOW, NOW]


def test_messages_are_spaced_evenly_so_no_minute_holds_more_than_the_limit() -> None:
    times = rules.plan(Pace(per_minute=30), rules.Usage(), [1] * 100, NOW)
    assert times[0] == NOW
    assert gaps(times) == {dt.timedelta(seconds=2)}
    assert most_in_a_minute(times) == 30
    assert times[-1] == NOW + dt.timedelta(seconds=198)


def test_an_odd_limit_spaces_by_a_fraction_of_a_second_and_still_holds() -> None:
    times = rules.plan(Pace(per_minute=7), rules.Usage(), [1] * 50, NOW)
    assert most_in_a_minute(times) == 7


def test_the_last_message_sent_pushes_the_first_planned_one() -> None:
    usage = rules.Usage(last_at=NOW - dt.timedelta(seconds=5))
    times = rules.plan(Pace(per_minute=5), usage, [1, 1], NOW)
    assert times == [NOW + dt.timedelta(seconds=7), NOW + dt.timedelta(seconds=19)]


def test_a_long_ago_message_does_not_hold_anything_back() -> None:
    usage = rules.Usage(last_at=NOW - dt.timedelta(hours=1))
    assert rules.plan(Pace(per_minute=5), usage, [1], NOW) == [NOW]


def test_a_day_counts_recipients_and_the_rest_go_from_local_midnight() -> None:
    times = rules.plan(Pace(per_day=10), rules.Usage(), [3, 3, 3, 3], NOW, TALLINN)
    midnight = dt.datetime(2026, 12, 2, 22, 0)  # 00:00 on 3 December in Tallinn, as UTC
    assert times == [NOW, NOW, NOW, midnight]


def test_recipients_already_spent_today_count() -> None:
    usage = rules.Usage(day=dt.date(2026, 12, 2), recipients=1_999)
    times = rules.plan(GOOGLE, usage, [1, 1], NOW, TALLINN)
    assert times == [NOW, dt.datetime(2026, 12, 2, 22, 0)]


def test_yesterdays_recipients_do_not_count_today() -> None:
    usage = rules.Usage(day=dt.date(2026, 12, 1), recipients=2_000)
    assert rules.plan(GOOGLE, usage, [1], NOW, TALLINN) == [NOW]


def test_the_local_day_not_the_utc_day_decides() -> None:
    late = dt.datetime(2026, 12, 2, 22, 30)  # already 3 December, 00:30, in Tallinn
    assert rules.local_day(late, TALLINN) == dt.date(2026, 12, 3)
    assert rules.local_day(late, UTC) == dt.date(2026, 12, 2)
    usage = rules.Usage(day=dt.date(2026, 12, 2), recipients=2_000)
    assert rules.plan(GOOGLE, usage, [1], late, TALLINN) == [late]  # a new day in Tallinn
    assert rules.plan(GOOGLE, usage, [1], late, UTC) == [dt.datetime(2026, 12, 3, 0, 0)]


def test_midnight_follows_summer_time() -> None:
    assert rules.day_start(dt.date(2026, 7, 1), TALLINN) == dt.datetime(2026, 6, 30, 21, 0)
    assert rules.day_start(dt.date(2026, 12, 1), TALLINN) == dt.datetime(2026, 11, 30, 22, 0)


def test_a_batch_spreads_over_several_days_and_minutes_together() -> None:
    pace = Pace(per_minute=30, per_day=100)
    times = rules.plan(pace, rules.Usage(), [1] * 250, NOW, TALLINN)
    days = [rules.local_day(t, TALLINN) for t in times]
    assert [days.count(d) for d in sorted(set(days))] == [100, 100, 50]
    assert times[100] == dt.datetime(2026, 12, 2, 22, 0)
    assert times[101] == times[100] + dt.timedelta(seconds=2)
    assert most_in_a_minute(times) == 30


def test_a_pause_holds_every_message_until_it_ends() -> None:
    until = NOW + dt.timedelta(minutes=3)
    usage = rules.Usage(paused_until=until)
    times = rules.plan(Pace(per_minute=30), usage, [1, 1], NOW)
    assert times == [until, until + dt.timedelta(seconds=2)]
    assert rules.plan(Pace(), usage, [1], NOW) == [until]


def test_a_message_with_too_many_recipients_is_a_problem_before_queueing() -> None:
    problem = rules.recipients_problem(GOOGLE, 101)
    assert problem is not None
    assert (problem.code, problem.field) == ("pace-too-many-recipients", "to")
    assert problem.values == {"count": 101, "limit": 100}
    assert rules.recipients_problem(GOOGLE, 100) is None
    assert rules.recipients_problem(Pace(per_day=50), 51) is not None  # a day holds 50
    assert rules.recipients_problem(Pace(), 10_000) is None
    with pytest.raises(ValueError):
        rules.earliest(Pace(per_day=50), rules.Usage(), 51, NOW)


def test_a_throttle_reply_pauses_as_asked_or_backs_off_doubling() -> None:
    usage = rules.Usage()
    asked = rules.throttle_pause(dt.timedelta(seconds=90), False, usage, NOW)
    assert asked == NOW + dt.timedelta(seconds=90)
    pauses = []
    for _ in range(8):
        until = rules.throttle_pause(None, False, usage, NOW)
        pauses.append(until - NOW)
        usage = rules.throttled(usage, until, NOW)
    assert pauses[:4] == [dt.timedelta(minutes=m) for m in (1, 2, 4, 8)]
    assert max(pauses) == rules.LONGEST_PAUSE
    assert usage.throttles == 8


def test_a_daily_limit_reply_pauses_until_the_next_local_day() -> None:
    until = rules.throttle_pause(None, True, rules.Usage(), NOW, TALLINN)
    assert until == dt.datetime(2026, 12, 2, 22, 0)


def test_a_throttle_keeps_todays_recipients_and_a_new_day_starts_from_nothing() -> None:
    usage = rules.Usage(day=dt.date(2026, 12, 2), recipients=40, throttles=2)
    kept = rules.throttled(usage, NOW, NOW, UTC)
    assert (kept.recipients, kept.throttles) == (40, 3)
    tomorrow = NOW + dt.timedelta(days=1)
    fresh = rules.throttled(usage, tomorrow, tomorrow, UTC)
    assert (fresh.recipients, fresh.throttles) == (0, 1)


def test_a_preview_of_200_messages_at_30_a_minute() -> None:
    found = rules.forecast(MICROSOFT, rules.Usage(), [1] * 200, NOW, TALLINN)
    assert (found.count, found.today, found.days, found.minutes) == (200, 200, 1, 7)
    assert finish_sentence(found) == "200 messages: all today; at 30 a minute, about 7 minutes"


def test_a_preview_of_3000_messages_at_2000_a_day() -> None:
    found = rules.forecast(GOOGLE, rules.Usage(), [1] * 3_000, NOW, TALLINN)
    assert (found.today, found.days) == (2_000, 2)
    assert finish_sentence(found) == "3,000 messages: 2,000 today, the rest tomorrow from 00:00"
    assert finish_sentence(found, translator("de")) == (
        "3.000 Nachrichten: 2.000 heute, der Rest morgen ab 00:00"
    )


def test_a_preview_when_today_is_used_up_or_the_batch_takes_days() -> None:
    spent = rules.Usage(day=dt.date(2026, 12, 2), recipients=2_000)
    found = rules.forecast(GOOGLE, spent, [1] * 10, NOW, TALLINN)
    assert finish_sentence(found) == "10 messages: none today, all tomorrow from 00:00"
    found = rules.forecast(GOOGLE, rules.Usage(), [1] * 5_000, NOW, TALLINN)
    assert found.days == 3
    assert finish_sentence(found) == (
        "5,000 messages: 2,000 today, the rest from tomorrow 00:00, the last on Dec 4, 2026"
    )


def test_a_small_preview_goes_within_a_minute_and_each_language_says_so() -> None:
    found = rules.forecast(MICROSOFT, rules.Usage(), [1] * 20, NOW, TALLINN)
    assert finish_sentence(found) == "20 messages: all today, within about a minute"
    for language in ("et", "de", "ru", "ro", "ar"):
        said = finish_sentence(found, translator(language))
        assert "20" in said and said != finish_sentence(found)


def test_an_empty_batch_plans_nothing() -> None:
    found = rules.forecast(MICROSOFT, rules.Usage(), [], NOW)
    assert (found.count, found.days, found.last_day) == (0, 0, None)

"""The reminder rules without a ledger: levels reached by days past due (before it, too), one
level at a time, the settings' checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.open_items import OpenItem
from ledgerpost.domain.reminders import (
    DEFAULT_LEVELS,
    PartyFacts,
    SkipReason,
    levels_problem,
    plan_run,
    reached,
    settings_of,
)
from ledgerpost.domain.settings import BY_KEY

DAY = dt.date(2026, 3, 1)
SETTINGS = settings_of(DEFAULT_LEVELS, "5.00")


def item(doc_id: int, due: dt.date, open_: str = "100", party: int = 1) -> OpenItem:
    return OpenItem(
        document_id=doc_id,
        type=DocumentType.INVOICE,
        number=f"INV-{doc_id}",
        party_id=party,
        party="Mari",
        date=due - dt.timedelta(days=14),
        due_date=due,
        currency="EUR",
        total=Decimal(open_),
        open=Decimal(open_),
        as_of=DAY,
    )


PARTIES = {1: PartyFacts(1, "Mari", "et", True)}


def test_the_default_levels_are_valid_and_three() -> None:
    assert levels_problem(DEFAULT_LEVELS) is None
    assert BY_KEY["reminders.levels"].problem(DEFAULT_LEVELS) is None
    assert [x.level for x in SETTINGS.levels] == [1, 2, 3]
    assert SETTINGS.level(3).fee == Decimal("10.00") and SETTINGS.minimum == Decimal("5.00")


def test_levels_reached_by_days_past_due() -> None:
    assert [reached(SETTINGS.levels, d) for d in (-5, 0, 6, 7, 20, 21, 34, 35, 400)] == [
        0, 0, 0, 1, 1, 2, 2, 3, 3,
    ]  # fmt: skip


def test_a_level_before_the_due_date_is_a_friendly_notice() -> None:
    notice = settings_of([{"level": 1, "days": -3}, {"level": 2, "days": 10}], "0")
    plan = plan_run([item(1, DAY + dt.timedelta(days=2))], PARTIES, notice, DAY, last_levels={})
    assert [(r.level, r.days_overdue) for r in plan.reminders] == [(1, -2)]


def test_one_level_at_a_time_and_never_the_same_twice() -> None:
    items = [item(1, DAY - dt.timedelta(days=60))]
    assert plan_run(items, PARTIES, SETTINGS, DAY, last_levels={}).reminders[0].level == 1
    assert plan_run(items, PARTIES, SETTINGS, DAY, last_levels={1: 1}).reminders[0].level == 2
    done = plan_run(items, PARTIES, SETTINGS, DAY, last_levels={1: 3})
    assert done.reminders == () and done.skipped[0].reason is SkipReason.ALREADY_REMINDED


def test_currencies_are_reminded_apart() -> None:
    usd = replace(item(2, DAY - dt.timedelta(days=10)), currency="USD")
    plan = plan_run(
        [item(1, DAY - dt.timedelta(days=10)), usd], PARTIES, SETTINGS, DAY, last_levels={}
    )
    assert sorted(r.currency for r in plan.reminders) == ["EUR", "USD"]


def test_wrong_levels_are_problems() -> None:
    assert levels_problem([]) is not None
    assert levels_problem([{"level": 1, "days": 7}, {"level": 3, "days": 9}]) is not None
    assert levels_problem([{"level": 1, "days": 7}, {"level": 2, "days": 5}]) is not None
    assert levels_problem([{"level": 1, "days": 7, "fee": "-1"}]) is not None
    assert levels_problem([{"level": 1, "days": "7"}]) is not None
    assert levels_problem([{"level": 1, "days": 7, "texts": {"de": {"subject": 3}}}]) is not None
    own = [{"level": 1, "days": 7, "texts": {"de": {"subject": "Hallo", "body": "{invoices}"}}}]
    assert levels_problem(own) is None
    assert settings_of(own, "0").level(1).text("de") is not None


def test_an_invoice_reminded_today_climbs_no_further_today() -> None:
    """Long past level 3's day, reminded at level 1 today: level 2 tomorrow at the soonest,
    so that a second run the same day sends nothing."""
    items = [item(1, DAY - dt.timedelta(days=60))]

    def run(on: dt.date, last_on: dt.date) -> list[int]:
        plan = plan_run(items, PARTIES, SETTINGS, on, last_levels={1: 1}, last_days={1: last_on})
        return [r.level for r in plan.reminders]

    same_day = plan_run(items, PARTIES, SETTINGS, DAY, last_levels={1: 1}, last_days={1: DAY})
    assert same_day.reminders == ()
    assert [s.reason for s in same_day.skipped] == [SkipReason.ALREADY_REMINDED]
    assert run(DAY - dt.timedelta(days=1), DAY) == []  # looking back before the reminder
    assert run(DAY + dt.timedelta(days=1), DAY) == [2]

"""Reminder levels as edited: each problem under its level's field, days rising from level to
level, fees of zero or more, the user's own words checked as templates; the setting's check
names the first of them."""

from __future__ import annotations

from ledgerpost.domain.problems import Problem
from ledgerpost.domain.reminder_levels import field_of, level_problems
from ledgerpost.domain.reminders import DEFAULT_LEVELS, levels_problem
from ledgerpost.i18n.problems import render


def test_the_default_levels_have_no_problem() -> None:
    assert level_problems(DEFAULT_LEVELS) == []


def test_each_level_needs_more_days_than_the_one_before() -> None:
    levels = [
        {"level": 1, "days": 7},
        {"level": 2, "days": 7},
        {"level": 3, "days": 3},
    ]
    assert level_problems(levels) == [
        Problem.of("reminder-days-rising", "reminders.levels.2.days", level=1, days=7),
        Problem.of("reminder-days-rising", "reminders.levels.3.days", level=2, days=7),
    ]
    found = levels_problem(levels)
    assert found is not None and found.code == "reminder-days-rising"
    assert render(found, "en") == "must be more days than level 1 (7)"


def test_a_negative_or_unreadable_fee_is_named() -> None:
    levels = [{"level": 1, "days": -3, "fee": "-1"}, {"level": 2, "days": 10, "fee": "ten"}]
    assert [(p.code, p.field) for p in level_problems(levels)] == [
        ("reminder-fee", "reminders.levels.1.fee"),
        ("reminder-fee", "reminders.levels.2.fee"),
    ]


def test_the_users_own_words_are_checked_as_a_reminder_template() -> None:
    own = {
        "de": {"subject": "Mahnung {document_number}", "body": "Offen: {total_open} {amount}"},
        "et": {"subject": "", "body": ""},  # nothing of the user's own: the bundled words
        "en": {"subject": "Reminder", "body": ""},
    }
    found = level_problems([{"level": 1, "days": 7, "texts": own}])
    assert [(p.code, p.field) for p in found] == [
        ("template-placeholder", field_of(1, "body", "de")),
        ("template-body-empty", field_of(1, "body", "en")),
    ]  # by language
    assert field_of(1, "body", "de") == "reminders.levels.1.de.body"

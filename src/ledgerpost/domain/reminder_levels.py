"""What is wrong with each reminder level as the user edits it, level by level and field by
field, so that the settings show each problem beside its cell.

``domain.reminders.levels_problem`` keeps the setting's one check (the shape of the stored
value); these are the same rules with the level and the field named, plus the words' own
checks (``domain.templates``: a subject on one line, known placeholders).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.templates import MessageTemplate, problems_of

KIND = DocumentType.REMINDER.value


def field_of(level: int, name: str, language: str = "") -> str:
    """``reminders.levels.2.days``; ``reminders.levels.2.de.subject`` for a level's words."""
    if language:
        return f"reminders.levels.{level}.{language}.{name}"
    return f"reminders.levels.{level}.{name}"


def _fee_problem(entry: dict[str, Any]) -> Problem | None:
    value = entry.get("fee", "0")
    try:
        fee = Decimal(str(value))
    except InvalidOperation:
        fee = None
    if fee is None or not fee.is_finite() or fee < 0:
        return Problem.of("reminder-fee", field_of(entry["level"], "fee"), value=str(value))
    return None


def _text_problems(entry: dict[str, Any]) -> list[Problem]:
    found: list[Problem] = []
    for language, text in sorted(dict(entry.get("texts", {})).items()):
        subject, body = str(text.get("subject", "")), str(text.get("body", ""))
        if not subject.strip() and not body.strip():
            continue  # nothing of the user's own: the bundled words are used
        template = MessageTemplate(KIND, language, subject, body)
        for problem in problems_of(template):
            found.append(problem.at(field_of(entry["level"], problem.field, language)))
    return found


def level_problems(levels: list[dict[str, Any]]) -> list[Problem]:
    """Every problem of the levels as edited (numbered 1, 2, ... in order), each under its
    level's field: days rising from level to level, a fee of zero or more, the words."""
    found: list[Problem] = []
    before: dict[str, Any] | None = None
    for entry in levels:
        if before is not None and int(entry["days"]) <= int(before["days"]):
            found.append(
                Problem.of(
                    "reminder-days-rising",
                    field_of(entry["level"], "days"),
                    level=int(before["level"]),
                    days=int(before["days"]),
                )
            )
        fee = _fee_problem(entry)
        if fee is not None:
            found.append(fee)
        found += _text_problems(entry)
        before = entry
    return found

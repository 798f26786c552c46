"""Message templates: the subject and text a document is mailed with, per kind and language.

A template holds ``{name}`` placeholders. ``{{`` and ``}}`` stand for literal braces. Filling
never raises: an unknown placeholder, a known one without a value or a lone brace stays in
the text as written and comes back as a :class:`Problem`, so the settings editor and the send
dialog can show every one of them at once.

The letter kind takes its subject from the letter itself: its template subject is
``{subject}`` (the letter's header), and ``subject`` is a placeholder of letters only.
Statements and employee reports cover a period and have ``{period}``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.domain.problems import Problem

STATEMENT = "statement"
OPEN_ITEMS = "open-items"
"""A customer statement in its open-items form: only what is still open at the period's end."""
EMPLOYEE_REPORT = "employee-report"
STATEMENT_FORMS: tuple[str, ...] = (STATEMENT, OPEN_ITEMS)
PERIOD_REPORTS: tuple[str, ...] = (STATEMENT, OPEN_ITEMS, EMPLOYEE_REPORT)
"""The reports over a period a message can carry (rendered when sent, never stored)."""
KINDS: tuple[str, ...] = (*(t.value for t in DocumentType), *PERIOD_REPORTS)
"""What a message can be about: each document type, a customer statement (either form), an
employee report."""

PLACEHOLDERS: tuple[str, ...] = (
    "party_name",
    "document_number",
    "date",
    "total",
    "due_date",
    "company_name",
)
"""Placeholders every kind may use."""

EXTRA_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    STATEMENT: ("period",),
    OPEN_ITEMS: ("period",),
    EMPLOYEE_REPORT: ("period",),
    DocumentType.LETTER.value: ("subject",),
    DocumentType.REMINDER.value: (
        "invoices",
        "total_open",
        "days_overdue",
        "bank_details",
        "fee",
        "total_due",
        "level",
    ),
}
"""Placeholders only some kinds have: the period of a statement, the header of a letter, the
open invoices (as a table) and what they add up to in a payment reminder."""

TEXT_FIELDS: tuple[str, ...] = ("subject", "body", "greeting", "signature")

_TOKEN = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
_LINE_BREAKS = re.compile(r"[\r\n\x0b\x0c\x85\u2028\u2029]")


def placeholders_for(kind: str) -> frozenset[str]:
    """The placeholders a template of ``kind`` may use."""
    return frozenset(PLACEHOLDERS + EXTRA_PLACEHOLDERS.get(kind, ()))


@dataclass(frozen=True, slots=True)
class MessageTemplate:
    """The words a document of ``kind`` is mailed with in ``language``, before filling in."""

    kind: str
    language: str
    subject: str
    body: str
    greeting: str = ""
    signature: str = ""

    def text(self, field: str) -> str:
        """One of :data:`TEXT_FIELDS` by name."""
        if field not in TEXT_FIELDS:
            raise KeyError(field)
        value: str = getattr(self, field)
        return value

    def placeholders(self) -> frozenset[str]:
        """Every ``{name}`` the template uses, known or not."""
        found: set[str] = set()
        for field in TEXT_FIELDS:
            for match in _TOKEN.finditer(self.text(field)):
                if match.group(1) is not None:
                    found.add(match.group(1))
        return frozenset(found)


@dataclass(frozen=True, slots=True)
class FilledTemplate:
    """A template with its placeholders replaced, and what could not be replaced."""

    subject: str
    body: str
    greeting: str
    signature: str
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def _substitute(
    text: str, field: str, allowed: frozenset[str], values: Mapping[str, str]
) -> tuple[str, list[Problem]]:
    """``text`` with every known placeholder that has a value replaced, in a single pass.

    Values are inserted as they are and never read again, so a party name with braces in it
    stays as typed.
    """
    problems: list[Problem] = []
    parts: list[str] = []
    position = 0
    for match in _TOKEN.finditer(text):
        parts.append(text[position : match.start()])
        position = match.end()
        token = match.group(0)
        name = match.group(1)
        if token in ("{{", "}}"):
            parts.append(token[0])
        elif name is None:
            problems.append(
                Problem.of("template-brace", field, brace=repr(token), position=match.start() + 1)
            )
            parts.append(token)
        elif name not in allowed:
            problems.append(
                Problem.of(
                    "template-placeholder",
                    field,
                    placeholder=f"{{{name}}}",
                    names=", ".join(sorted(allowed)),
                )
            )
            parts.append(token)
        elif name not in values:
            problems.append(Problem.of("template-value", field, placeholder=f"{{{name}}}"))
            parts.append(token)
        else:
            parts.append(values[name])
    parts.append(text[position:])
    return "".join(parts), problems


def fill(template: MessageTemplate, values: Mapping[str, str]) -> FilledTemplate:
    """The template with ``values`` put in; anything that could not be filled is a problem."""
    allowed = placeholders_for(template.kind)
    texts: dict[str, str] = {}
    problems: list[Problem] = []
    for field in TEXT_FIELDS:
        texts[field], found = _substitute(template.text(field), field, allowed, values)
        problems += found
    if _LINE_BREAKS.search(texts["subject"]):
        problems.append(Problem.of("template-subject-line-break", "subject"))
    return FilledTemplate(
        subject=texts["subject"],
        body=texts["body"],
        greeting=texts["greeting"],
        signature=texts["signature"],
        problems=tuple(problems),
    )


def problems_of(template: MessageTemplate) -> list[Problem]:
    """Everything wrong with a template as edited in settings, each naming its field."""
    found: list[Problem] = []
    if template.kind not in KINDS:
        found.append(
            Problem.of("template-kind", "kind", kind=repr(template.kind), kinds=", ".join(KINDS))
        )
    if template.language not in LANGUAGES:
        found.append(
            Problem.of(
                "template-language",
                "language",
                language=repr(template.language),
                languages=", ".join(LANGUAGES),
            )
        )
    if not template.subject.strip():
        found.append(Problem.of("template-subject-empty", "subject"))
    if _LINE_BREAKS.search(template.subject):
        found.append(Problem.of("template-subject-break", "subject"))
    if not template.body.strip():
        found.append(Problem.of("template-body-empty", "body"))
    allowed = placeholders_for(template.kind)
    every_value = dict.fromkeys(allowed, "")
    for field in TEXT_FIELDS:
        _, problems = _substitute(template.text(field), field, allowed, every_value)
        found += problems
    return found

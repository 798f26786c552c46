"""The one catalogue of problems and mail errors: a code names a sentence with ``{name}``
placeholders, and :func:`render` writes it in the reader's language with the problem's values.

Each sentence is a gettext message of context ``problem`` (``translations/po``); the window,
the command line and the English ``str()`` of a mail error all render through here. Where the
reader is matters to a few sentences (a box in the window is a flag on the command line): the
caller names its surface. Times are shown in the local time zone, the locale's way; in
right-to-left text every value and field name is a bidi isolate of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Literal, Protocol, Self

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.parties import PartyKind
from ledgerpost.domain.problems import Problem, Value
from ledgerpost.domain.sizes import Size
from ledgerpost.i18n.mail_texts import MAIL_TEXTS
from ledgerpost.i18n.problem_catalogue import COMMAND_LINE_TEXTS, PROBLEM_TEXTS
from ledgerpost.i18n.translate import Translator, translator
from ledgerpost.i18n.value_names import sentence_name

CONTEXT = "problem"

Surface = Literal["window", "command-line"]
WINDOW: Surface = "window"
COMMAND_LINE: Surface = "command-line"

TEXTS: dict[str, str] = {**PROBLEM_TEXTS, **MAIL_TEXTS}
"""Every code a problem or a mail error may have, with its English sentence (the window's)."""

SURFACE_TEXTS: dict[Surface, dict[str, str]] = {WINDOW: TEXTS, COMMAND_LINE: COMMAND_LINE_TEXTS}
"""The sentences a surface says its own way; any other code reads as in the window."""


class Coded(Protocol):
    """What can be rendered: a problem, a mail error, a stored outbox error."""

    @property
    def code(self) -> str: ...

    @property
    def values(self) -> Mapping[str, Value]: ...


def english_text(code: str, surface: Surface = WINDOW) -> str | None:
    """The English sentence of ``code`` as ``surface`` says it (None for an unknown code)."""
    return SURFACE_TEXTS[surface].get(code) or TEXTS.get(code)


def _shown(value: object, words: Translator, zone: dt.tzinfo | None) -> str:
    if isinstance(value, Size):
        return words.isolated(words.size(value))
    if isinstance(value, DocumentType | PartyKind):
        return words.isolated(sentence_name(words, value))
    if isinstance(value, dt.datetime):
        return words.isolated(words.datetime(_local(value, zone)))
    return words.isolated(str(value))


def _local(value: dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
    """A stored time (naive means UTC) in ``zone``, the machine's own when None."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
    return aware.astimezone(zone)


def render_code(
    code: str,
    values: Mapping[str, object],
    language: str = "en",
    surface: Surface = WINDOW,
    zone: dt.tzinfo | None = None,
) -> str:
    """The sentence of ``code`` in ``language`` with ``values`` put in (the code itself when
    the catalogue lacks it, which a test keeps from happening); a time in ``zone``."""
    english = english_text(code, surface)
    if english is None:
        return code
    words = translator(language)
    text = words.pgettext(CONTEXT, english) if language != "en" else english
    shown = {name: _shown(value, words, zone) for name, value in values.items()}
    try:
        return text.format_map(shown)
    except (KeyError, IndexError, ValueError):
        return english.format_map(shown)


def render(
    item: Coded | Problem,
    language: str = "en",
    surface: Surface = WINDOW,
    zone: dt.tzinfo | None = None,
) -> str:
    """A problem or a mail error as one sentence in ``language``."""
    return render_code(item.code, item.values, language, surface, zone)


def render_line(
    problem: Problem,
    language: str = "en",
    surface: Surface = WINDOW,
    zone: dt.tzinfo | None = None,
) -> str:
    """A problem with its field in front, ``to: anna@example: the domain …``; in
    right-to-left text the field (often an address) is isolated, so it keeps its order."""
    text = render(problem, language, surface, zone)
    if not problem.field:
        return text
    return f"{translator(language).isolated(problem.field)}: {text}"


class CodedError(Exception):
    """An error that is a catalogue code with its values: ``str()`` is the English sentence,
    and the window and the command line say it in the reader's language. The services'
    ``LedgerError`` and the storage layer's ``StorageError`` are both one."""

    problem: Problem | None = None
    """The catalogue code with its values (None only for an error made with words alone)."""

    @classmethod
    def of(cls, code: str, field: str = "", /, **values: Value) -> Self:
        """The error of a catalogue code."""
        return cls.of_problem(Problem.of(code, field, **values))

    @classmethod
    def of_problem(cls, problem: Problem) -> Self:
        """The error of a problem found by the rules (its code, field and values)."""
        error = cls(render_line(problem))
        error.problem = problem
        return error

    @property
    def code(self) -> str | None:
        return None if self.problem is None else self.problem.code

    @property
    def field(self) -> str:
        return "" if self.problem is None else self.problem.field

    @property
    def values(self) -> Mapping[str, Value]:
        return {} if self.problem is None else self.problem.values

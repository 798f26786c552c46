"""The one catalogue of problems and mail errors: a code names a sentence with ``{name}``
placeholders, and :func:`render` writes it in the reader's language with the problem's values.

Each sentence is a gettext message of context ``problem`` (``translations/po``); the window,
the command line and the English ``str()`` of a mail error all render through here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Protocol

from ledgerpost.domain.problems import Problem, Value
from ledgerpost.i18n.mail_texts import MAIL_TEXTS
from ledgerpost.i18n.problem_catalogue import PROBLEM_TEXTS
from ledgerpost.i18n.translate import translator

CONTEXT = "problem"

TEXTS: dict[str, str] = {**PROBLEM_TEXTS, **MAIL_TEXTS}
"""Every code a problem or a mail error may have, with its English sentence."""


class Coded(Protocol):
    """What can be rendered: a problem, a mail error, a stored outbox error."""

    @property
    def code(self) -> str: ...

    @property
    def values(self) -> Mapping[str, Value]: ...


def _shown(value: object) -> str:
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    return str(value)


def render_code(code: str, values: Mapping[str, object], language: str = "en") -> str:
    """The sentence of ``code`` in ``language`` with ``values`` put in (the code itself when
    the catalogue lacks it, which a test keeps from happening)."""
    english = TEXTS.get(code)
    if english is None:
        return code
    text = translator(language).pgettext(CONTEXT, english) if language != "en" else english
    shown = {name: _shown(value) for name, value in values.items()}
    try:
        return text.format_map(shown)
    except (KeyError, IndexError, ValueError):
        return english.format_map(shown)


def render(item: Coded | Problem, language: str = "en") -> str:
    """A problem or a mail error as one sentence in ``language``."""
    return render_code(item.code, item.values, language)

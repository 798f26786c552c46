"""The default message templates bundled with LedgerPost, and the one to use for a message.

The defaults live in ``resources/templates/messages/<language>.json``, one file per language::

    {"language": "de",
     "templates": {"invoice": {"subject": "...", "body": "...",
                               "greeting": "...", "signature": "..."}, ...}}

Templates edited in settings are passed in as ``custom``; they win over the defaults. A
language without a template for a kind falls back to English, so a message always has words.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.domain.templates import KINDS, TEXT_FIELDS, MessageTemplate
from ledgerpost.platform.resources import resource_path

FALLBACK_LANGUAGE = "en"


class TemplateFileError(ValueError):
    """A bundled template file is damaged: a fault of the installation, not of the user."""


def template_from_json(kind: str, language: str, data: Mapping[str, Any]) -> MessageTemplate:
    """One template from its JSON object (as in the bundled files and in settings)."""
    texts: dict[str, str] = {}
    for field in TEXT_FIELDS:
        value = data.get(field, "")
        if not isinstance(value, str):
            raise TemplateFileError(
                f"The {field} of the {kind} template in {language} is not text."
            )
        texts[field] = value
    return MessageTemplate(kind=kind, language=language, **texts)


def template_to_json(template: MessageTemplate) -> dict[str, str]:
    """The JSON object for a template, without its kind and language (they are the keys)."""
    return {field: template.text(field) for field in TEXT_FIELDS}


def _read_language(language: str) -> dict[str, MessageTemplate]:
    path = resource_path("templates", "messages", f"{language}.json")
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise TemplateFileError(
            f"The message templates in {path} cannot be read: {error}."
        ) from error
    templates = data.get("templates") if isinstance(data, dict) else None
    if not isinstance(templates, dict):
        raise TemplateFileError(f"The message templates in {path} have no templates object.")
    found: dict[str, MessageTemplate] = {}
    for kind, entry in templates.items():
        if kind not in KINDS or not isinstance(entry, dict):
            raise TemplateFileError(f"The message templates in {path} have an unknown {kind!r}.")
        found[kind] = template_from_json(kind, language, entry)
    return found


@cache
def default_templates() -> dict[tuple[str, str], MessageTemplate]:
    """Every bundled template by (kind, language); read once."""
    found: dict[tuple[str, str], MessageTemplate] = {}
    for language in LANGUAGES:
        for kind, template in _read_language(language).items():
            found[(kind, language)] = template
    return found


def load_template(
    kind: str, language: str, custom: Iterable[MessageTemplate] = ()
) -> MessageTemplate:
    """The template for ``kind`` in ``language``: the user's own, else the bundled one.

    Without either in ``language``, the English one (the user's, else the bundled one).
    An unknown kind is a programming error and raises ``KeyError``.
    """
    if kind not in KINDS:
        raise KeyError(f"{kind!r} is not a kind of message")
    own = {(t.kind, t.language): t for t in custom}
    defaults = default_templates()
    for key in ((kind, language), (kind, FALLBACK_LANGUAGE)):
        if key in own:
            return own[key]
        if key in defaults:
            return defaults[key]
    raise TemplateFileError(f"There is no {kind} message template, not even in English.")

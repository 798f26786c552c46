"""The message templates as the settings editor sees them: the user's own, the bundled ones,
and a preview filled with sample values in the template's language.

The user's own templates live in the declared setting ``mail.templates`` (a list of JSON
objects with kind, language, subject, body, greeting and signature); they win over the bundled
ones, exactly as :meth:`ledgerpost.services.send_request.SendSettings.load` reads them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from ledgerpost.domain.templates import (
    PERIOD_REPORTS,
    FilledTemplate,
    MessageTemplate,
    fill,
    placeholders_for,
)
from ledgerpost.i18n.translate import translator
from ledgerpost.mail.templates import (
    default_templates,
    load_template,
    template_from_json,
    template_to_json,
)

Key = tuple[str, str]
"""(kind, language)"""

SAMPLE_PARTIES: dict[str, str] = {
    "en": "Northwind Traders Ltd",
    "et": "Põhjatuule Kaubandus OÜ",
    "de": "Nordwind Handels GmbH",
    "ru": "ООО «Северный ветер»",
    "ro": "Vântul de Nord SRL",
    "ar": "شركة رياح الشمال",
}
SAMPLE_LETTER_SUBJECTS: dict[str, str] = {
    "en": "Our new bank account",
    "et": "Meie uus pangakonto",
    "de": "Unsere neue Bankverbindung",
    "ru": "Наш новый банковский счёт",
    "ro": "Noul nostru cont bancar",
    "ar": "حسابنا المصرفي الجديد",
}
SAMPLE_DATE = dt.date(2026, 11, 23)
SAMPLE_DUE = dt.date(2026, 12, 7)
SAMPLE_PERIOD = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
SAMPLE_TOTAL = Decimal("1234.50")
SAMPLE_NUMBER = "INV-2026-0042"


def own_templates(stored: Iterable[Mapping[str, Any]]) -> dict[Key, MessageTemplate]:
    """The user's templates from the ``mail.templates`` setting, by (kind, language)."""
    found: dict[Key, MessageTemplate] = {}
    for entry in stored:
        template = template_from_json(str(entry["kind"]), str(entry["language"]), entry)
        found[(template.kind, template.language)] = template
    return found


def to_setting(templates: Iterable[MessageTemplate]) -> list[dict[str, str]]:
    """The value of the ``mail.templates`` setting for these templates, in a stable order."""
    ordered = sorted(templates, key=lambda t: (t.kind, t.language))
    return [{"kind": t.kind, "language": t.language, **template_to_json(t)} for t in ordered]


def bundled(kind: str, language: str) -> MessageTemplate:
    """The bundled template for ``kind`` in ``language`` (the English words where the language
    has none), labelled with ``language`` so that it can be edited for that language."""
    exact = default_templates().get((kind, language))
    if exact is not None:
        return exact
    return dataclasses.replace(load_template(kind, language), language=language)


def current(kind: str, language: str, own: Mapping[Key, MessageTemplate]) -> MessageTemplate:
    """What a message of ``kind`` in ``language`` is sent with: the user's, else the bundled."""
    return own.get((kind, language)) or bundled(kind, language)


def sample_values(kind: str, language: str, company_name: str) -> dict[str, str]:
    """Believable values for every placeholder ``kind`` has, written the language's way."""
    tr = translator(language)
    values = {
        "party_name": SAMPLE_PARTIES.get(language, SAMPLE_PARTIES["en"]),
        "document_number": SAMPLE_NUMBER,
        "date": tr.date(SAMPLE_DATE),
        "total": f"{tr.amount(SAMPLE_TOTAL, 'EUR')} EUR",
        "due_date": tr.date(SAMPLE_DUE),
        "company_name": company_name,
        "period": f"{tr.date(SAMPLE_PERIOD[0])} – {tr.date(SAMPLE_PERIOD[1])}",
        "subject": SAMPLE_LETTER_SUBJECTS.get(language, SAMPLE_LETTER_SUBJECTS["en"]),
    }
    if kind in PERIOD_REPORTS:
        values["document_number"] = ""
    return {name: value for name, value in values.items() if name in placeholders_for(kind)}


def preview(template: MessageTemplate, company_name: str) -> FilledTemplate:
    """The template filled with sample values, as a customer would read it."""
    return fill(template, sample_values(template.kind, template.language, company_name))

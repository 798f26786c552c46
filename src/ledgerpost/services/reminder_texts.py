"""A reminder's words: the level's text in the customer's language (the user's own, else the
bundled one, else English), and the values of its placeholders.

The bundled texts live in ``resources/templates/reminders/<language>.json``:
``{"language": "de", "levels": {"1": {"subject": "...", "body": "..."}, ...}, "notice": {...}}``;
a level past the bundled ones uses the highest bundled level's words, and a level due before
the due date (negative days: a friendly notice) the bundled ``notice``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal
from functools import cache

from ledgerpost.documents.reminder_days import days_column
from ledgerpost.domain.documents import Document
from ledgerpost.domain.parties import LANGUAGES, Company
from ledgerpost.domain.reminders import INVOICES_TOKEN, LevelText, ReminderLevel, ReminderLine
from ledgerpost.domain.templates import FilledTemplate, MessageTemplate, fill
from ledgerpost.i18n.translate import Translator, translator
from ledgerpost.platform.resources import resource_path

KIND = "reminder"
FALLBACK = "en"
NOTICE = 0
"""The bundled words of a level due before the due date, kept as level 0."""


class ReminderTextError(ValueError):
    """A bundled reminder text file is damaged: a fault of the installation."""


@cache
def bundled_texts() -> dict[tuple[int, str], LevelText]:
    """Every bundled level text by (level, language); read once."""
    found: dict[tuple[int, str], LevelText] = {}
    for language in LANGUAGES:
        path = resource_path("templates", "reminders", f"{language}.json")
        if not path.is_file():
            continue
        try:
            levels = json.loads(path.read_text(encoding="utf-8"))["levels"]
            for number, entry in levels.items():
                found[(int(number), language)] = LevelText(entry["subject"], entry["body"])
            notice = json.loads(path.read_text(encoding="utf-8")).get("notice")
            if notice is not None:
                found[(NOTICE, language)] = LevelText(notice["subject"], notice["body"])
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise ReminderTextError(
                f"The reminder texts in {path} cannot be read: {error}."
            ) from error
    return found


def bundled_words(level: int, days: int, language: str) -> LevelText | None:
    """The bundled words of level ``level`` (due ``days`` after the due date) in ``language``:
    a level past the bundled ones has the highest bundled level's, one due before the due
    date the friendly notice's."""
    bundled = bundled_texts()
    number = min(level, max((n for n, _ in bundled), default=1))
    if days < 0 and (NOTICE, FALLBACK) in bundled:  # before the due date: nothing is overdue
        number = NOTICE
    return bundled.get((number, language))


def level_text(level: ReminderLevel, language: str) -> LevelText:
    """The words of ``level`` in ``language``: the user's, else bundled, else English."""
    for found in (
        level.text(language),
        bundled_words(level.level, level.days, language),
        level.text(FALLBACK),
        bundled_words(level.level, level.days, FALLBACK),
    ):
        if found is not None and found.subject.strip() and found.body.strip():
            return found
    raise ReminderTextError(f"no words for reminder level {level.level}")


def bank_details(company: Company, tr: Translator) -> str:
    """Where to pay: the company's IBAN and BIC, else a sentence pointing at the invoices."""
    parts = []
    if company.bank_account:
        parts.append(f"IBAN {company.bank_account}")
    if company.bank_bic:
        parts.append(f"BIC {company.bank_bic}")
    if parts:
        return f"{company.name}, " + ", ".join(parts)
    return tr.gettext("the bank account named on our invoices")


def _money(tr: Translator, amount: Decimal, currency: str) -> str:
    return f"{tr.amount(amount, currency)} {currency}"


def invoice_table(lines: Sequence[ReminderLine], currency: str, tr: Translator) -> str:
    """The invoices as a plain-text table for the message body."""
    days_head, days = days_column(lines, tr)
    head = [
        tr.gettext("Invoice"),
        tr.gettext("Date"),
        tr.gettext("Due date"),
        days_head,
        tr.gettext("Open"),
    ]
    rows = [
        [
            line.number,
            tr.date(line.date),
            tr.date(line.due_date),
            day,
            _money(tr, line.open, currency),
        ]
        for line, day in zip(lines, days, strict=True)
    ]
    widths = [max(len(r[i]) for r in (head, *rows)) for i in range(len(head))]
    right = {3, 4}

    def fmt(cells: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    return "\n".join([fmt(head), *(fmt(r) for r in rows)])


def values(
    document: Document,
    lines: Sequence[ReminderLine],
    level: int,
    company: Company,
    language: str,
    party_name: str,
) -> dict[str, str]:
    """Every placeholder of a reminder with its value (``invoices`` as a text table)."""
    tr = translator(language)
    currency = document.currency
    open_total = sum((line.open for line in lines), Decimal(0))
    fee = document.totals.gross
    return {
        "party_name": party_name,
        "company_name": company.name,
        "document_number": document.display_number,
        "date": tr.date(document.date),
        "total": _money(tr, open_total + fee, currency),
        "invoices": invoice_table(lines, currency, tr),
        "total_open": _money(tr, open_total, currency),
        "days_overdue": str(max((max(line.days, 0) for line in lines), default=0)),
        "bank_details": bank_details(company, tr),
        "fee": _money(tr, fee, currency),
        "total_due": _money(tr, open_total + fee, currency),
        "level": str(level),
    }


def filled(text: LevelText, found: dict[str, str], language: str) -> FilledTemplate:
    template = MessageTemplate(KIND, language, text.subject, text.body)
    return fill(template, found)


def for_print(text: LevelText, found: dict[str, str], language: str) -> FilledTemplate:
    """The words as the print copy keeps them: every value in, the table left as its token
    (the print copy draws a real table there)."""
    return filled(text, {**found, "invoices": INVOICES_TOKEN}, language)

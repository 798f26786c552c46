"""The translation catalogue and locale formats that print copies use."""

from __future__ import annotations

import datetime as dt
import string
from decimal import Decimal
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

import ledgerpost
from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.i18n.translate import UnknownLanguage, catalogue_path, translator

PACKAGE = Path(ledgerpost.__file__).resolve().parent
KEYWORDS = {"_": None, "gettext": None, "pgettext": ((1, "c"), 2)}


def messages_in_code() -> set[tuple[str | None, str]]:
    found = set()
    for folder in ("documents", "services"):
        for _file, _line, message, _comments, context in extract_from_dir(
            PACKAGE / folder, keywords=KEYWORDS, comment_tags=()
        ):
            found.add((context, message))
    return found


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_code_asks_for_messages() -> None:
    used = messages_in_code()
    assert ("document type", "Invoice") in used
    assert (None, "Page {page} of {pages}") in used
    assert len(used) > 50


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_every_message_is_translated_with_the_same_placeholders(language: str) -> None:
    with open(catalogue_path(language), "rb") as handle:
        catalog = read_po(handle, locale=language)
    translated = {(m.context, m.id): m.string for m in catalog if m.id and m.string and not m.fuzzy}
    missing = sorted(str(key) for key in messages_in_code() - translated.keys())
    assert missing == []
    for (_, msgid), msgstr in translated.items():
        assert placeholders(msgstr) == placeholders(msgid), msgid


def test_english_is_the_source_and_needs_no_catalogue() -> None:
    t = translator("en")
    assert t.gettext("Total due") == "Total due"
    assert t.pgettext("document type", "Invoice") == "Invoice"


def test_translations_are_read_with_their_context() -> None:
    assert translator("et").pgettext("document type", "Invoice") == "Arve"
    assert translator("ar").pgettext("document type", "Invoice") == "فاتورة"
    assert translator("de").gettext("no such message") == "no such message"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(UnknownLanguage):
        translator("xx")


@pytest.mark.parametrize(
    ("language", "amount", "date"),
    [
        ("en", "1,234.56", "Mar 4, 2026"),
        ("et", "1\u00a0234,56", "4. märts 2026"),
        ("de", "1.234,56", "04.03.2026"),
        ("ru", "1\u00a0234,56", "04.03.2026"),
        ("ro", "1.234,56", "4 mar. 2026"),
        ("ar", "\u20661,234.56\u2069", "04/03/2026"),
    ],
)
def test_numbers_and_dates_follow_the_locale(language: str, amount: str, date: str) -> None:
    t = translator(language)
    assert t.amount(Decimal("1234.56"), "EUR") == amount
    assert t.date(dt.date(2026, 3, 4)) == date


def test_arabic_uses_latin_digits_and_isolates_its_numbers() -> None:
    t = translator("ar")
    assert t.amount(Decimal("-9876543.21"), "EUR") == "\u2066-9,876,543.21\u2069"
    assert t.date(dt.date(2026, 12, 31)) == "31/12/2026", "no right-to-left marks"


def test_amounts_keep_the_currency_minor_units() -> None:
    t = translator("de")
    assert t.amount(Decimal("1234.5"), "EUR") == "1.234,50"
    assert t.amount(Decimal("1234"), "JPY") == "1.234"
    assert t.amount(Decimal("1.5"), "KWD") == "1,500"
    assert t.quantity(Decimal("1.5")) == "1,5"
    assert t.percent(Decimal("22")) == "22 %"

"""Translations and locale formats for everything outside Qt: print copies, mail, the CLI.

English is the source language. Each other language has a gettext catalogue,
``translations/po/<lang>.po``, read at run time with Babel; a message missing from a catalogue
(or still marked fuzzy) falls back to the English text. Numbers use Latin digits in every
language, grouped and pointed the locale's way (``1 234,56``, ``1.234,56``, ``1,234.56``).
Babel is imported on first use, so that a command that formats nothing does not load it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from ledgerpost.domain.money import minor_units
from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.platform.resources import translations_path

SOURCE_LANGUAGE = "en"
RIGHT_TO_LEFT: frozenset[str] = frozenset({"ar"})

# Unicode bidi controls: locales put marks into dates and numbers, and numbers in right-to-left
# text are wrapped in a left-to-right isolate (U+2066..U+2069) so that "-1,234.50" keeps its
# sign in front. Whoever draws the text orders it and then drops these (they have no glyph).
BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"), None)
BIDI_MARKS.update(dict.fromkeys(range(0x2066, 0x206A), None))
LTR_ISOLATE, POP_ISOLATE = "\u2066", "\u2069"
FIRST_STRONG_ISOLATE = "\u2068"


# Babel's "medium" date, except where business documents write it differently: Russian
# invoices use the numeric form (and the medium one ends in "г.", which clashes with a full stop).
DATE_PATTERNS: dict[str, str] = {"ru": "dd.MM.y"}


class UnknownLanguage(ValueError):
    """A language code the product does not speak."""


def catalogue_path(language: str) -> str:
    return str(translations_path("po", f"{language}.po"))


@cache
def _messages(language: str) -> dict[tuple[str | None, str], str]:
    """(context, msgid) -> translation, for the non-fuzzy, non-empty entries."""
    if language == SOURCE_LANGUAGE:
        return {}
    from babel.messages.pofile import read_po  # Babel only when a message or format is asked

    with open(catalogue_path(language), "rb") as handle:
        catalog = read_po(handle, locale=language)
    found: dict[tuple[str | None, str], str] = {}
    for message in catalog:
        if not message.id or message.fuzzy or not isinstance(message.id, str):
            continue
        if isinstance(message.string, str) and message.string:
            found[(message.context, message.id)] = message.string
    return found


@dataclass(frozen=True, slots=True)
class Translator:
    """Messages and formats of one language. Get one with :func:`translator`."""

    language: str
    _messages: dict[tuple[str | None, str], str] = field(repr=False, compare=False)

    @property
    def right_to_left(self) -> bool:
        return self.language in RIGHT_TO_LEFT

    def gettext(self, msgid: str) -> str:
        return self._messages.get((None, msgid), msgid)

    def pgettext(self, context: str, msgid: str) -> str:
        """A message that means different things in different places, e.g. a document title."""
        return self._messages.get((context, msgid), msgid)

    def number(self, value: Decimal, places: int) -> str:
        """``value`` with exactly ``places`` decimals, grouped the locale's way."""
        from babel.numbers import format_decimal

        pattern = "#,##0" + ("." + "0" * places if places else "")
        return self._isolate(format_decimal(value, format=pattern, locale=self.language))

    def amount(self, value: Decimal, currency: str) -> str:
        """An amount with the currency's minor units, without the currency code."""
        return self.number(value, minor_units(currency))

    def quantity(self, value: Decimal) -> str:
        """A quantity with as many decimals as it has (up to six): ``2``, ``1,5``."""
        from babel.numbers import format_decimal

        return self._isolate(format_decimal(value, format="#,##0.######", locale=self.language))

    def size(self, size: int) -> str:
        """A size in bytes as read ("146 KB", "2,4 MB"), the locale's digits and units."""
        from ledgerpost.domain.sizes import size_parts

        number, places, unit = size_parts(size)
        shown = self.number(number, places)
        if unit == "KB":
            return self.pgettext("size", "{number} KB").format(number=shown)
        return self.pgettext("size", "{number} MB").format(number=shown)

    def percent(self, rate: Decimal) -> str:
        """A VAT rate given in percent (``Decimal("22")``), written the locale's way."""
        from babel.numbers import format_decimal

        number = self._clean(format_decimal(rate, format="0.##", locale=self.language))
        return self.gettext("{rate}%").format(rate=number)

    def date(self, value: dt.date) -> str:
        from babel.dates import format_date

        pattern = DATE_PATTERNS.get(self.language, "medium")
        return self._clean(format_date(value, pattern, locale=self.language))

    def datetime(self, value: dt.datetime) -> str:
        """A date and time as the reader's clock shows it: the locale's date, then 24-hour
        hours and minutes (convert to the local zone first)."""
        return f"{self.date(value.date())} {value:%H:%M}"

    def isolated(self, text: str) -> str:
        """``text`` (a name, an address, a field) in its own direction inside right-to-left
        text, so that an address's ``@`` and dots stay in place; unchanged otherwise."""
        if text and self.right_to_left:
            return f"{FIRST_STRONG_ISOLATE}{text}{POP_ISOLATE}"
        return text

    def _isolate(self, number: str) -> str:
        text = self._clean(number)
        return f"{LTR_ISOLATE}{text}{POP_ISOLATE}" if self.right_to_left else text

    def _clean(self, text: str) -> str:
        # Keep the no-break spaces: they stop a number or date from wrapping.
        return text.translate(BIDI_MARKS).replace("\u202f", "\u00a0")


def command_line_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of command-line messages: ``$LEDGERPOST_LANG``, else the first of
    ``$LC_ALL``, ``$LC_MESSAGES``, ``$LANG`` that is set; English unless it names one of ours."""
    environ = os.environ if environ is None else environ
    for name in ("LEDGERPOST_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            code = value.replace("-", "_").split("_")[0].split(".")[0].lower()
            return code if code in LANGUAGES else SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


@cache
def translator(language: str) -> Translator:
    """The translator for one of :data:`ledgerpost.domain.parties.LANGUAGES`."""
    if language not in LANGUAGES:
        raise UnknownLanguage(f"{language!r} is not one of the languages: {', '.join(LANGUAGES)}")
    return Translator(language, _messages(language))

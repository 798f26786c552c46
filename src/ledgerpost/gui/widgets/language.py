"""The window's language: Qt translators, layout direction and locale formats.

The language comes from the ``ui.language`` setting; empty means the system's language, and
English when the system speaks none of ours. :func:`apply_language` installs our compiled
catalogue (``translations/ledgerpost_<lang>.qm``) and Qt's own (``qtbase_<lang>.qm``, where
PySide6 ships one), and turns the whole application right to left for Arabic. Dates, numbers
and money in the window are written by the same Babel formats as the print copies and mail
(:mod:`ledgerpost.i18n.translate`), in the window's language.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from babel.numbers import get_decimal_symbol, get_group_symbol
from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.domain.problems import Problem
from ledgerpost.i18n.problems import TEXTS, Coded, render, render_code, render_line
from ledgerpost.i18n.translate import BIDI_MARKS, RIGHT_TO_LEFT, Translator, translator
from ledgerpost.platform.resources import translations_path

SOURCE_LANGUAGE = "en"

LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "et": "Eesti",
    "de": "Deutsch",
    "ru": "Русский",
    "ro": "Română",
    "ar": "العربية",
}
"""Each language in its own words, as a language menu lists them."""

QT_LOCALES = {"ar": "ar_AE"}
"""Qt's locale for a language where its default differs from Babel's: Qt's plain Arabic
writes Arabic-Indic digits, Babel's (and the print copies') Latin ones; ar_AE agrees."""

_state: dict[str, object] = {"language": SOURCE_LANGUAGE, "translators": []}


class MissingCatalogue(FileNotFoundError):
    """The compiled catalogue of a language is not installed (run the build step)."""


def system_language() -> str:
    """The system's language if it is one of ours, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def chosen_language(setting: str) -> str:
    """The language the ``ui.language`` setting stands for ("" is the system's)."""
    return setting if setting in LANGUAGES else system_language()


def current_language() -> str:
    return str(_state["language"])


def is_right_to_left(language: str | None = None) -> bool:
    return (language or current_language()) in RIGHT_TO_LEFT


def isolated(text: str) -> str:
    """``text`` (a name, a file name, an address) kept in its own direction inside a
    right-to-left window: without the isolate marks, a Latin or Cyrillic name's punctuation
    (quotes, a trailing dot) jumps to the wrong end. Left-to-right windows get it unchanged."""
    return f"\u2068{text}\u2069" if text and is_right_to_left() else text


def catalogue_file(language: str) -> str:
    return str(translations_path(f"ledgerpost_{language}.qm"))


def apply_language(language: str, app: QApplication | None = None) -> None:
    """Speak ``language`` from now on: translators, layout direction, number formats.

    Widgets made afterwards come out translated; the caller rebuilds the ones on screen.
    """
    if language not in LANGUAGES:
        raise ValueError(f"{language!r} is not one of the languages: {', '.join(LANGUAGES)}")
    app = app or QApplication.instance()  # type: ignore[assignment]
    assert app is not None
    old = _state["translators"]
    assert isinstance(old, list)
    for installed in old:
        app.removeTranslator(installed)
    installed_now: list[QTranslator] = []
    if language != SOURCE_LANGUAGE:
        qt_own = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", qt_folder):
            installed_now.append(qt_own)
        ours = QTranslator(app)
        if not ours.load(catalogue_file(language)):
            raise MissingCatalogue(
                f"{catalogue_file(language)} is missing: compile the catalogues with "
                "`python tools/translations.py compile`"
            )
        installed_now.append(ours)  # installed last, so it answers first
    else:
        # English needs only its plural forms ("1 document", "68 documents"); without the
        # compiled file the window still speaks English, with "document(s)".
        plurals = QTranslator(app)
        if plurals.load(catalogue_file(SOURCE_LANGUAGE)):
            installed_now.append(plurals)
    for translator_ in installed_now:
        app.installTranslator(translator_)
    _state["translators"] = installed_now
    _state["language"] = language
    QLocale.setDefault(QLocale(QT_LOCALES.get(language, language)))
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if language in RIGHT_TO_LEFT
        else Qt.LayoutDirection.LeftToRight
    )


def problem_message(problem: Problem | Coded) -> str:
    """A problem (or a mail error) from the core, said in the window's language."""
    return render(problem, current_language())


def problem_line(problem: Problem) -> str:
    """A problem with its field in front (``to: anna@example: …``), said in the window's
    language; in Arabic the field keeps its own direction."""
    return render_line(problem, current_language())


def error_message(error: Exception) -> str:
    """A known error in the window's language: its code (or that of the mail error behind it,
    raised ``from`` it) rendered by the catalogue, else its own words."""
    for source in (error, error.__cause__):
        code = getattr(source, "code", None)
        if isinstance(code, str) and code in TEXTS:
            return render_code(code, getattr(source, "values", {}), current_language())
    return str(error)


def sentences_message(said: Iterable[Problem]) -> str:
    """Catalogue sentences that are no problem (what a connection test found), one after the
    other in the window's language."""
    return " ".join(render(item, current_language()) for item in said)


def warning_message(warning: Problem) -> str:
    """A warning of the send check, said in the window's language."""
    return render(warning, current_language())


def core_text(context: str, english: str) -> str:
    """A sentence the core declares in English (a setting's description), translated."""
    return translator(current_language()).pgettext(context, english)


# --- formats ------------------------------------------------------------------------------


def _formats() -> Translator:
    return translator(current_language())


def _plain(text: str) -> str:
    """Without the bidi isolates the print copies use; Qt lays out a cell or field itself."""
    return text.translate(BIDI_MARKS)


def date_text(value: dt.date | None) -> str:
    return "" if value is None else _formats().date(value)


def datetime_text(value: dt.datetime) -> str:
    """A local date and time: the locale's date, then hours and minutes."""
    return _formats().datetime(value)


def date_edit_format() -> str:
    """The display format of a date field: the locale's short date with a four-digit year."""
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")


def datetime_edit_format() -> str:
    """The display format of a date-and-time field: as ``datetime_text`` writes it (the
    locale's date with a four-digit year, then 24-hour hours and minutes)."""
    return date_edit_format() + " HH:mm"


def amount_text(value: Decimal, currency: str) -> str:
    """An amount with its currency's decimals, grouped the locale's way (no currency code)."""
    return _plain(_formats().amount(value, currency))


def number_text(value: Decimal, places: int) -> str:
    return _plain(_formats().number(value, places))


def quantity_text(value: Decimal) -> str:
    return _plain(_formats().quantity(value))


_EASTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")
_GROUPED = re.compile(r"-?\d{1,3}(\d{3})*")


def read_decimal(text: str, language: str | None = None) -> Decimal | None:
    """A number as a bookkeeper types it in ``language`` (default: the window's).

    The locale's decimal separator is always understood (``1,5`` in German, ``1.5`` in
    English); a lone group separator counts as grouping only when groups of three follow it
    (``1.234`` is 1234 in German), otherwise it is the decimal point; with both, the later
    one is the decimal separator. Arabic-Indic digits are read too.
    """
    language = language or current_language()
    decimal_sign = get_decimal_symbol(language)
    group_sign = get_group_symbol(language)
    cleaned = text.translate(BIDI_MARKS).translate(_EASTERN_DIGITS).strip()
    for space in ("\u00a0", "\u202f", " ", "'"):
        cleaned = cleaned.replace(space, "")
    if group_sign in ("\u00a0", "\u202f", " "):
        group_sign = "." if decimal_sign == "," else ","
    if "," in cleaned and "." in cleaned:
        point = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        cleaned = cleaned.replace("." if point == "," else ",", "").replace(point, ".")
    elif (
        group_sign in cleaned
        and _GROUPED.fullmatch(cleaned.replace(group_sign, ""))
        and all(len(part) == 3 for part in cleaned.split(group_sign)[1:])
    ):
        cleaned = cleaned.replace(group_sign, "")
    else:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None

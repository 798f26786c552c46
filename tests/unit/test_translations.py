"""The translation catalogues are complete, consistent with each other and with the code."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest
from babel.messages.pofile import read_po

from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.i18n.translate import catalogue_path
from tests.helpers.catalogues import placeholders, translation_tool

tool = translation_tool()
OTHER_LANGUAGES = [lang for lang in LANGUAGES if lang != "en"]
PLURAL_FORMS = {"et": 2, "de": 2, "ru": 3, "ro": 3, "ar": 6}


def test_the_placeholder_reader() -> None:
    assert placeholders("%1 of %2, %n left") == ["%1", "%2", "%n"]
    assert placeholders("Page {page} of {pages}") == sorted(["{page}", "{pages}"])
    assert placeholders("VAT %") == []


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_window_message_is_translated_with_the_same_placeholders(language: str) -> None:
    messages = tool.ts_messages(tool.ts_path(language))
    assert len(messages) > 400
    unfinished = [source for _c, source, forms, done in messages if not done or not all(forms)]
    assert unfinished == []
    for context, source, forms, _done in messages:
        for form in forms:
            assert placeholders(form) == placeholders(source), (context, source, form)
            # A mnemonic is one letter: "&&" or a trailing "&" would show as text.
            assert not form.endswith("&"), (context, source)


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_plural_messages_have_every_form_of_the_language(language: str) -> None:
    root = ElementTree.parse(tool.ts_path(language))
    for message in root.getroot().iter("message"):
        if message.get("numerus") == "yes":
            forms = list(message.iter("numerusform"))
            assert len(forms) == PLURAL_FORMS[language], message.findtext("source")


def test_every_language_has_the_same_messages() -> None:
    def keys(language: str) -> set[tuple[str, str]]:
        return {(c, s) for c, s, _f, _d in tool.ts_messages(tool.ts_path(language))}

    first = keys(OTHER_LANGUAGES[0])
    for language in OTHER_LANGUAGES[1:]:
        assert keys(language) == first, language


def test_the_catalogues_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """lupdate run afresh over the window's code finds no message the catalogues lack."""
    for language in ("de", *tool.PLURALS_ONLY):
        tool.lupdate(tmp_path, languages=[language])
        fresh = {(c, s) for c, s, _f, _d in tool.ts_messages(tool.ts_path(language, tmp_path))}
        committed = {(c, s) for c, s, _f, _d in tool.ts_messages(tool.ts_path(language))}
        assert sorted(fresh - committed) == [], "run: python tools/translations.py update"
        assert sorted(committed - fresh) == [], "run: python tools/translations.py update"


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_every_gettext_message_is_translated_with_the_same_placeholders(language: str) -> None:
    with open(catalogue_path(language), "rb") as handle:
        catalog = read_po(handle, locale=language)
    messages = [m for m in catalog if m.id]
    assert len(messages) > 60
    for message in messages:
        assert not message.fuzzy, message.id
        sources = message.id if isinstance(message.id, tuple | list) else (message.id,)
        strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
        assert all(strings), message.id
        for text in strings:
            assert placeholders(text) == placeholders(sources[-1]), (message.id, text)


def test_the_compiled_catalogues_translate(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    made = tool.lrelease(tmp_path, force=True)
    languages = (*tool.LANGUAGES, *tool.PLURALS_ONLY)
    assert [p.name for p in made] == [f"ledgerpost_{lang}.qm" for lang in languages]
    english = QTranslator()  # plural forms only
    assert english.load(str(tmp_path / "ledgerpost_en.qm"))
    assert english.translate("MainWindow", "%Ln document(s)", "", 1) == "%Ln document"
    assert english.translate("MainWindow", "%Ln document(s)", "", 68) == "%Ln documents"
    assert english.translate("DeliveryStatusLabel", "%n need(s) attention", "", 1) == (
        "%n needs attention"
    )
    translator = QTranslator()
    assert translator.load(str(tmp_path / "ledgerpost_et.qm"))
    assert translator.translate("MainWindow", "Email queue") == "E-mailide järjekord"
    arabic = QTranslator()
    assert arabic.load(str(tmp_path / "ledgerpost_ar.qm"))
    assert arabic.translate("labels", "Receipt voucher") == "سند قبض"
    assert arabic.translate("labels", "Sales invoice") == "فاتورة مبيعات"

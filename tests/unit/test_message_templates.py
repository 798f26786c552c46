"""Message templates: the bundled defaults in every language, filling in, and their problems."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.domain.templates import (
    KINDS,
    PLACEHOLDERS,
    TEXT_FIELDS,
    MessageTemplate,
    fill,
    placeholders_for,
    problems_of,
)
from ledgerpost.i18n.problems import render
from ledgerpost.mail.templates import (
    default_templates,
    load_template,
    template_from_json,
    template_to_json,
)

VALUES = {
    "party_name": "Müller GmbH",
    "document_number": "INV-17",
    "date": "23.11.2026",
    "total": "1.234,50 EUR",
    "due_date": "07.12.2026",
    "company_name": "Näide OÜ",
    "period": "01.10.2026 – 31.10.2026",
    "subject": "Neue Preise ab Januar",
}


def test_every_kind_has_a_template_in_every_language() -> None:
    defaults = default_templates()
    missing = [(k, lang) for k in KINDS for lang in LANGUAGES if (k, lang) not in defaults]
    assert missing == []
    # eight document types (reminders among them), a statement in either form, an employee report
    assert len(KINDS) == 11 and len(LANGUAGES) == 6
    assert {"reminder", "statement", "open-items", "employee-report"} <= set(KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_placeholders_are_the_same_in_every_language(kind: str) -> None:
    english = default_templates()[(kind, "en")].placeholders()
    assert "party_name" in english and "company_name" in english
    for language in LANGUAGES:
        template = default_templates()[(kind, language)]
        assert template.placeholders() == english, language


def test_no_default_template_is_empty_or_has_problems() -> None:
    for (kind, language), template in default_templates().items():
        assert (template.kind, template.language) == (kind, language)
        for field in TEXT_FIELDS:
            assert template.text(field).strip(), (kind, language, field)
        assert problems_of(template) == [], (kind, language)
        assert fill(template, VALUES).ok, (kind, language)


def test_the_words_a_bookkeeper_expects() -> None:
    def words(kind: str, language: str) -> str:
        template = default_templates()[(kind, language)]
        return " ".join(template.text(f) for f in TEXT_FIELDS)

    assert "Arve" in words("invoice", "et")
    assert "Kreeditarve" in words("credit-note", "et")
    assert "فاتورة" in words("invoice", "ar")
    assert "سند" in words("receipt", "ar") and "سند" in words("payment", "ar")
    assert "كشف حساب" in words("statement", "ar")
    assert "factură" in words("invoice", "ro")
    assert "Rechnung" in words("invoice", "de") and "Gutschrift" in words("credit-note", "de")
    assert "счёт" in words("invoice", "ru") and "акт сверки" in words("statement", "ru")


def test_a_letter_is_mailed_under_its_own_header() -> None:
    for language in LANGUAGES:
        assert default_templates()[("letter", language)].subject == "{subject}"
    filled = fill(load_template("letter", "et"), VALUES)
    assert filled.subject == "Neue Preise ab Januar"


def test_fill_puts_the_values_in() -> None:
    filled = fill(load_template("invoice", "de"), VALUES)
    assert filled.ok
    assert filled.subject == "Rechnung INV-17 von Näide OÜ"
    assert "Rechnung INV-17 vom 23.11.2026 für Müller GmbH über 1.234,50 EUR" in filled.body
    assert "bis zum 07.12.2026" in filled.body
    assert filled.signature == "Näide OÜ"


def test_values_are_put_in_as_they_are() -> None:
    template = MessageTemplate("invoice", "en", "Invoice {document_number}", "Dear {party_name}")
    filled = fill(template, {"document_number": "{total}", "party_name": "A {{b}} }"})
    assert filled.ok
    assert filled.subject == "Invoice {total}"
    assert filled.body == "Dear A {{b}} }"


def test_double_braces_are_literal_braces() -> None:
    template = MessageTemplate("invoice", "en", "{{ref}} {document_number}", "x }} y {{")
    filled = fill(template, VALUES)
    assert filled.ok
    assert (filled.subject, filled.body) == ("{ref} INV-17", "x } y {")


def test_unknown_placeholders_and_lone_braces_are_problems_not_crashes() -> None:
    template = MessageTemplate(
        "invoice", "en", "Invoice {number}", "Pay {total by {due_date} } {period}", "", "{0}"
    )
    filled = fill(template, VALUES)
    codes = [(p.code, p.field) for p in filled.problems]
    assert codes == [
        ("template-placeholder", "subject"),
        ("template-brace", "body"),
        ("template-brace", "body"),
        ("template-placeholder", "body"),
        ("template-placeholder", "signature"),
    ]
    assert filled.subject == "Invoice {number}"
    assert filled.body == "Pay {total by 07.12.2026 } {period}"
    assert all(render(p).endswith(".") for p in filled.problems)


def test_a_missing_value_is_a_problem() -> None:
    filled = fill(load_template("invoice", "en"), {"party_name": "Acme"})
    assert {p.code for p in filled.problems} == {"template-value"}
    assert "{document_number}" in filled.subject


def test_a_value_with_a_line_break_in_the_subject_is_a_problem() -> None:
    filled = fill(load_template("invoice", "en"), {**VALUES, "document_number": "1\r\nBcc: x"})
    assert [p.code for p in filled.problems] == ["template-subject-line-break"]


def test_problems_of_a_template_as_edited() -> None:
    assert problems_of(load_template("statement", "ru")) == []
    bad = MessageTemplate("invoice", "en", " ", "Hello {period}", "", "")
    assert [(p.code, p.field) for p in problems_of(bad)] == [
        ("template-subject-empty", "subject"),
        ("template-placeholder", "body"),
    ]
    broken = MessageTemplate("invoice", "en", "Invoice\n{document_number}", "", "", "")
    assert [p.code for p in problems_of(broken)] == [
        "template-subject-break",
        "template-body-empty",
    ]
    strange = MessageTemplate("memo", "fr", "Memo", "Text")
    assert [p.code for p in problems_of(strange)] == ["template-kind", "template-language"]


def test_placeholders_per_kind() -> None:
    assert placeholders_for("invoice") == frozenset(PLACEHOLDERS)
    assert placeholders_for("statement") == frozenset(PLACEHOLDERS) | {"period"}
    assert placeholders_for("employee-report") == frozenset(PLACEHOLDERS) | {"period"}
    assert placeholders_for("letter") == frozenset(PLACEHOLDERS) | {"subject"}


def test_the_users_own_template_wins_and_english_is_the_fallback() -> None:
    own = MessageTemplate("invoice", "et", "Arve {document_number}", "Tere!")
    assert load_template("invoice", "et", [own]) is own
    assert load_template("invoice", "de", [own]).language == "de"
    assert load_template("invoice", "xx").language == "en"
    own_english = MessageTemplate("invoice", "en", "Bill {document_number}", "Hi")
    assert load_template("invoice", "xx", [own_english]) is own_english
    with pytest.raises(KeyError):
        load_template("memo", "en")


def test_json_round_trip() -> None:
    template = load_template("quotation", "ar")
    again = template_from_json("quotation", "ar", template_to_json(template))
    assert again == template


@given(st.text(alphabet=st.sampled_from("{}ab_ \n") | st.characters(), max_size=60))
def test_fill_never_raises(text: str) -> None:
    template = MessageTemplate("statement", "en", text, text, text, text)
    filled = fill(template, VALUES)
    assert isinstance(problems_of(template), list)
    if "{" not in text and "}" not in text:
        assert filled.body == text

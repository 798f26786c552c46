"""Problems from the core are shown in the reader's language, with their values kept."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from ledgerpost.domain.addresses import Field, parse_entry
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.templates import MessageTemplate, problems_of
from ledgerpost.i18n.catalogue import template_catalogue
from ledgerpost.i18n.problem_texts import PROBLEM_PATTERNS, problem_text, warning_text
from ledgerpost.i18n.translate import catalogue_path


def sample(pattern: str) -> str:
    """The pattern with a made-up value in each field, as the core would write it."""
    text = re.sub(r"(?<!\{)\{(\w+)\}(?!\})", lambda m: f"<{m.group(1)}-value>", pattern)
    return text.replace("{{", "{").replace("}}", "}")


@pytest.mark.parametrize("code", sorted(PROBLEM_PATTERNS))
def test_every_pattern_is_recognised_and_keeps_its_values(code: str) -> None:
    for pattern in PROBLEM_PATTERNS[code]:
        message = sample(pattern)
        assert problem_text(Problem(code, "x", message), "en") == message
        for value in re.findall(r"<[\w-]+-value>", message):
            assert value in problem_text(Problem(code, "x", message), "et"), pattern
            assert value in problem_text(Problem(code, "x", message), "ar"), pattern


def test_an_address_problem_in_estonian_and_arabic() -> None:
    problem = parse_entry("anna@example", Field.TO)
    assert isinstance(problem, Problem)
    assert problem.message == "the domain 'example' has no dot (e.g. example.com)"
    assert problem_text(problem, "et") == "domeenis 'example' pole punkti (nt example.com)"
    assert problem_text(problem, "ar") == "النطاق 'example' بلا نقطة (مثل example.com)"


def test_a_template_problem_keeps_its_braces() -> None:
    template = MessageTemplate("invoice", "de", "Rechnung {number", "Text")
    [problem] = [p for p in problems_of(template) if p.code == "template-brace"]
    german = problem_text(problem, "de")
    assert german.startswith("Bei Zeichen 10 steht eine einzelne '{'")
    assert "{{ oder }}" in german


def test_an_unknown_message_is_shown_as_it_came() -> None:
    problem = Problem("smtp-host", "host", "something new the core says")
    assert problem_text(problem, "ru") == "something new the core says"


@pytest.mark.parametrize("language", ["et", "de", "ru", "ro", "ar"])
def test_the_catalogues_hold_every_message_the_code_needs(language: str) -> None:
    with open(catalogue_path(language), "rb") as handle:
        catalog = read_po(handle, locale=language)
    have = {(m.context, m.id) for m in catalog if m.id and m.string and not m.fuzzy}
    need = {(m.context, m.id) for m in template_catalogue() if m.id}
    assert sorted(map(str, need - have)) == [], "run: python tools/translations.py update"


def test_a_warning_of_the_send_check_in_estonian() -> None:
    warning = "no credit left: the message will wait until credits are added"
    assert warning_text(warning, "et") == "krediiti pole enam: kiri ootab, kuni krediiti lisatakse"
    assert warning_text("a warning nobody listed", "et") == "a warning nobody listed"

"""Problems and mail errors are codes with values, rendered in the reader's language by one
catalogue; every code the code can raise has a sentence there, in all six languages."""

from __future__ import annotations

import ast
import datetime as dt
import re
import string
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel.messages.pofile import read_po

from ledgerpost.domain.addresses import Field, parse_entry
from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.templates import MessageTemplate, problems_of
from ledgerpost.i18n.catalogue import template_catalogue
from ledgerpost.i18n.problem_catalogue import AREAS, COMMAND_LINE_TEXTS, PROBLEM_TEXTS
from ledgerpost.i18n.problems import (
    COMMAND_LINE,
    CONTEXT,
    TEXTS,
    render,
    render_code,
    render_line,
)
from ledgerpost.i18n.translate import catalogue_path, translator
from ledgerpost.mail import errors

SRC = Path(__file__).resolve().parents[2] / "src" / "ledgerpost"


def names_in(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_every_code_keeps_its_values_in_every_language(code: str) -> None:
    values = {name: f"<{name}-value>" for name in names_in(TEXTS[code])}
    english = render_code(code, values, "en")
    assert english == TEXTS[code].format_map(values)
    for language in LANGUAGES:
        said = render_code(code, values, language)
        for value in values.values():
            assert value in said, (code, language)


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_every_code_has_a_sentence_with_the_same_placeholders(language: str) -> None:
    words = translator(language)
    missing, differ = [], []
    for code, english in TEXTS.items():
        said = words.pgettext(CONTEXT, english)
        if said == english and names_in(english) != {"reason"}:
            missing.append(code)
        elif names_in(said) != names_in(english):
            differ.append(code)
    assert (missing, differ) == ([], [])


@pytest.mark.parametrize("code", sorted(COMMAND_LINE_TEXTS))
def test_the_command_line_says_a_code_with_its_flag_in_every_language(code: str) -> None:
    english = COMMAND_LINE_TEXTS[code]
    assert names_in(english) == names_in(TEXTS[code])
    values = {name: f"<{name}-value>" for name in names_in(english)}
    for language in LANGUAGES:
        window = render_code(code, values, language)
        command_line = render_code(code, values, language, COMMAND_LINE)
        assert command_line != window, language  # its flags and commands, not boxes
        if "--resend" in english:
            assert "--resend" in command_line and "--resend" not in window, language
        if language != "en":
            said = translator(language).pgettext(CONTEXT, english)
            assert said != english and names_in(said) == names_in(english), language
        for value in values.values():
            assert value in command_line, (code, language)


SENT = Problem.of("already-sent", "document", when=dt.datetime(2026, 12, 2, 14, 30), to="a@b.ee")


def test_a_time_is_shown_in_the_local_zone_the_locales_way() -> None:
    berlin, tallinn = ZoneInfo("Europe/Berlin"), ZoneInfo("Europe/Tallinn")
    assert render(SENT, zone=berlin).startswith("already sent on Dec 2, 2026 15:30 to a@b.ee;")
    assert render(SENT, "de", zone=berlin).startswith("bereits am 02.12.2026 15:30 an a@b.ee")
    assert render(SENT, "et", COMMAND_LINE, tallinn).startswith("juba saadetud 2. dets 2026 16:30")
    assert render(SENT, "ru", zone=tallinn).startswith("уже отправлено 02.12.2026 16:30")


def test_the_window_and_the_command_line_name_their_own_way_to_resend() -> None:
    assert render(SENT, zone=dt.UTC).endswith("tick “Send again” to send it once more")
    assert render(SENT, "en", COMMAND_LINE, dt.UTC).endswith("add --resend to send it once more")


def test_in_arabic_a_field_and_its_values_are_isolated() -> None:
    problem = parse_entry("anna@example", Field.TO)
    assert isinstance(problem, Problem)
    line = render_line(problem.at("to: anna@example"), "ar")
    assert line.startswith("\u2068to: anna@example\u2069: النطاق \u2068'example'\u2069")
    assert render_line(problem.at("to: anna@example")) == (
        "to: anna@example: the domain 'example' has no dot (e.g. example.com)"
    )
    arabic = render(SENT, "ar", zone=dt.UTC)
    assert "\u2068a@b.ee\u2069" in arabic and "\u2068" + "02" in arabic


def test_an_address_problem_in_estonian_and_arabic() -> None:
    problem = parse_entry("anna@example", Field.TO)
    assert isinstance(problem, Problem)
    assert render(problem) == "the domain 'example' has no dot (e.g. example.com)"
    assert render(problem, "et") == "domeenis 'example' pole punkti (nt example.com)"
    assert render(problem, "ar") == "النطاق \u2068'example'\u2069 بلا نقطة (مثل example.com)"


def test_a_template_problem_keeps_its_braces() -> None:
    template = MessageTemplate("invoice", "de", "Rechnung {number", "Text")
    [problem] = [p for p in problems_of(template) if p.code == "template-brace"]
    german = render(problem, "de")
    assert german.startswith("Bei Zeichen 10 steht eine einzelne '{'")
    assert "{{ oder }}" in german


def test_a_code_the_catalogue_lacks_is_shown_as_its_code() -> None:
    assert render(Problem.of("something-new", "host"), "ru") == "something-new"


@pytest.mark.parametrize("language", ["et", "de", "ru", "ro", "ar"])
def test_the_catalogues_hold_every_message_the_code_needs(language: str) -> None:
    with open(catalogue_path(language), "rb") as handle:
        catalog = read_po(handle, locale=language)
    have = {(m.context, m.id) for m in catalog if m.id and m.string and not m.fuzzy}
    need = {(m.context, m.id) for m in template_catalogue() if m.id}
    assert sorted(map(str, need - have)) == [], "run: python tools/translations.py update"


def test_a_warning_of_the_send_check_in_estonian() -> None:
    warning = Problem.of("warn-no-credit", "credits")
    assert render(warning) == "no credit left: the message will wait until credits are added"
    assert render(warning, "et") == "krediiti pole enam: kiri ootab, kuni krediiti lisatakse"


def test_a_mail_error_is_english_in_logs_and_translated_on_screen() -> None:
    error = errors.CannotConnect("smtp.example.com", 587, "connection refused")
    assert str(error).startswith("The mail server smtp.example.com could not be reached on port")
    assert error.code == "mail-cannot-connect" and error.retryable
    estonian = render(error, "et")
    assert "smtp.example.com" in estonian and "587" in estonian and estonian != str(error)


# --- every code raised is in the catalogue ----------------------------------------------

MAKERS = {
    "of": 0,
    "Problem": 0,
    "_problem": 2,
    "_text_problem": 0,
    "__init__": 0,
    "settle_outbox": 2,
    "_period_party": 6,
}
"""Calls that take a code, and its place: Problem.of, Problem, the address and compose
helpers, a mail error's super().__init__ (in MAIL_ERROR_FILES), the note a restored
ledger's outbox gets, and the refusal of a period report's party."""
MAIL_ERROR_FILES = {SRC / "mail" / name for name in ("errors.py", "imap_errors.py", "throttle.py")}
"""Where a mail error's super().__init__ takes its code."""
SUFFIXED = {"_text_problem": ("-control", "-chars")}
RETURNING_CODES = {"_domain_problem"}
"""Functions that return (code, part) for their caller to make the problem."""


def _strings(node: ast.AST, function: ast.AST | None) -> set[str]:
    """The string constants ``node`` may be: a constant, either side of an ``if``, or a
    local name and everything assigned to it in the function."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _strings(node.body, function) | _strings(node.orelse, function)
    if isinstance(node, ast.Name) and function is not None:
        found: set[str] = set()
        for sub in ast.walk(function):
            if isinstance(sub, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == node.id for t in sub.targets
            ):
                found |= _strings(sub.value, function)
        return found
    return set()


def _called(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def raised_codes() -> dict[str, str]:
    """Every code a Problem or a MailError is made with in src, and the file that makes it."""
    codes: dict[str, str] = {}
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
        for function in functions:
            for node in ast.walk(function):
                found: set[str] = set()
                place = MAKERS.get(_called(node), -1) if isinstance(node, ast.Call) else -1
                if isinstance(node, ast.Call) and 0 <= place < len(node.args):
                    if _called(node) == "__init__" and path not in MAIL_ERROR_FILES:
                        continue
                    if function.name == "_text_problem":
                        continue  # its code is its caller's, with a suffix
                    found = _strings(node.args[place], function)
                    found = {f + s for f in found for s in SUFFIXED.get(_called(node), ("",))}
                elif (
                    function.name in RETURNING_CODES
                    and isinstance(node, ast.Return)
                    and isinstance(node.value, ast.Tuple)
                ):
                    found = _strings(node.value.elts[0], function)
                for code in found:
                    codes[code] = str(path.relative_to(SRC))
    return codes


def test_every_code_raised_is_in_the_catalogue() -> None:
    codes = raised_codes()
    assert len(codes) > 150  # the scan sees the makers at all
    assert {c: f for c, f in codes.items() if c not in TEXTS} == {}


def test_every_code_in_the_catalogue_is_raised_somewhere() -> None:
    assert sorted(set(TEXTS) - set(raised_codes())) == []


def test_no_problem_is_made_with_a_sentence() -> None:
    # A sentence passed where a code belongs: spaces are never part of a code.
    assert [c for c in raised_codes() if not re.fullmatch(r"[a-z0-9-]+", c)] == []


def test_every_code_belongs_to_one_area_only() -> None:
    """The catalogue is put together from one module per area; a code in two of them would
    silently lose one of its sentences."""
    codes = [code for area in AREAS for code in area]
    twice = sorted({code for code in codes if codes.count(code) > 1})
    assert twice == []
    assert len(PROBLEM_TEXTS) == len(codes)

"""The command line speaks the user's language: $LEDGERPOST_LANG, else the locale's."""

from __future__ import annotations

from pathlib import Path

import pytest

from ledgerpost.cli.main import main
from ledgerpost.i18n.problems import render
from ledgerpost.i18n.translate import command_line_language


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_language_comes_from_the_environment() -> None:
    assert command_line_language({}) == "en"
    assert command_line_language({"LANG": "et_EE.UTF-8"}) == "et"
    assert command_line_language({"LANG": "de_DE.UTF-8", "LC_ALL": "ru_RU.UTF-8"}) == "ru"
    assert command_line_language({"LEDGERPOST_LANG": "ar", "LANG": "de_DE.UTF-8"}) == "ar"
    assert command_line_language({"LANG": "C.UTF-8"}) == "en"
    assert command_line_language({"LANG": "fr_FR.UTF-8"}) == "en"


@pytest.mark.parametrize(
    ("language", "started", "consistent"),
    [
        ("en", "Started the books of", "The ledger is consistent"),
        ("et", "Ettevõtte Kala OÜ raamatupidamine alustatud", "Raamatupidamine on korras"),
        ("de", "Buchhaltung von Kala OÜ angelegt", "Die Buchhaltung ist stimmig"),
        ("ar", "بدأت دفاتر Kala OÜ", "الدفاتر متسقة"),
    ],
)
def test_messages_in_the_chosen_language(
    language: str,
    started: str,
    consistent: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("LEDGERPOST_LANG", language)
    db = str(tmp_path / "books.sqlite3")
    code, out, err = run(capsys, "--db", db, "init", "--company", "Kala OÜ")
    assert code == 0, err
    assert started in out
    code, out, err = run(capsys, "--db", db, "check")
    assert code == 0, err
    assert consistent in out


def test_problems_are_said_in_the_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LEDGERPOST_LANG", "ro")
    db = str(tmp_path / "books.sqlite3")
    assert run(capsys, "--db", db, "init", "--company", "Kala SRL")[0] == 0
    code, _, err = run(
        capsys, "--db", db, "smtp", "set", "--host", "smtp.example.com", "--port", "70000",
        "--security", "starttls",
    )  # fmt: skip
    assert code == 1
    assert "70000 nu este un port" in err
    code, _, err = run(capsys, "--db", str(tmp_path / "other.sqlite3"), "init", "--company", " ")
    assert code == 2 and "--company nu poate fi gol" in err


def test_the_services_refusals_are_said_in_the_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "books.sqlite3")
    assert run(capsys, "--db", db, "init", "--company", "Kala GmbH")[0] == 0
    taken = tmp_path / "taken.ledgerpost"
    taken.write_bytes(b"the bookkeeper's own file")
    monkeypatch.setenv("LEDGERPOST_LANG", "de")
    code, _, err = run(capsys, "--db", db, "backup", "--out", str(taken))
    assert code == 1
    assert f"{taken} gibt es schon; eine Sicherung überschreibt nie eine Datei" in err
    code, _, err = run(capsys, "--db", db, "outbox", "run")
    assert code == 1
    assert "kein Mailserver eingerichtet; führen Sie zuerst 'ledgerpost smtp set' aus" in err
    assert taken.read_bytes() == b"the bookkeeper's own file"


def test_a_refusal_keeps_its_english_sentence_and_its_code() -> None:
    from ledgerpost.services.errors import LedgerError

    error = LedgerError.of("user-unknown", "", login="anna")
    assert str(error) == "there is no user anna"
    assert (error.code, dict(error.values), error.field) == ("user-unknown", {"login": "anna"}, "")
    assert render(error, "et") == "kasutajat anna pole"

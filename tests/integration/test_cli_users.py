"""The CLI with users: the administrator acts unasked until a password exists, then --user
with the password on stdin; passwords never on the command line or in the output."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from ledgerpost.cli.main import main

ADMIN_PASSWORD = "hobune ja kaer"


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    *argv: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_users_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "books.sqlite3")
    assert run(capsys, monkeypatch, "--db", db, "init", "--company", "Firma OÜ")[0] == 0
    code, out, _ = run(
        capsys, monkeypatch, "--db", db, "user", "add", "anna", "--name", "Anna Kask",
        "--rights", "send,post,contacts",
    )  # fmt: skip
    assert code == 0 and "anna" in out
    code, _, err = run(capsys, monkeypatch, "--db", db, "user", "add", "eve", "--rights", "fly")
    assert code == 2 and "unknown right(s): fly" in err

    code, out, _ = run(capsys, monkeypatch, "--db", db, "user", "passwd", "admin",
                       stdin=ADMIN_PASSWORD + "\n")  # fmt: skip
    assert code == 0 and ADMIN_PASSWORD not in out

    code, _, err = run(capsys, monkeypatch, "--db", db, "credits")
    assert code == 1 and "asks for a login" in err  # reading needs a login once passwords exist
    code, _, err = run(capsys, monkeypatch, "--db", db, "--user", "admin", "credits",
                       stdin=ADMIN_PASSWORD + "\n")  # fmt: skip
    assert code == 0
    code, _, err = run(capsys, monkeypatch, "--db", db, "user", "list")
    assert code == 1 and "asks for a login" in err and "--user" in err

    code, out, _ = run(capsys, monkeypatch, "--db", db, "--user", "admin", "user", "list",
                       stdin=ADMIN_PASSWORD + "\n")  # fmt: skip
    assert code == 0
    rows = {line.split()[0]: line for line in out.splitlines()[2:]}
    assert set(rows) == {"admin", "anna"} and "contacts,post,send" in rows["anna"]
    assert "set" in rows["admin"] and "none" in rows["anna"]

    code, _, err = run(capsys, monkeypatch, "--db", db, "--user", "admin", "user", "list",
                       stdin="wrong\n")  # fmt: skip
    assert code == 1 and err.strip() == "the login name or the password is wrong"
    code, _, err = run(capsys, monkeypatch, "--db", db, "--user", "nobody", "user", "list",
                       stdin=ADMIN_PASSWORD + "\n")  # fmt: skip
    assert code == 1 and err.strip() == "the login name or the password is wrong"

    code, _, _ = run(capsys, monkeypatch, "--db", db, "--user", "admin", "user", "passwd", "anna",
                     stdin=f"{ADMIN_PASSWORD}\nanna's password\n")  # fmt: skip
    assert code == 0
    code, _, err = run(capsys, monkeypatch, "--db", db, "--user", "anna", "credits", "add",
                       "100", "--reference", "R1", stdin="anna's password\n")  # fmt: skip
    assert code == 1 and "may not manage credits" in err
    assert ADMIN_PASSWORD.encode() not in Path(db).read_bytes()

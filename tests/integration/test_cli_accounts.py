"""The command line's contract for sending accounts: ``account list|add|test``, ``smtp set`` on
the default account, ``send``/``batch --account``; refused input changes nothing."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ledgerpost.cli.main import main
from ledgerpost.services import mail_accounts
from ledgerpost.services.ledger import Ledger
from tests.helpers.memory_keyring import MemoryKeyring, memory_keyring
from tests.helpers.smtp_server import TEST_PASSWORD, SmtpTestServer
from tests.integration.test_mail_flow import invoice_with_address

ADMIN_PASSWORD = "hobune ja kaer"
FIELDS = {
    "name", "profile", "host", "port", "security", "auth", "user", "from_address",
    "per_minute", "per_day", "default", "signed_in",
}  # fmt: skip


@pytest.fixture
def keyring_backend() -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        yield backend


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    db: str,
    *argv: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--db", db, *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def books(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> str:
    db = str(tmp_path / "books.sqlite3")
    assert run(capsys, monkeypatch, db, "init", "--company", "Firma OÜ")[0] == 0
    return db


def listing(capsys: pytest.CaptureFixture[str], mp: pytest.MonkeyPatch, db: str) -> Any:
    code, out, err = run(capsys, mp, db, "account", "list", "--json")
    assert code == 0, err
    return {a["name"]: a for a in json.loads(out)}


def test_accounts_are_added_and_listed_with_their_profiles_numbers(
    books: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    keyring_backend: MemoryKeyring,
) -> None:
    assert listing(capsys, monkeypatch, books) == {}
    code, out, err = run(
        capsys, monkeypatch, books, "account", "add", "office", "--profile", "custom",
        "--host", "mail.firma.ee", "--port", "465", "--security", "ssl",
        "--user", "arved@firma.ee", "--password-stdin", "--from-name", "Firma OÜ",
        stdin="salasõna\n",
    )  # fmt: skip
    assert code == 0, err
    assert "mail.firma.ee:465 (ssl)" in out and "default account" in out
    assert "salasõna" not in out + err and list(keyring_backend.entries.values()) == ["salasõna"]

    code, out, err = run(
        capsys, monkeypatch, books, "account", "add", "m365", "--profile", "microsoft365",
        "--user", "konto@firma.ee", "--client-id", "3f1c-app",
    )  # fmt: skip
    assert code == 0, err
    code, _, err = run(
        capsys, monkeypatch, books, "account", "add", "gmail", "--profile", "google",
        "--auth", "password", "--security", "ssl", "--user", "firma@gmail.com", "--per-day", "500",
    )  # fmt: skip
    assert code == 0, err

    found = listing(capsys, monkeypatch, books)
    assert set(found) == {"office", "m365", "gmail"}
    assert all(set(a) >= FIELDS for a in found.values())
    assert found["office"] | {"state": "ready"} == {
        "name": "office", "profile": "custom", "host": "mail.firma.ee", "port": 465,
        "security": "ssl", "auth": "password", "user": "arved@firma.ee",
        "from_address": "arved@firma.ee", "per_minute": None, "per_day": None,
        "default": True, "signed_in": True, "state": "ready",
    }  # fmt: skip
    m365 = found["m365"]
    assert (m365["host"], m365["port"], m365["security"]) == ("smtp.office365.com", 587, "starttls")
    assert (m365["auth"], m365["per_minute"], m365["per_day"]) == ("oauth2", 30, 10000)
    assert (m365["default"], m365["signed_in"]) == (False, False)
    assert (found["gmail"]["port"], found["gmail"]["per_day"]) == (465, 500)
    assert [a["name"] for a in found.values() if a["default"]] == ["office"]

    code, out, _ = run(capsys, monkeypatch, books, "account", "list")
    rows = {line.split()[0]: line for line in out.splitlines()[2:]}
    assert code == 0 and set(rows) == {"office", "m365", "gmail"}
    assert "mail.firma.ee:465 ssl" in rows["office"] and " yes " in rows["office"]

    # --default moves the one default.
    code, _, err = run(
        capsys, monkeypatch, books, "account", "add", "accounts", "--profile", "custom",
        "--host", "mail.firma.ee", "--user", "accounts@firma.ee", "--default",
    )  # fmt: skip
    assert code == 0, err
    found = listing(capsys, monkeypatch, books)
    assert [a["name"] for a in found.values() if a["default"]] == ["accounts"]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["two words", "--profile", "custom", "--host", "h.ee"], "name: 'two words' cannot name"),
        (["x", "--profile", "custom"], "host: the server name is empty"),
        (["x", "--profile", "custom", "--host", "h.ee", "--port", "70000"], "port: 70000 is not"),
        (["x", "--profile", "microsoft365", "--user", "a@b.ee"], "client_id: sign-in needs"),
        (["x", "--profile", "microsoft365", "--client-id", "c"], "user: sign-in needs the mailbox"),
        (
            ["x", "--profile", "custom", "--host", "h.ee", "--auth", "oauth2", "--client-id", "c",
             "--user", "a@b.ee", "--token-url", "ftp://x"],
            "authorize_url: ",
        ),
        (["x", "--profile", "custom", "--host", "h.ee", "--from-address", "nobody"], "from:"),
        (["x", "--profile", "custom", "--host", "h.ee", "--password-stdin"], "password:"),
    ],
)  # fmt: skip
def test_refused_input_says_which_field_and_changes_nothing(
    books: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    keyring_backend: MemoryKeyring,
    argv: list[str],
    expected: str,
) -> None:
    code, out, err = run(capsys, monkeypatch, books, "account", "add", *argv, stdin="secret\n")
    assert code == 1, out
    assert expected in err
    assert listing(capsys, monkeypatch, books) == {}
    assert keyring_backend.entries == {}


def test_a_taken_name_and_a_bad_pace_are_refused(
    books: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    add = ["account", "add", "office", "--profile", "custom", "--host", "mail.firma.ee"]
    assert run(capsys, monkeypatch, books, *add)[0] == 0
    code, _, err = run(capsys, monkeypatch, books, *add, "--port", "25")
    assert code == 1 and "name: there is already an account named 'office'" in err
    assert listing(capsys, monkeypatch, books)["office"]["port"] == 587
    with pytest.raises(SystemExit) as refused:
        run(capsys, monkeypatch, books, *add[:2], "other", *add[3:], "--per-minute", "0")
    assert refused.value.code == 2 and "--per-minute: 0 is not 1 or more" in capsys.readouterr().err
    assert set(listing(capsys, monkeypatch, books)) == {"office"}


def test_smtp_set_edits_the_default_account(
    books: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(
        capsys, monkeypatch, books, "smtp", "set", "--host", "smtp.gmail.com", "--port", "587",
        "--security", "starttls", "--user", "firma@gmail.com", "--from-address", "firma@gmail.com",
    )  # fmt: skip
    assert code == 0, err
    (only,) = listing(capsys, monkeypatch, books).values()
    assert (only["name"], only["profile"], only["default"]) == ("default", "google", True)
    run(
        capsys,
        monkeypatch,
        books,
        "account",
        "add",
        "other",
        "--profile",
        "custom",
        "--host",
        "h.ee",
    )
    code, _, err = run(
        capsys, monkeypatch, books, "smtp", "set", "--host", "smtp.gmail.com", "--port", "465",
        "--security", "ssl", "--user", "firma@gmail.com",
    )  # fmt: skip
    assert code == 0, err
    found = listing(capsys, monkeypatch, books)
    assert (found["default"]["port"], found["default"]["security"]) == (465, "ssl")
    assert found["other"]["port"] == 587
    with sqlite3.connect(books) as raw:
        assert raw.execute(
            "SELECT count(*) FROM setting WHERE key LIKE 'smtp.host'"
        ).fetchone() == (0,)


def test_adding_an_account_needs_the_right_to_manage_settings(
    books: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, monkeypatch, books, "user", "add", "anna", "--rights", "send")[0] == 0
    run(capsys, monkeypatch, books, "user", "passwd", "admin", stdin=ADMIN_PASSWORD + "\n")
    run(capsys, monkeypatch, books, "--user", "admin", "user", "passwd", "anna",
        stdin=f"{ADMIN_PASSWORD}\nanna's password\n")  # fmt: skip
    add = ["account", "add", "x", "--profile", "custom", "--host", "h.ee"]
    code, _, err = run(capsys, monkeypatch, books, *add)
    assert code == 1 and "--user" in err
    code, _, err = run(capsys, monkeypatch, books, "--user", "anna", *add,
                       stdin="anna's password\n")  # fmt: skip
    assert code == 1 and "may not manage settings" in err
    code, _, err = run(capsys, monkeypatch, books, "--user", "admin", *add,
                       stdin=ADMIN_PASSWORD + "\n")  # fmt: skip
    assert code == 0, err


def test_send_and_batch_from_a_chosen_account(
    demo_ledger: Ledger,
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = demo_url
    for name, address in (("billing", "billing@firma.ee"), ("accounts", "accounts@firma.ee")):
        code, _, err = run(
            capsys, monkeypatch, db, "account", "add", name, "--profile", "custom",
            "--host", "mail.firma.ee", "--user", address, "--from-name", "Firma OÜ",
        )  # fmt: skip
        assert code == 0, err
    number = str(invoice_with_address(demo_ledger))
    code, _, err = run(capsys, monkeypatch, db, "send", "invoice", number, "--account", "nobody")
    assert code == 1 and "account: there is no sending account named 'nobody'" in err
    code, out, err = run(
        capsys, monkeypatch, db, "send", "invoice", number, "--account", "accounts"
    )
    assert code == 0, err
    outbox_id = int(out.strip())
    code, out, err = run(capsys, monkeypatch, db, "send", "invoice", number, "--resend")
    assert code == 0, err
    plain_id = int(out.strip())
    with sqlite3.connect(db) as raw:
        rows = dict(
            ((i, (s, a)) for i, s, a in raw.execute(
                "SELECT o.id, o.sender, m.name FROM outbox_message o"
                " JOIN mail_account m ON m.id = o.account_id"
            ))
        )  # fmt: skip
    assert rows[outbox_id] == ("Firma OÜ <accounts@firma.ee>", "accounts")
    assert rows[plain_id] == ("Firma OÜ <billing@firma.ee>", "billing")  # the default

    code, _, err = run(capsys, monkeypatch, db, "batch", "invoice", "--numbers", "1-3",
                       "--account", "nobody")  # fmt: skip
    assert code == 1 and "no sending account named 'nobody'" in err


def test_account_test_connects_through_that_account(
    books: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    keyring_backend: MemoryKeyring,
    smtp_server: SmtpTestServer,
) -> None:
    s = smtp_server.settings()
    code, _, err = run(
        capsys, monkeypatch, books, "account", "add", "office", "--profile", "custom",
        "--host", s.host, "--port", str(s.port), "--security", "starttls", "--user", s.user,
        "--ca-file", s.ca_file, "--password-stdin", stdin=TEST_PASSWORD + "\n",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = run(capsys, monkeypatch, books, "account", "test", "office")
    assert code == 0 and out.strip(), err
    code, _, err = run(capsys, monkeypatch, books, "account", "test", "office", "--password-stdin",
                       stdin="wrong\n")  # fmt: skip
    assert code == 1 and "refused the user name or password" in err
    assert listing(capsys, monkeypatch, books)["office"]["state"] == "ready"  # typed, not kept
    code, _, err = run(capsys, monkeypatch, books, "account", "test", "nobody")
    assert code == 1 and "no sending account named 'nobody'" in err


def test_an_oauth2_account_is_signed_in_while_its_refresh_token_is_kept(
    books: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    keyring_backend: MemoryKeyring,
) -> None:
    code, _, err = run(
        capsys, monkeypatch, books, "account", "add", "m365", "--profile", "microsoft365",
        "--user", "konto@firma.ee", "--client-id", "3f1c-app",
    )  # fmt: skip
    assert code == 0, err
    assert listing(capsys, monkeypatch, books)["m365"]["signed_in"] is False
    ledger = Ledger.open(books)
    try:
        key = mail_accounts.token_key(ledger, mail_accounts.get(ledger, "m365"))
    finally:
        ledger.close()
    keyring_backend.set_password(mail_accounts.PASSWORDS.service, key, "a refresh token")
    assert listing(capsys, monkeypatch, books)["m365"]["signed_in"] is True

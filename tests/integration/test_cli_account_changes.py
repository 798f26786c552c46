"""``account change|default|remove``: a changed server or login asks for its password again
(never offering the old one to it), the default is chosen by name, and an account is removed
only when no message still to go names it, the default only with a new one chosen."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from ledgerpost.services import mail_accounts
from ledgerpost.services.ledger import Ledger
from tests.helpers.memory_keyring import MemoryKeyring, memory_keyring
from tests.integration.test_cli_accounts import books, listing, run
from tests.integration.test_mail_flow import invoice_with_address

__all__ = ["books"]  # the fixture, shared


@pytest.fixture
def keyring_backend() -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        yield backend


def add(
    capsys: pytest.CaptureFixture[str],
    mp: pytest.MonkeyPatch,
    db: str,
    name: str,
    *extra: str,
    stdin: str = "",
) -> None:
    code, _, err = run(
        capsys, mp, db, "account", "add", name, "--profile", "custom", "--host", "mail.firma.ee",
        "--user", f"{name}@firma.ee", *extra, stdin=stdin,
    )  # fmt: skip
    assert code == 0, err


def test_change_keeps_what_it_is_not_given_and_asks_the_password_of_a_new_login(
    books: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    keyring_backend: MemoryKeyring,
) -> None:
    add(capsys, monkeypatch, books, "office", "--password-stdin", stdin="salasõna\n")
    code, out, err = run(
        capsys, monkeypatch, books, "account", "change", "office", "--port", "2587",
        "--pace", "30/2000", "--from", "arved@firma.ee",
    )  # fmt: skip
    assert code == 0, err
    assert "mail.firma.ee:2587" in out and err == ""  # same login: its password stays
    office = listing(capsys, monkeypatch, books)["office"]
    assert (office["port"], office["per_minute"], office["per_day"]) == (2587, 30, 2000)
    assert (office["from_address"], office["user"]) == ("arved@firma.ee", "office@firma.ee")
    assert office["signed_in"] and list(keyring_backend.entries.values()) == ["salasõna"]

    code, out, err = run(
        capsys, monkeypatch, books, "account", "change", "office", "--pace", "/0",
        "--user", "arved@firma.ee",
    )  # fmt: skip
    assert code == 0, err
    assert "give the password again with --password-stdin" in err
    office = listing(capsys, monkeypatch, books)["office"]
    assert (office["per_minute"], office["per_day"]) == (30, None)
    assert not office["signed_in"] and keyring_backend.entries == {}  # the old one forgotten

    code, out, err = run(
        capsys, monkeypatch, books, "account", "change", "office", "--password-stdin",
        stdin="uus parool\n",
    )  # fmt: skip
    assert code == 0, err
    assert "uus parool" not in out + err
    assert list(keyring_backend.entries.values()) == ["uus parool"]
    assert listing(capsys, monkeypatch, books)["office"]["signed_in"]


def test_change_refuses_bad_values_and_unknown_names_and_changes_nothing(
    books: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    add(capsys, monkeypatch, books, "office")
    before = listing(capsys, monkeypatch, books)
    code, _, err = run(capsys, monkeypatch, books, "account", "change", "office", "--host", " ")
    assert code == 1 and "host" in err
    code, _, err = run(capsys, monkeypatch, books, "account", "change", "nobody", "--port", "25")
    assert code == 1 and "no sending account named 'nobody'" in err
    with pytest.raises(SystemExit):
        run(capsys, monkeypatch, books, "account", "change", "office", "--pace", "fast")
    assert listing(capsys, monkeypatch, books) == before


def test_default_names_the_new_default(
    books: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    add(capsys, monkeypatch, books, "office")
    add(capsys, monkeypatch, books, "sales")
    code, out, err = run(capsys, monkeypatch, books, "account", "default", "sales")
    assert code == 0, err
    assert "sales is the default account now" in out
    found = listing(capsys, monkeypatch, books)
    assert (found["sales"]["default"], found["office"]["default"]) == (True, False)


def test_remove_is_refused_while_queued_messages_name_it_and_for_the_default_alone(
    demo_ledger: Ledger,
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    keyring_backend: MemoryKeyring,
) -> None:
    db = demo_url
    add(capsys, monkeypatch, db, "office")
    add(capsys, monkeypatch, db, "sales", "--password-stdin", stdin="müük\n")
    number = str(invoice_with_address(demo_ledger))
    ids = []
    for _ in range(2):
        code, out, err = run(
            capsys, monkeypatch, db, "send", "invoice", number, "--account", "sales", "--resend"
        )
        assert code == 0, err
        ids.append(out.strip())

    code, _, err = run(capsys, monkeypatch, db, "account", "remove", "sales")
    assert code == 1
    assert "account sales cannot be removed: 2 message(s) still to go" in err
    code, _, err = run(capsys, monkeypatch, db, "account", "remove", "office")
    assert code == 1 and "office is the default: choose the new default among sales" in err
    assert set(listing(capsys, monkeypatch, db)) == {"office", "sales"}

    for outbox_id in ids:
        assert run(capsys, monkeypatch, db, "outbox", "cancel", outbox_id)[0] == 0
    code, out, err = run(capsys, monkeypatch, db, "account", "remove", "sales")
    assert code == 0, err
    assert "Account sales is removed." in out
    assert set(listing(capsys, monkeypatch, db)) == {"office"}
    assert keyring_backend.entries == {}  # its password goes with it
    with sqlite3.connect(db) as raw:  # the cancelled messages name no account now
        named = {i: a for i, a in raw.execute("SELECT id, account_id FROM outbox_message")}
    assert [named[int(i)] for i in ids] == [None, None]


def test_removing_the_default_makes_the_chosen_one_the_default(
    books: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    add(capsys, monkeypatch, books, "office")
    add(capsys, monkeypatch, books, "sales")
    add(capsys, monkeypatch, books, "shop")
    code, _, err = run(
        capsys, monkeypatch, books, "account", "remove", "office", "--new-default", "nobody"
    )
    assert code == 1 and "no sending account named 'nobody'" in err
    code, out, err = run(
        capsys, monkeypatch, books, "account", "remove", "office", "--new-default", "shop"
    )
    assert code == 0, err
    assert "shop is the default account now" in out
    found = listing(capsys, monkeypatch, books)
    assert set(found) == {"sales", "shop"} and found["shop"]["default"]
    ledger = Ledger.open(books)
    try:
        assert mail_accounts.default(ledger).name == "shop"  # type: ignore[union-attr]
    finally:
        ledger.close()

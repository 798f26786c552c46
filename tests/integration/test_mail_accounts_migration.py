"""Revision 0011 moves the one ``smtp.*`` setup into a default sending account and back, on a
real SQLite file; the messages already queued take the default account."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from ledgerpost.domain.mail_accounts import MailAccount
from ledgerpost.domain.smtp import SmtpSettings
from ledgerpost.services import mail_accounts
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from tests.helpers.outbox_rows import add_messages
from tests.integration.test_migrations import downgrade

OLD_SETTINGS = {
    "smtp.host": "smtp.office365.com",
    "smtp.port": 587,
    "smtp.security": "starttls",
    "smtp.user": "billing@firma.ee",
    "smtp.from_address": "billing@firma.ee",
    "smtp.from_name": "Firma OÜ",
    "smtp.reply_to": "",
    "smtp.ca_file": "",
    "smtp.allow_insecure_auth": False,
    "mail.send_delay_seconds": 30,
}


def _insert(settings: dict[str, object]) -> str:
    values = ", ".join(f"('{key}', '{json.dumps(value)}')" for key, value in settings.items())
    return f"INSERT INTO setting (key, value) VALUES {values}"


def _settings(path: Path) -> dict[str, object]:
    with sqlite3.connect(path) as raw:
        return {k: json.loads(v) for k, v in raw.execute("SELECT key, value FROM setting")}


def _columns(path: Path, table: str) -> set[str]:
    with sqlite3.connect(path) as raw:
        return {r[1] for r in raw.execute(f"PRAGMA table_info({table})")}


def test_the_smtp_settings_become_the_default_account_and_come_back(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    books = Ledger.open(str(path))
    queued = add_messages(books, 2)
    books.close()
    downgrade(path, "0010", _insert(OLD_SETTINGS))  # as the one-server program left it
    assert "account_id" not in _columns(path, "outbox_message")

    books = Ledger.open(str(path))  # upgrades
    (account,) = mail_accounts.accounts(books)
    assert (account.name, account.profile, account.default) == ("default", "microsoft365", True)
    smtp = account.smtp
    assert (smtp.host, smtp.port, smtp.security.value) == ("smtp.office365.com", 587, "starttls")
    assert (smtp.user, smtp.from_address, smtp.from_name) == (
        "billing@firma.ee",
        "billing@firma.ee",
        "Firma OÜ",
    )
    assert settings_service.smtp_settings(books) == smtp  # the one-server API reads it
    assert settings_service.get(books, "mail.send_delay_seconds") == 30
    with sqlite3.connect(path) as raw:
        ids = {r[0] for r in raw.execute("SELECT account_id FROM outbox_message")}
    assert ids == {account.id} and len(queued) == 2
    assert not [k for k in _settings(path) if k.startswith("smtp.")]  # moved, not copied

    # Changed since: the default's name on the From line, and a second account.
    assert settings_service.save(books, {"smtp.from_name": "Firma AS"}) == []
    second = MailAccount("accounts", "custom", SmtpSettings("mail.firma.ee", 465))
    assert mail_accounts.add(books, second) == []
    books.close()

    downgrade(path, "0010")
    back = _settings(path)
    assert {k: v for k, v in back.items() if k.startswith("smtp.")} == {
        **{k: v for k, v in OLD_SETTINGS.items() if k.startswith("smtp.")},
        "smtp.from_name": "Firma AS",
    }
    assert back["mail.send_delay_seconds"] == 30
    assert "account_id" not in _columns(path, "outbox_message")
    assert "mail_account_id" not in _columns(path, "app_user")
    assert _columns(path, "mail_account") == set()

    books = Ledger.open(str(path))  # and up again: the same default account
    (again,) = mail_accounts.accounts(books)
    assert again.smtp.from_name == "Firma AS" and again.default
    books.close()


def test_a_ledger_without_a_server_gets_no_account(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite3"
    Ledger.open(str(path)).close()
    downgrade(path, "0010", _insert({"smtp.host": "", "smtp.port": 25}))
    books = Ledger.open(str(path))
    assert mail_accounts.accounts(books) == []
    assert settings_service.smtp_settings(books) is None
    books.close()
    downgrade(path, "0010")
    assert _settings(path) == {"smtp.host": "", "smtp.port": 25}  # kept as they were

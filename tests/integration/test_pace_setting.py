"""The default account's pace is the one truth: the ``smtp.per_*`` settings read and write it,
values stored as settings before accounts move into it once, and ``smtp set`` leaves it be."""

from __future__ import annotations

from pathlib import Path

import pytest

from ledgerpost.cli.main import main
from ledgerpost.domain.mail_accounts import MailAccount, Pace
from ledgerpost.domain.smtp import Security, SmtpSettings
from ledgerpost.services import mail_account, mail_accounts
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import settings_repository as settings_repo

SMTP = SmtpSettings("smtp.firma.example", 587, Security.STARTTLS, "arved@firma.example")


def stored(ledger: Ledger) -> dict[str, object]:
    with ledger.db.read() as s:
        return {k: v for k, v in settings_repo.load_settings(s).items() if k.startswith("smtp.")}


def keep_as_setting(ledger: Ledger, values: dict[str, int]) -> None:
    """As a ledger from before accounts kept them."""
    with ledger.db.write() as s:
        for key, value in values.items():
            settings_repo.save_setting(s, key, value)


def test_a_stored_pace_setting_moves_into_the_default_account_on_read(ledger: Ledger) -> None:
    assert mail_accounts.add(ledger, MailAccount("office", "custom", SMTP)) == []
    keep_as_setting(ledger, {"smtp.per_minute": 30, "smtp.recipients_per_message": 100})

    assert settings_service.get(ledger, "smtp.per_minute") == 30
    assert stored(ledger) == {}  # moved: no second copy left
    office = mail_accounts.get(ledger, "office")
    assert office.pace == Pace(per_minute=30, recipients_per_message=100)
    assert mail_account.paced_account(ledger).pace == office.pace
    assert settings_service.get(ledger, "smtp.per_day") == 0


def test_an_accounts_own_pace_wins_over_a_stale_setting(ledger: Ledger) -> None:
    own = MailAccount("office", "custom", SMTP, pace=Pace(per_minute=5))
    assert mail_accounts.add(ledger, own) == []
    keep_as_setting(ledger, {"smtp.per_minute": 30, "smtp.per_day": 2000})
    assert mail_account.paced_account(ledger).pace == Pace(per_minute=5)  # as it was obeyed
    assert stored(ledger) == {}
    assert settings_service.get(ledger, "smtp.per_day") == 0


def test_saving_a_pace_setting_changes_the_default_accounts_pace(ledger: Ledger) -> None:
    assert settings_service.save(ledger, {"smtp.per_minute": 12}) == []  # no account yet
    assert stored(ledger) == {"smtp.per_minute": 12}  # kept until there is one
    assert mail_account.paced_account(ledger).pace == Pace(per_minute=12)
    assert mail_accounts.add(ledger, MailAccount("office", "custom", SMTP)) == []
    assert mail_account.paced_account(ledger).pace == Pace(per_minute=12)
    assert stored(ledger) == {}

    assert settings_service.save(ledger, {"smtp.per_day": 500, "smtp.per_minute": 0}) == []
    assert mail_accounts.get(ledger, "office").pace == Pace(per_day=500)
    assert stored(ledger) == {}
    second = MailAccount("sales", "custom", SMTP, pace=Pace(per_minute=3))
    assert mail_accounts.add(ledger, second) == []
    sales = mail_accounts.get(ledger, "sales")
    assert mail_account.paced_account(ledger, sales).pace == Pace(per_minute=3)  # its own


def test_smtp_set_keeps_the_default_accounts_pace(
    ledger: Ledger, ledger_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keep_as_setting(ledger, {"smtp.per_minute": 30})
    argv = ["--db", str(ledger_path), "smtp", "set", "--host", "127.0.0.1", "--port", "2525"]
    assert main([*argv, "--security", "none", "--from-address", "billing@example.com"]) == 0
    assert "127.0.0.1:2525" in capsys.readouterr().out
    assert mail_account.paced_account(ledger).pace == Pace(per_minute=30)
    assert main([*argv, "--security", "none", "--from-address", "other@example.com"]) == 0
    default = mail_accounts.default(ledger)
    assert default is not None and default.pace == Pace(per_minute=30)
    assert default.smtp.from_address == "other@example.com"

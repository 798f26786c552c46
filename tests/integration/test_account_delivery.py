"""Each message goes through its own sending account, to that account's server only; an account
whose password the server refuses pauses, its messages wait unharmed, and it is not tried again
until the password is fixed (no lock-out by the server's guard). Real aiosmtpd servers with
AUTH on loopback, real ledger files."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from email import message_from_bytes

import pytest

from ledgerpost.cli.main import main
from ledgerpost.domain.mail_accounts import AccountState, MailAccount
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.services import mail_account, mail_accounts, outbox
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, queue
from tests.helpers.mail_queue import connect, posted_invoices
from tests.helpers.memory_keyring import MemoryKeyring, memory_keyring
from tests.helpers.smtp_server import TEST_PASSWORD, TEST_USER, SmtpTestServer

Factory = Callable[..., SmtpTestServer]
OTHER_USER, OTHER_PASSWORD = "accounts@example.com", "tõeline-salasõna"


@pytest.fixture
def keyring_backend() -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        yield backend


def _queue(ledger: Ledger, document_id: int, to: str, account: str | None = None) -> int:
    result = queue(ledger, SendRequest(document_id=document_id, to=to, account=account))
    assert result.outbox_id is not None, result.preflight.problems
    return result.outbox_id


def _status(ledger: Ledger) -> dict[int, tuple[OutboxStatus, int]]:
    return {e.id: (e.status, e.attempts) for e in outbox.entries(ledger, None)}


def test_two_accounts_each_deliver_only_their_own_messages(
    demo_ledger: Ledger, smtp_server_factory: Factory, keyring_backend: MemoryKeyring
) -> None:
    billing = smtp_server_factory(starttls=True, user=TEST_USER, password=TEST_PASSWORD)
    other = smtp_server_factory(starttls=True, user=OTHER_USER, password=OTHER_PASSWORD)
    connect(demo_ledger, billing)  # `smtp set`: the default account
    smtp = other.settings(from_address="accounts@example.com", from_name="Raamatupidamine")
    assert mail_accounts.add(demo_ledger, MailAccount("accounts", "custom", smtp)) == []
    added = mail_accounts.get(demo_ledger, "accounts")
    mail_accounts.save_password(demo_ledger, added, OTHER_PASSWORD)
    assert not added.default

    invoices = posted_invoices(demo_ledger)
    first = _queue(demo_ledger, invoices[0], "anna@example.com")
    second = _queue(demo_ledger, invoices[1], "jaan@example.com", account="accounts")
    third = _queue(demo_ledger, invoices[2], "mari@example.com", account="accounts")

    report = mail_account.deliver(demo_ledger)
    assert report.sent == 3 and not report.stopped_by
    assert [m.rcpt_tos for m in billing.received] == [("anna@example.com",)]
    assert sorted(m.rcpt_tos for m in other.received) == [
        ("jaan@example.com",),
        ("mari@example.com",),
    ]
    assert billing.received[0].mail_from == "billing@example.com"
    assert {m.mail_from for m in other.received} == {"accounts@example.com"}
    header = message_from_bytes(other.received[0].data)["From"]
    assert "accounts@example.com" in header and "Raamatupidamine" in header
    assert {a for _mech, a in other.auth_attempts} == {OTHER_USER}
    assert {a for _mech, a in billing.auth_attempts} == {TEST_USER}
    statuses = _status(demo_ledger)
    assert {statuses[i][0] for i in (first, second, third)} == {OutboxStatus.SENT}
    assert TEST_PASSWORD not in str(keyring_backend.entries.keys())


def test_a_refused_password_pauses_the_account_and_is_not_tried_again(
    demo_ledger: Ledger,
    smtp_server_factory: Factory,
    keyring_backend: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    demo_url: str,
) -> None:
    server = smtp_server_factory(starttls=True, user=TEST_USER, password=TEST_PASSWORD)
    connect(demo_ledger, server)
    smtp = settings_service.smtp_settings(demo_ledger)
    assert smtp is not None
    mail_account.save_password(demo_ledger, smtp, "an old password")  # changed at the provider
    invoices = posted_invoices(demo_ledger)
    ids = [_queue(demo_ledger, d, f"customer{i}@example.com") for i, d in enumerate(invoices[:3])]

    report = mail_account.deliver(demo_ledger)
    assert report.sent == report.failed == 0
    assert "refused the user name or password" in report.stopped_by
    assert len(server.auth_attempts) == 1
    account = mail_accounts.get(demo_ledger, "default")
    assert account.state is AccountState.PASSWORD_REFUSED
    assert "535" in account.state_detail
    # The messages wait, none failed, and no attempt was counted against them.
    assert {_status(demo_ledger)[i] for i in ids} == {(OutboxStatus.RETRY, 0)}

    # The window's rounds (every 15 s) and `outbox run` find it paused: no connection at all.
    workers = mail_account.AccountWorkers(demo_ledger, lambda s: "an old password")
    for _ in range(3):
        again = workers.run_once()
        assert again.handled == 0 and "fix the password in Settings" in again.messages[0]
    workers.close()
    assert mail_account.deliver(demo_ledger).handled == 0
    assert len(server.auth_attempts) == 1 and server.received == []

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    for argv in (["outbox", "list"], ["outbox", "run"]):
        code = main(["--db", demo_url, *argv])
        _out, err = capsys.readouterr()
        assert code == 0
        assert (
            "account: the mail server refused the password for account default: "
            "fix it in Settings (3 message(s) wait for it)"
        ) in err
    assert len(server.auth_attempts) == 1

    # The user types the right password: the account is ready, its messages go.
    mail_account.save_password(demo_ledger, smtp, TEST_PASSWORD)
    assert mail_accounts.get(demo_ledger, "default").ready
    assert mail_account.deliver(demo_ledger).sent == 3
    assert {_status(demo_ledger)[i] for i in ids} == {(OutboxStatus.SENT, 1)}
    assert len(server.auth_attempts) == 2


def test_a_paused_account_does_not_stop_the_others(
    demo_ledger: Ledger, smtp_server_factory: Factory, keyring_backend: MemoryKeyring
) -> None:
    billing = smtp_server_factory(starttls=True, user=TEST_USER, password=TEST_PASSWORD)
    other = smtp_server_factory(starttls=True, user=OTHER_USER, password=OTHER_PASSWORD)
    connect(demo_ledger, billing)
    smtp = other.settings(from_address="accounts@example.com")
    assert mail_accounts.add(demo_ledger, MailAccount("accounts", "custom", smtp)) == []
    mail_accounts.save_password(demo_ledger, mail_accounts.get(demo_ledger, "accounts"), "wrong")
    invoices = posted_invoices(demo_ledger)
    waits = _queue(demo_ledger, invoices[0], "jaan@example.com", account="accounts")
    goes = _queue(demo_ledger, invoices[1], "anna@example.com")

    mail_account.deliver(demo_ledger)
    mail_account.deliver(demo_ledger)
    assert mail_accounts.get(demo_ledger, "accounts").state is AccountState.PASSWORD_REFUSED
    assert mail_accounts.get(demo_ledger, "default").ready
    assert _status(demo_ledger)[goes][0] is OutboxStatus.SENT
    assert _status(demo_ledger)[waits] == (OutboxStatus.RETRY, 0)
    assert len(other.auth_attempts) == 1 and other.received == []

    # Changing the account's settings (a new login, say) clears the pause too.
    fixed = MailAccount("accounts", "custom", smtp)
    assert mail_accounts.change(demo_ledger, "accounts", fixed) == []
    mail_accounts.save_password(
        demo_ledger, mail_accounts.get(demo_ledger, "accounts"), OTHER_PASSWORD
    )
    assert mail_account.deliver(demo_ledger).sent == 1
    assert [m.rcpt_tos for m in other.received] == [("jaan@example.com",)]

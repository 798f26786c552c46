"""An OAuth2 sending account end to end: ``account login`` (browser or device code) against a
real authorization server of ours on loopback, delivery with its token through a real aiosmtpd
that checks it, and a revoked sign-in that pauses the account (SIGN_IN_NEEDED) until it signs
in again."""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ledgerpost.cli.main import main
from ledgerpost.domain.mail_accounts import AccountState, MailAccount
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.smtp import AuthMethod
from ledgerpost.mail.oauth_sign_in import DeviceCode
from ledgerpost.services import account_sign_in, mail_account, mail_accounts, outbox
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, queue
from tests.helpers.certificates import make_certificate
from tests.helpers.mail_queue import connect, posted_invoices
from tests.helpers.memory_keyring import MemoryKeyring, memory_keyring
from tests.helpers.oauth_server import OAuthTestServer, browser
from tests.helpers.smtp_server import TEST_USER, SmtpTestServer

Factory = Callable[..., SmtpTestServer]


@pytest.fixture
def keyring_backend() -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        yield backend


@pytest.fixture
def oauth_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[OAuthTestServer]:
    certificate = make_certificate(tmp_path / "oauth-ca")
    # The program trusts the system's certificates for the provider: here, the tests' own CA.
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.ca_file))
    with OAuthTestServer(certificate) as server:
        yield server


def _oauth_account(
    ledger: Ledger, factory: Factory, oauth_server: OAuthTestServer
) -> SmtpTestServer:
    server = factory(starttls=True, user=TEST_USER, oauth=oauth_server)
    smtp = server.settings(auth=AuthMethod.OAUTH2, from_address="sales@example.com")
    account = MailAccount("sales", "custom", smtp, oauth=oauth_server.client())
    assert mail_accounts.add(ledger, account) == []
    return server


def test_an_oauth2_account_signs_in_and_delivers_with_its_token(
    demo_ledger: Ledger,
    smtp_server_factory: Factory,
    oauth_server: OAuthTestServer,
    keyring_backend: MemoryKeyring,
) -> None:
    smtp = _oauth_account(demo_ledger, smtp_server_factory, oauth_server)
    sales = mail_accounts.get(demo_ledger, "sales")
    assert not mail_accounts.signed_in(demo_ledger, sales)
    kept = account_sign_in.sign_in(demo_ledger, "sales", open_browser=browser(oauth_server))
    assert kept.in_keyring and mail_accounts.signed_in(demo_ledger, sales)
    assert list(keyring_backend.entries) == [
        (mail_accounts.PASSWORDS.service, mail_accounts.token_key(demo_ledger, sales))
    ]

    invoice = posted_invoices(demo_ledger)[0]
    result = queue(demo_ledger, SendRequest(document_id=invoice, to="mari@example.com"))
    assert result.outbox_id is not None and result.preflight.account == "sales"
    assert mail_account.deliver(demo_ledger).sent == 1
    assert smtp.auth_attempts == [("XOAUTH2", TEST_USER)]
    assert smtp.received[0].mail_from == "sales@example.com"


def test_a_revoked_sign_in_pauses_the_account_until_it_signs_in_again(
    demo_ledger: Ledger,
    smtp_server_factory: Factory,
    oauth_server: OAuthTestServer,
    keyring_backend: MemoryKeyring,
) -> None:
    smtp = _oauth_account(demo_ledger, smtp_server_factory, oauth_server)
    account_sign_in.sign_in(demo_ledger, "sales", open_browser=browser(oauth_server))
    oauth_server.revoke_all()
    invoice = posted_invoices(demo_ledger)[0]
    outbox_id = queue(demo_ledger, SendRequest(document_id=invoice, to="mari@example.com"))
    report = mail_account.deliver(demo_ledger)
    assert report.sent == 0 and report.stopped_by
    sales = mail_accounts.get(demo_ledger, "sales")
    assert sales.state is AccountState.SIGN_IN_NEEDED
    (entry,) = outbox.entries(demo_ledger, None)
    assert (entry.id, entry.status, entry.attempts) == (outbox_id.outbox_id, OutboxStatus.RETRY, 0)
    again = mail_account.deliver(demo_ledger)
    assert again.handled == 0 and "needs to sign in again" in again.messages[0]

    def approve(code: DeviceCode) -> None:  # the user, on another device
        threading.Thread(target=oauth_server.approve, args=(code.user_code, TEST_USER)).start()

    account_sign_in.sign_in(demo_ledger, "sales", device=True, show=approve)
    assert mail_accounts.get(demo_ledger, "sales").ready
    assert mail_account.deliver(demo_ledger).sent == 1
    assert len(smtp.received) == 1


def test_account_login_refuses_a_password_account(
    demo_ledger: Ledger,
    demo_url: str,
    smtp_server: SmtpTestServer,
    keyring_backend: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    connect(demo_ledger, smtp_server)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = main(["--db", demo_url, "account", "login", "default"])
    err = capsys.readouterr().err
    assert code == 1 and "signs in with a password, not with OAuth2" in err
    with pytest.raises(LedgerError, match="no sending account named 'nobody'"):
        account_sign_in.sign_in(demo_ledger, "nobody")


def test_the_refresh_token_is_in_no_ledger_file_log_or_backup(
    demo_ledger: Ledger,
    demo_url: str,
    smtp_server_factory: Factory,
    oauth_server: OAuthTestServer,
    keyring_backend: MemoryKeyring,
    tmp_path: Path,
) -> None:
    """Signed in, delivered and backed up: the tokens are in the keyring and nowhere else."""
    from ledgerpost.platform.logs import log_folder
    from ledgerpost.services import backup

    _oauth_account(demo_ledger, smtp_server_factory, oauth_server)
    account_sign_in.sign_in(demo_ledger, "sales", open_browser=browser(oauth_server))
    invoice = posted_invoices(demo_ledger)[0]
    queue(demo_ledger, SendRequest(document_id=invoice, to="mari@example.com"))
    assert mail_account.deliver(demo_ledger).sent == 1
    copy = backup.backup(demo_ledger, tmp_path / "after-sign-in.ledgerpost").path
    secrets = [*oauth_server.issued_refresh_tokens, *oauth_server.access_tokens]
    assert (
        secrets
        and list(keyring_backend.entries.values()) == oauth_server.issued_refresh_tokens[-1:]
    )
    files = [Path(demo_url), *Path(demo_url).parent.glob("*.sqlite3-wal"), copy]
    files += [p for p in log_folder().rglob("*") if p.is_file()]
    for path in files:
        data = path.read_bytes()
        assert not any(token.encode() in data for token in secrets), path

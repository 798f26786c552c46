"""Sending with an OAuth2 account: XOAUTH2 / OAUTHBEARER through STARTTLS to a real aiosmtpd
that checks the tokens a real authorization server of ours issued; the refresh token only in
the keyring; and Microsoft 365's refusals told plainly."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ledgerpost.domain.smtp import AuthMethod
from ledgerpost.mail import errors
from ledgerpost.mail.oauth_tokens import TokenSource, account_tokens
from ledgerpost.mail.secrets import SERVICE, PasswordStore, token_key
from ledgerpost.mail.transport import SmtpTransport
from tests.helpers.certificates import make_certificate
from tests.helpers.memory_keyring import MemoryKeyring, memory_keyring
from tests.helpers.oauth_server import OAuthTestServer, browser
from tests.helpers.smtp_server import TEST_PASSWORD, TEST_USER, SmtpTestServer

Factory = Callable[..., SmtpTestServer]
LEDGER, ACCOUNT = "ledger-1", "Sales"
MESSAGE = b"From: bookkeeper@example.com\r\nTo: mari@example.com\r\nSubject: Hi\r\n\r\nHello\r\n"


@pytest.fixture
def keyring_backend() -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        yield backend


@pytest.fixture
def oauth_server(tmp_path: Path) -> Iterator[OAuthTestServer]:
    with OAuthTestServer(make_certificate(tmp_path / "oauth-ca")) as server:
        yield server


def signed_in(server: OAuthTestServer, user: str = TEST_USER) -> TokenSource:
    """An account's token source after a browser sign-in as ``user``."""
    source = account_tokens(
        server.client(), LEDGER, ACCOUNT, TEST_USER, store=PasswordStore(), tls=server.tls()
    )
    tokens = source.sign_in.with_browser(login_hint=user, open_browser=browser(server))
    source.keep(tokens)
    return source


def oauth_smtp(
    factory: Factory, oauth_server: OAuthTestServer, **options: object
) -> SmtpTestServer:
    return factory(starttls=True, user=TEST_USER, oauth=oauth_server, **options)


def send(server: SmtpTestServer, secret: object) -> None:
    settings = server.settings(auth=AuthMethod.OAUTH2)
    with SmtpTransport(settings, secret) as transport:  # type: ignore[arg-type]
        transport.send(TEST_USER, ["mari@example.com"], MESSAGE)


def test_send_with_xoauth2_through_starttls(
    smtp_server_factory: Factory, oauth_server: OAuthTestServer, keyring_backend: MemoryKeyring
) -> None:
    smtp = oauth_smtp(smtp_server_factory, oauth_server)
    source = signed_in(oauth_server)
    send(smtp, source)
    assert len(smtp.received) == 1 and smtp.auth_attempts == [("XOAUTH2", TEST_USER)]
    assert source.refreshes == 0  # the sign-in's access token was used


def test_oauthbearer_where_the_server_offers_only_it(
    smtp_server_factory: Factory, oauth_server: OAuthTestServer, keyring_backend: MemoryKeyring
) -> None:
    smtp = oauth_smtp(smtp_server_factory, oauth_server, oauth_mechanisms=("OAUTHBEARER",))
    send(smtp, signed_in(oauth_server))
    assert len(smtp.received) == 1 and smtp.auth_attempts == [("OAUTHBEARER", TEST_USER)]


@pytest.mark.parametrize("google", [False, True], ids=["microsoft-535", "google-334-json"])
def test_an_expired_token_is_refreshed_once_and_the_send_succeeds(
    smtp_server_factory: Factory,
    oauth_server: OAuthTestServer,
    keyring_backend: MemoryKeyring,
    google: bool,
) -> None:
    smtp = oauth_smtp(smtp_server_factory, oauth_server, google_challenge=google)
    source = signed_in(oauth_server)
    first_refresh_token = keyring_backend.entries[(SERVICE, token_key(LEDGER, ACCOUNT))]
    oauth_server.expire_access_tokens()  # the server's clock says so; ours does not know yet

    send(smtp, source)

    assert len(smtp.received) == 1 and source.refreshes == 1
    assert smtp.auth_attempts == [("XOAUTH2", TEST_USER)] * 2
    rotated = keyring_backend.entries[(SERVICE, token_key(LEDGER, ACCOUNT))]
    assert rotated != first_refresh_token and rotated in oauth_server.refresh_tokens


def test_a_short_lived_token_is_refreshed_before_use_once_it_has_expired(
    smtp_server_factory: Factory, oauth_server: OAuthTestServer, keyring_backend: MemoryKeyring
) -> None:
    oauth_server.access_lifetime = 2.0
    smtp = oauth_smtp(smtp_server_factory, oauth_server)
    source = signed_in(oauth_server)
    first = source.access_token()
    deadline = time.monotonic() + 60
    while oauth_server.valid_access(TEST_USER, first) and time.monotonic() < deadline:
        time.sleep(0.2)  # wait for the expiry rather than race it
    send(smtp, source)
    assert len(smtp.received) == 1 and source.refreshes >= 1
    assert source.access_token() != first


def test_a_revoked_refresh_token_means_the_account_must_sign_in_again(
    smtp_server_factory: Factory, oauth_server: OAuthTestServer, keyring_backend: MemoryKeyring
) -> None:
    smtp = oauth_smtp(smtp_server_factory, oauth_server)
    source = signed_in(oauth_server)
    oauth_server.revoke_all(TEST_USER)
    oauth_server.expire_access_tokens()
    with pytest.raises(errors.SignInNeeded) as needed:
        send(smtp, source)
    assert not needed.value.retryable and "must sign in again" in str(needed.value)
    assert smtp.received == []


def test_a_fresh_token_for_another_mailbox_is_refused_after_one_refresh(
    smtp_server_factory: Factory, oauth_server: OAuthTestServer, keyring_backend: MemoryKeyring
) -> None:
    smtp = oauth_smtp(smtp_server_factory, oauth_server)
    source = signed_in(oauth_server, user="someone.else@example.com")
    with pytest.raises(errors.TokenRefused) as refused:
        send(smtp, source)
    assert refused.value.reply_code == 535 and source.refreshes == 1


def test_an_oauth_account_without_a_sign_in_is_told_to_sign_in(
    smtp_server_factory: Factory, oauth_server: OAuthTestServer, keyring_backend: MemoryKeyring
) -> None:
    smtp = oauth_smtp(smtp_server_factory, oauth_server)
    with pytest.raises(errors.SignInNeeded):
        send(smtp, None)
    never_signed_in = account_tokens(oauth_server.client(), LEDGER, "Other", TEST_USER)
    with pytest.raises(errors.SignInNeeded):
        send(smtp, never_signed_in)


def test_the_refresh_token_is_only_in_the_keyring(
    smtp_server_factory: Factory,
    oauth_server: OAuthTestServer,
    keyring_backend: MemoryKeyring,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    smtp = oauth_smtp(smtp_server_factory, oauth_server)
    source = signed_in(oauth_server)
    oauth_server.expire_access_tokens()
    send(smtp, source)  # with a refresh, so that two refresh tokens have been through

    out, err = capfd.readouterr()
    issued = oauth_server.issued_refresh_tokens
    assert len(issued) == 2
    assert keyring_backend.entries == {(SERVICE, token_key(LEDGER, ACCOUNT)): issued[-1]}
    shown = caplog.text + out + err + repr(source) + repr(source.store)
    access = list(oauth_server.access_tokens)
    assert not any(token in shown for token in [*issued, *access])


# --- Microsoft 365's refusals ------------------------------------------------------------------


def test_basic_auth_turned_off_says_to_use_microsoft_365_sign_in(
    smtp_server_factory: Factory,
) -> None:
    refusal = "550 5.7.30 Basic authentication is not supported for Client Submission"
    smtp = smtp_server_factory(
        starttls=True, user=TEST_USER, password=TEST_PASSWORD, auth_refusal=refusal
    )
    with (
        pytest.raises(errors.BasicAuthDisabled) as disabled,
        SmtpTransport(smtp.settings(), TEST_PASSWORD) as transport,
    ):
        transport.send(TEST_USER, ["mari@example.com"], MESSAGE)
    assert isinstance(disabled.value, errors.AuthenticationFailed)
    assert "Microsoft 365 sign-in (OAuth2)" in str(disabled.value)
    assert TEST_PASSWORD not in str(disabled.value)


@pytest.mark.parametrize("at", ["mail", "data"])
def test_send_as_denied_says_to_change_the_from_address(
    smtp_server_factory: Factory, at: str
) -> None:
    smtp = smtp_server_factory(starttls=True, user=TEST_USER, password=TEST_PASSWORD)
    smtp.fail_next(
        554,
        at=at,  # type: ignore[arg-type]
        text="5.2.252 SendAsDenied; bookkeeper@example.com not allowed to send as "
        "boss@example.com; STOREDRV.Submission.Exception:SendAsDeniedException."
        "MapiExceptionSendAsDenied",
    )
    with (
        pytest.raises(errors.SendAsDenied) as denied,
        SmtpTransport(smtp.settings(), TEST_PASSWORD) as transport,
    ):
        transport.send("boss@example.com", ["mari@example.com"], MESSAGE)
    assert isinstance(denied.value, errors.PermanentReply) and not denied.value.retryable
    assert "change the From address" in str(denied.value)

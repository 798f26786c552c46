"""The pure parts of OAuth2 sign-in: the SASL initial responses, what a token value shows, when
a token source refreshes (on a clock of the test's own), and the errors' retry flags."""

from __future__ import annotations

import base64
from collections.abc import Iterator

import keyring
import keyring.backends.fail
import pytest

from ledgerpost.domain.mail_accounts import OAuthClient
from ledgerpost.mail import errors
from ledgerpost.mail.oauth_http import Tokens
from ledgerpost.mail.oauth_sasl import AccessTokens, mechanism, oauthbearer, xoauth2
from ledgerpost.mail.oauth_sign_in import SignIn
from ledgerpost.mail.oauth_tokens import TokenSource
from ledgerpost.mail.secrets import PasswordStore, token_key

CLIENT = OAuthClient("id", "https://login.test/authorize", "https://login.test/token")


def test_xoauth2_is_user_and_bearer_token_between_ctrl_a() -> None:
    blob = base64.b64decode(xoauth2("mari@example.com", "tok"))
    assert blob == b"user=mari@example.com\x01auth=Bearer tok\x01\x01"


def test_oauthbearer_escapes_the_user_and_names_host_and_port() -> None:
    blob = base64.b64decode(oauthbearer("a=b,c@example.com", "tok", "smtp.test", 587))
    assert blob == (
        b"n,a=a=3Db=2Cc@example.com,\x01host=smtp.test\x01port=587\x01auth=Bearer tok\x01\x01"
    )


def test_xoauth2_is_chosen_over_oauthbearer_and_neither_is_an_error() -> None:
    assert mechanism(["LOGIN", "OAUTHBEARER", "XOAUTH2"], "h") == "XOAUTH2"
    assert mechanism(["OAUTHBEARER"], "h") == "OAUTHBEARER"
    with pytest.raises(errors.OAuthNotOffered):
        mechanism(["PLAIN", "LOGIN"], "h")


def test_tokens_never_show_their_secrets() -> None:
    tokens = Tokens("access-secret", 3600, "refresh-secret", "SMTP.Send")
    assert "secret" not in repr(tokens) and "secret" not in str(tokens)


def test_retry_flags_of_the_sign_in_errors() -> None:
    assert errors.ProviderUnreachable("login.test", "refused").retryable
    for error in (
        errors.SignInNeeded("mari@example.com"),
        errors.ProviderRefused("invalid_client", "AADSTS700016: Application not found"),
        errors.SignInCancelled(),
        errors.TokenRefused("mari@example.com", 535, "5.7.3 Authentication unsuccessful"),
    ):
        assert not error.retryable
    refused = errors.ProviderRefused("invalid_client", "AADSTS700016: Application not found")
    assert "AADSTS700016: Application not found" in str(refused)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class CountingSignIn(SignIn):
    """A SignIn whose refresh is the test's own: new tokens numbered, no network."""

    def __init__(self) -> None:
        super().__init__(CLIENT)
        self.count = 0

    def refresh(self, refresh_token: str, *, user: str = "") -> Tokens:
        self.count += 1
        return Tokens(f"access-{self.count}", 600, f"refresh-{self.count}")


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_a_token_source_refreshes_a_minute_before_expiry_and_keeps_the_rotation(
    no_keyring: None,
) -> None:
    clock, flow, store = Clock(), CountingSignIn(), PasswordStore()
    source = TokenSource(flow, store, token_key("l", "a"), user="u", clock=clock)
    assert isinstance(source, AccessTokens)
    result = source.keep(Tokens("access-0", 600, "refresh-0"))
    assert not result.in_keyring  # no keyring here: this session's memory only

    assert source.access_token() == "access-0"
    clock.now += 539
    assert source.access_token() == "access-0"
    clock.now += 2  # within the last minute
    assert source.access_token() == "access-1" and store.load(token_key("l", "a")) == "refresh-1"
    assert source.force_refresh() == "access-2" and flow.count == 2
    assert "access" not in repr(source) and "refresh-" not in repr(source)


def test_a_token_source_without_a_refresh_token_says_sign_in(no_keyring: None) -> None:
    source = TokenSource(CountingSignIn(), PasswordStore(), "k", user="mari@example.com")
    assert not source.signed_in
    with pytest.raises(errors.SignInNeeded):
        source.access_token()

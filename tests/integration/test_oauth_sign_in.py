"""OAuth2 sign-in against a real authorization server of the tests' own on loopback (https):
the browser flow with PKCE and a loopback redirect, the device flow, refresh and revocation."""

from __future__ import annotations

import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from ledgerpost.mail import errors
from ledgerpost.mail.oauth_loopback import LoopbackRedirect
from ledgerpost.mail.oauth_sign_in import DeviceCode, SignIn
from tests.helpers.certificates import make_certificate
from tests.helpers.oauth_server import BAD_VERIFIER, REFRESH_EXPIRED, OAuthTestServer, browser

USER = "bookkeeper@example.com"


@pytest.fixture
def oauth_server(tmp_path: Path) -> Iterator[OAuthTestServer]:
    with OAuthTestServer(make_certificate(tmp_path / "oauth-ca")) as server:
        yield server


def sign_in(server: OAuthTestServer) -> SignIn:
    return SignIn(server.client(), tls=server.tls())


# --- the browser, PKCE and the loopback redirect ------------------------------------------------


def test_browser_sign_in_gives_tokens_for_the_hinted_user(oauth_server: OAuthTestServer) -> None:
    pages: list[str] = []
    open_page = browser(oauth_server)

    def open_browser(url: str) -> None:
        assert "code_challenge_method=S256" in url and "client_secret" not in url
        pages.append(open_page(url))

    tokens = sign_in(oauth_server).with_browser(login_hint=USER, open_browser=open_browser)

    assert "You may close this window" in pages[0]
    assert oauth_server.refresh_tokens[tokens.refresh_token] == USER
    assert oauth_server.valid_access(USER, tokens.access_token)
    assert tokens.access_token not in repr(tokens) and tokens.refresh_token not in repr(tokens)


def test_a_wrong_pkce_verifier_is_refused(oauth_server: OAuthTestServer) -> None:
    """The server checks the verifier against the challenge of /authorize: one that does not
    match is refused with the provider's own words."""
    url_seen: list[str] = []

    def open_browser(url: str) -> None:
        url_seen.append(url)
        # A code obtained by someone else, for another challenge: the verifier cannot match.
        forged = url.replace("code_challenge=", "code_challenge=x")
        browser(oauth_server)(forged)

    with pytest.raises(errors.ProviderRefused) as refused:
        sign_in(oauth_server).with_browser(open_browser=open_browser)
    assert refused.value.error == "invalid_grant"
    assert refused.value.description == BAD_VERIFIER
    assert "AADSTS501481" in str(refused.value)


def test_the_user_saying_no_is_the_providers_refusal(oauth_server: OAuthTestServer) -> None:
    oauth_server.deny_next()
    with pytest.raises(errors.ProviderRefused) as refused:
        sign_in(oauth_server).with_browser(open_browser=browser(oauth_server))
    assert refused.value.error == "access_denied"


def test_cancel_ends_the_wait_for_the_browser(oauth_server: OAuthTestServer) -> None:
    cancel = threading.Event()
    with pytest.raises(errors.SignInCancelled):
        sign_in(oauth_server).with_browser(open_browser=lambda url: cancel.set(), cancel=cancel)


def test_no_browser_here_is_said_at_once(oauth_server: OAuthTestServer) -> None:
    with pytest.raises(errors.NoBrowser):
        sign_in(oauth_server).with_browser(open_browser=lambda url: False)


def test_no_redirect_in_time_is_a_timeout(oauth_server: OAuthTestServer) -> None:
    with pytest.raises(errors.SignInTimedOut):
        sign_in(oauth_server).with_browser(open_browser=lambda url: None, wait_seconds=0.5)


def test_the_listener_takes_only_the_redirect_with_its_state() -> None:
    with LoopbackRedirect("right-state") as listener:
        base = listener.redirect_uri
        for url, status in ((f"{base}favicon.ico", 404), (f"{base}?code=x&state=wrong", 400)):
            with pytest.raises(urllib.error.HTTPError) as answer:
                urllib.request.urlopen(url, timeout=60)
            assert answer.value.code == status
        with urllib.request.urlopen(f"{base}?code=c1&state=right-state", timeout=60) as page:
            assert b"You may close this window" in page.read()
        assert listener.wait(60) == {"code": "c1", "state": "right-state"}


def test_an_idle_connection_does_not_hold_up_the_redirect() -> None:
    """Browsers open connections ahead that may send nothing; the redirect still gets in."""
    with LoopbackRedirect("s") as listener:
        port = int(listener.redirect_uri.rsplit(":", 1)[1].strip("/"))
        with socket.create_connection(("127.0.0.1", port), timeout=60):
            url = f"{listener.redirect_uri}?code=c&state=s"
            with urllib.request.urlopen(url, timeout=60) as page:
                assert page.status == 200
            assert listener.wait(60)["code"] == "c"


# --- the device code -----------------------------------------------------------------------------


def test_device_sign_in_polls_until_the_user_approves(oauth_server: OAuthTestServer) -> None:
    shown: list[DeviceCode] = []

    def show(code: DeviceCode) -> None:
        shown.append(code)
        threading.Timer(1.5, oauth_server.approve, (code.user_code, USER)).start()

    tokens = sign_in(oauth_server).with_device_code(show)

    assert shown[0].verification_uri.endswith("/verify") and shown[0].user_code
    assert shown[0].device_code not in repr(shown[0])
    assert oauth_server.refresh_tokens[tokens.refresh_token] == USER
    assert oauth_server.token_requests.count("urn:ietf:params:oauth:grant-type:device_code") >= 2


@pytest.mark.slow
def test_device_sign_in_slows_down_when_told(oauth_server: OAuthTestServer) -> None:
    """After slow_down each poll waits five seconds longer (RFC 8628 3.5)."""
    oauth_server.slow_down_first = True
    started = time.monotonic()
    sign_in(oauth_server).with_device_code(lambda code: oauth_server.approve(code.user_code))
    assert time.monotonic() - started >= 1 + 6  # the first interval, then 1 + 5
    assert oauth_server.token_requests.count("urn:ietf:params:oauth:grant-type:device_code") == 2


def test_device_sign_in_denied_is_refused(oauth_server: OAuthTestServer) -> None:
    def show(code: DeviceCode) -> None:
        oauth_server.approve(code.user_code, deny=True)

    with pytest.raises(errors.ProviderRefused) as refused:
        sign_in(oauth_server).with_device_code(show)
    assert refused.value.error == "access_denied"


def test_device_sign_in_can_be_cancelled(oauth_server: OAuthTestServer) -> None:
    cancel = threading.Event()
    with pytest.raises(errors.SignInCancelled):
        sign_in(oauth_server).with_device_code(lambda code: cancel.set(), cancel=cancel)


# --- refresh and revocation ----------------------------------------------------------------------


def _signed_in(server: OAuthTestServer) -> tuple[SignIn, str]:
    flow = sign_in(server)
    return flow, flow.with_browser(open_browser=browser(server)).refresh_token


def test_refresh_keeps_the_rotated_refresh_token(oauth_server: OAuthTestServer) -> None:
    flow, first = _signed_in(oauth_server)
    tokens = flow.refresh(first, user=USER)
    assert tokens.refresh_token != first and tokens.refresh_token in oauth_server.refresh_tokens
    assert first not in oauth_server.refresh_tokens  # rotation: the old one is spent


def test_refresh_without_rotation_keeps_the_old_refresh_token(
    oauth_server: OAuthTestServer,
) -> None:
    oauth_server.rotate = False
    flow, first = _signed_in(oauth_server)
    assert flow.refresh(first, user=USER).refresh_token == first


def test_a_revoked_refresh_token_means_sign_in_needed(oauth_server: OAuthTestServer) -> None:
    flow, refresh_token = _signed_in(oauth_server)
    assert flow.revoke(refresh_token)
    with pytest.raises(errors.SignInNeeded) as needed:
        flow.refresh(refresh_token, user=USER)
    assert not needed.value.retryable
    assert needed.value.detail == REFRESH_EXPIRED and USER in str(needed.value)
    assert refresh_token not in str(needed.value) and refresh_token not in repr(needed.value)


def test_plain_http_endpoints_are_refused_before_any_token_goes(
    oauth_server: OAuthTestServer,
) -> None:
    plain = oauth_server.base_url.replace("https://", "http://")
    flow = SignIn(oauth_server.client(token_url=f"{plain}/token"), tls=oauth_server.tls())
    with pytest.raises(errors.NotHttps):
        flow.refresh("a-refresh-token")


def test_an_unreachable_provider_is_worth_a_retry(oauth_server: OAuthTestServer) -> None:
    flow = sign_in(oauth_server)
    oauth_server.stop()
    with pytest.raises(errors.ProviderUnreachable) as unreachable:
        flow.refresh("a-refresh-token")
    assert unreachable.value.retryable

"""Signing a sending account in with OAuth2 as a desktop public client (no client secret).

Two ways, both giving :class:`~ledgerpost.mail.oauth_http.Tokens`:

- :meth:`SignIn.with_browser`: the authorization code with PKCE (RFC 7636, S256) through the
  system browser and a loopback redirect (RFC 8252 7.3);
- :meth:`SignIn.with_device_code`: the device authorization grant (RFC 8628), for the command
  line or where no browser can be opened here.

Then :meth:`SignIn.refresh` (keeping a rotated refresh token) and :meth:`SignIn.revoke`
(RFC 7009). oauthlib makes the requests' parameters; the client id, endpoints and scopes are the
account's (``OAuthClient``), never ours.
"""

from __future__ import annotations

import secrets
import ssl
import threading
import time
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from oauthlib.oauth2 import DeviceClient, WebApplicationClient
from oauthlib.oauth2.rfc6749.errors import InsecureTransportError

from ledgerpost.domain.mail_accounts import OAuthClient
from ledgerpost.mail import errors
from ledgerpost.mail.oauth_http import (
    Refusal,
    Tokens,
    post_form,
    refusal_of,
    require_https,
    tokens_from,
)
from ledgerpost.mail.oauth_loopback import LoopbackRedirect

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
SLOW_DOWN_SECONDS = 5.0
"""RFC 8628 3.5: after ``slow_down`` every later poll waits this much longer."""


@dataclass(frozen=True, slots=True)
class DeviceCode:
    """What to show the user of a device sign-in: open ``verification_uri`` anywhere and enter
    ``user_code`` (or open ``verification_uri_complete``, which carries the code)."""

    user_code: str
    verification_uri: str
    verification_uri_complete: str
    expires_in: float
    interval: float
    device_code: str = field(repr=False)


class SignIn:
    """The sign-in flows, refresh and revocation for one ``OAuthClient``.

    ``tls`` is the context for the provider's https (the system's certificates when None);
    ``timeout`` bounds each HTTP request.
    """

    def __init__(
        self, client: OAuthClient, *, tls: ssl.SSLContext | None = None, timeout: float = 30.0
    ) -> None:
        self.client = client
        self.tls = tls
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"SignIn({self.client.client_id!r}, {self.client.token_url!r})"

    def _post(self, url: str, fields: dict[str, str] | str) -> dict[str, Any]:
        return post_form(url, fields, tls=self.tls, timeout=self.timeout)

    def _token(self, body: str) -> Tokens:
        """The tokens the token endpoint gives for ``body``; raises Refusal."""
        return tokens_from(self._post(self.client.token_url, body))

    # --- the browser -----------------------------------------------------------------------------

    def with_browser(
        self,
        *,
        login_hint: str = "",
        open_browser: Callable[[str], object] = webbrowser.open,
        cancel: threading.Event | None = None,
        wait_seconds: float = 600.0,
    ) -> Tokens:
        """Open the provider's sign-in page with ``open_browser`` (the system browser), take
        its redirect on loopback and trade the code for tokens. Raises NoBrowser (when
        ``open_browser`` says False), SignInCancelled, SignInTimedOut, ProviderRefused or
        ProviderUnreachable."""
        oauth = WebApplicationClient(self.client.client_id)
        verifier = oauth.create_code_verifier(64)
        state = secrets.token_urlsafe(24)
        extra = {"login_hint": login_hint} if login_hint else {}
        with LoopbackRedirect(state) as listener:
            redirect_uri = listener.redirect_uri
            require_https(self.client.authorize_url)
            try:
                url = oauth.prepare_request_uri(
                    self.client.authorize_url,
                    redirect_uri=redirect_uri,
                    scope=list(self.client.scopes),
                    state=state,
                    code_challenge=oauth.create_code_challenge(verifier, "S256"),
                    code_challenge_method="S256",
                    **extra,
                )
            except InsecureTransportError:
                raise errors.NotHttps(self.client.authorize_url) from None
            if open_browser(url) is False:  # webbrowser.open found no browser
                raise errors.NoBrowser()
            answer = listener.wait(wait_seconds, cancel)
        if "error" in answer or "code" not in answer:
            error = answer.get("error") or "invalid_request"
            raise errors.ProviderRefused(error, answer.get("error_description", ""))
        body = oauth.prepare_request_body(
            code=answer["code"],
            redirect_uri=redirect_uri,
            include_client_id=True,
            code_verifier=verifier,
        )
        try:
            return self._token(body)
        except Refusal as refusal:
            raise refusal.as_mail_error() from None

    # --- a device code ---------------------------------------------------------------------------

    def start_device_code(self) -> DeviceCode:
        """Ask the provider for a user code (RFC 8628 3.1-3.2)."""
        if not self.client.device_url:
            raise errors.ProviderRefused("unsupported_grant_type", "no device sign-in address")
        fields = {"client_id": self.client.client_id, "scope": " ".join(self.client.scopes)}
        answer = self._post(self.client.device_url, fields)
        refused = refusal_of(answer)
        if refused is not None:
            raise refused.as_mail_error()
        try:
            return DeviceCode(
                user_code=str(answer["user_code"]),
                # Google's answer says verification_url.
                verification_uri=str(answer.get("verification_uri") or answer["verification_url"]),
                verification_uri_complete=str(answer.get("verification_uri_complete") or ""),
                expires_in=float(answer.get("expires_in") or 900),
                interval=float(answer.get("interval") or 5),
                device_code=str(answer["device_code"]),
            )
        except (KeyError, ValueError, TypeError):
            raise errors.ProviderRefused("invalid_response", "not a device code answer") from None

    def with_device_code(
        self,
        show: Callable[[DeviceCode], object],
        *,
        cancel: threading.Event | None = None,
    ) -> Tokens:
        """Get a user code, give it to ``show`` (print it, put it in a dialog) and poll the
        token endpoint until the user has approved, honouring ``interval`` and ``slow_down``.
        Raises SignInCancelled, SignInTimedOut (``expired_token``), ProviderRefused
        (``access_denied`` and the rest) or ProviderUnreachable."""
        code = self.start_device_code()
        show(code)
        oauth = DeviceClient(self.client.client_id)
        body = oauth.prepare_request_body(code.device_code, include_client_id=True)
        interval, deadline = code.interval, time.monotonic() + code.expires_in
        stop = cancel or threading.Event()
        while True:
            if stop.wait(interval):
                raise errors.SignInCancelled()
            try:
                return self._token(body)
            except Refusal as refusal:
                if refusal.error == "slow_down":
                    interval += SLOW_DOWN_SECONDS
                elif refusal.error == "expired_token":
                    raise errors.SignInTimedOut(code.expires_in) from None
                elif refusal.error != "authorization_pending":
                    raise refusal.as_mail_error() from None
            if time.monotonic() >= deadline:
                raise errors.SignInTimedOut(code.expires_in)

    # --- afterwards ------------------------------------------------------------------------------

    def refresh(self, refresh_token: str, *, user: str = "") -> Tokens:
        """New tokens for a refresh token; the answer's ``refresh_token`` is the rotated one,
        or the one given when the provider sent none. Raises SignInNeeded when the provider
        says ``invalid_grant`` (revoked, expired, or the password changed)."""
        oauth = WebApplicationClient(self.client.client_id)
        body = oauth.prepare_refresh_body(
            refresh_token=refresh_token,
            scope=list(self.client.scopes),
            client_id=self.client.client_id,
        )
        try:
            tokens = self._token(body)
        except Refusal as refusal:
            if refusal.error == "invalid_grant":
                raise errors.SignInNeeded(user, refusal.description) from None
            raise refusal.as_mail_error() from None
        if not tokens.refresh_token:
            return Tokens(tokens.access_token, tokens.expires_in, refresh_token, tokens.scope)
        return tokens

    def revoke(
        self, token: str, hint: Literal["access_token", "refresh_token"] = "refresh_token"
    ) -> bool:
        """Ask the provider to revoke ``token`` (RFC 7009); False when it has no revocation
        address. A token the provider does not know counts as revoked."""
        if not self.client.revoke_url:
            return False
        oauth = WebApplicationClient(self.client.client_id)
        try:
            _, _, body = oauth.prepare_token_revocation_request(
                self.client.revoke_url, token, token_type_hint=hint, client_id=oauth.client_id
            )
        except InsecureTransportError:
            raise errors.NotHttps(self.client.revoke_url) from None
        refused = refusal_of(self._post(self.client.revoke_url, body))
        if refused is not None and refused.error != "invalid_token":
            raise refused.as_mail_error()
        return True

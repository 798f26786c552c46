"""A real OAuth2 authorization server on loopback for tests: https with the tests' own CA.

- ``GET /authorize``: approves at once (as ``login_hint``, else ``default_user``) and redirects
  to the loopback ``redirect_uri`` with ``code`` and ``state``; ``deny_next()`` makes it answer
  ``error=access_denied`` instead.
- ``POST /token``: ``authorization_code`` (PKCE S256 checked: a wrong verifier is refused),
  ``refresh_token`` (rotated when ``rotate``), and the device code grant.
- ``POST /device``: a device authorization; :meth:`OAuthTestServer.approve` is the user.
- ``POST /revoke``: RFC 7009.

Access tokens live ``access_lifetime`` seconds. Every token issued is recorded; the SMTP test
server asks :meth:`OAuthTestServer.valid_access` whether one may sign in.
"""

from __future__ import annotations

import base64
import hashlib
import http.server
import json
import secrets
import ssl
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ledgerpost.domain.mail_accounts import OAuthClient
from tests.helpers.certificates import HOST, TestCertificate

CLIENT_ID = "ledgerpost-test-client"
SCOPE = "https://mail.test/SMTP.Send offline_access"
BAD_VERIFIER = (
    "AADSTS501481: The Code_Verifier does not match the code_challenge supplied in the "
    "authorization request."
)
REFRESH_EXPIRED = "AADSTS700082: The refresh token has expired due to inactivity."


@dataclass
class _Code:
    user: str
    challenge: str
    redirect_uri: str


@dataclass
class _Device:
    user_code: str
    expires_at: float
    user: str = ""
    denied: bool = False
    polls: int = 0


class OAuthTestServer:
    """Start with :meth:`start` (or ``with``); :meth:`client` gives the matching OAuthClient."""

    def __init__(
        self,
        certificate: TestCertificate,
        *,
        access_lifetime: float = 3600.0,
        default_user: str = "bookkeeper@example.com",
        rotate: bool = True,
        device_interval: int = 1,
    ) -> None:
        self.certificate = certificate
        self.access_lifetime = access_lifetime
        self.default_user = default_user
        self.rotate = rotate
        self.device_interval = device_interval
        self.lock = threading.Lock()
        self.access_tokens: dict[str, tuple[str, float]] = {}
        """Every access token issued: its user and when it expires (time.monotonic)."""
        self.refresh_tokens: dict[str, str] = {}
        """Every refresh token still good, and its user."""
        self.issued_refresh_tokens: list[str] = []
        self.token_requests: list[str] = []
        """The grant_type of every token request, in order."""
        self._codes: dict[str, _Code] = {}
        self._devices: dict[str, _Device] = {}
        self._deny = False
        self.slow_down_first = False
        """Answer each device code's first poll with ``slow_down`` (RFC 8628 3.5)."""
        self._http: http.server.ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle -------------------------------------------------------------------------------

    def start(self) -> OAuthTestServer:
        server = http.server.ThreadingHTTPServer((HOST, 0), _Handler)
        server.daemon_threads = True
        server.socket = self.certificate.server_context().wrap_socket(
            server.socket, server_side=True
        )
        server.owner = self  # type: ignore[attr-defined]
        self._http = server
        self._thread = threading.Thread(target=server.serve_forever, name="oauth-test-server")
        self._thread.daemon = True
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._http = self._http, None
        if server is not None:
            server.shutdown()
            server.server_close()

    def __enter__(self) -> OAuthTestServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        assert self._http is not None, "start the server first"
        return f"https://{HOST}:{self._http.server_address[1]}"

    def client(self, **overrides: Any) -> OAuthClient:
        values: dict[str, Any] = {
            "client_id": CLIENT_ID,
            "authorize_url": f"{self.base_url}/authorize",
            "token_url": f"{self.base_url}/token",
            "device_url": f"{self.base_url}/device",
            "scopes": tuple(SCOPE.split()),
            "revoke_url": f"{self.base_url}/revoke",
        }
        values.update(overrides)
        return OAuthClient(**values)

    def tls(self) -> ssl.SSLContext:
        """A client context that trusts this server's CA."""
        return ssl.create_default_context(cafile=str(self.certificate.ca_file))

    # --- what a test does --------------------------------------------------------------------

    def deny_next(self) -> None:
        """The next /authorize answers error=access_denied (the user said no)."""
        self._deny = True

    def approve(self, user_code: str, user: str = "", *, deny: bool = False) -> None:
        """The user enters ``user_code`` on the verification page and approves (or denies)."""
        with self.lock:
            device = next(d for d in self._devices.values() if d.user_code == user_code)
            device.user, device.denied = user or self.default_user, deny

    def revoke_all(self, user: str = "") -> None:
        """The provider revokes every refresh token of ``user`` (e.g. a password change)."""
        with self.lock:
            for token, owner in list(self.refresh_tokens.items()):
                if not user or owner == user:
                    del self.refresh_tokens[token]

    def expire_access_tokens(self) -> None:
        """Every access token issued so far is expired from now (the client does not know)."""
        with self.lock:
            for token, (user, _) in list(self.access_tokens.items()):
                self.access_tokens[token] = (user, 0.0)

    def valid_access(self, user: str, token: str) -> bool:
        with self.lock:
            known = self.access_tokens.get(token)
        return known is not None and known[0] == user and time.monotonic() < known[1]

    # --- the server's side ---------------------------------------------------------------------

    def authorize(self, query: dict[str, str]) -> str:
        """Where /authorize redirects to."""
        redirect_uri = query["redirect_uri"]
        assert redirect_uri.startswith(f"http://{HOST}:"), redirect_uri
        assert query.get("client_id") == CLIENT_ID and query.get("response_type") == "code"
        assert query.get("code_challenge_method") == "S256", "a public client must use PKCE"
        answer = {"state": query.get("state", "")}
        if self._deny:
            self._deny = False
            answer.update(error="access_denied", error_description="The user declined.")
        else:
            code = secrets.token_urlsafe(16)
            user = query.get("login_hint") or self.default_user
            with self.lock:
                self._codes[code] = _Code(user, query["code_challenge"], redirect_uri)
            answer["code"] = code
        return f"{redirect_uri}?{urllib.parse.urlencode(answer)}"

    def device(self, form: dict[str, str]) -> dict[str, Any]:
        assert form.get("client_id") == CLIENT_ID
        device_code, user_code = secrets.token_urlsafe(16), secrets.token_hex(4).upper()
        with self.lock:
            self._devices[device_code] = _Device(user_code, time.monotonic() + 600)
        return {
            "device_code": device_code,
            "user_code": user_code,
            "verification_uri": f"{self.base_url}/verify",
            "expires_in": 600,
            "interval": self.device_interval,
        }

    def token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        grant = form.get("grant_type", "")
        with self.lock:
            self.token_requests.append(grant)
            if form.get("client_id") != CLIENT_ID:
                return 401, {"error": "invalid_client"}
            if grant == "authorization_code":
                return self._code_grant(form)
            if grant == "refresh_token":
                user = self.refresh_tokens.get(form.get("refresh_token", ""))
                if user is None:
                    return 400, {"error": "invalid_grant", "error_description": REFRESH_EXPIRED}
                if self.rotate:
                    del self.refresh_tokens[form["refresh_token"]]
                    return 200, self._issue(user)
                return 200, self._issue(user, refresh=False)
            if grant == "urn:ietf:params:oauth:grant-type:device_code":
                return self._device_grant(form)
        return 400, {"error": "unsupported_grant_type"}

    def _code_grant(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        code = self._codes.pop(form.get("code", ""), None)
        if code is None or code.redirect_uri != form.get("redirect_uri"):
            return 400, {"error": "invalid_grant", "error_description": "unknown code"}
        digest = hashlib.sha256(form.get("code_verifier", "").encode("ascii")).digest()
        if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != code.challenge:
            return 400, {"error": "invalid_grant", "error_description": BAD_VERIFIER}
        return 200, self._issue(code.user)

    def _device_grant(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        device = self._devices.get(form.get("device_code", ""))
        if device is None or time.monotonic() > device.expires_at:
            return 400, {"error": "expired_token"}
        device.polls += 1
        if self.slow_down_first and device.polls == 1:
            return 400, {"error": "slow_down"}
        if device.denied:
            return 400, {"error": "access_denied", "error_description": "The user declined."}
        if not device.user:
            return 400, {"error": "authorization_pending"}
        del self._devices[form["device_code"]]
        return 200, self._issue(device.user)

    def _issue(self, user: str, *, refresh: bool = True) -> dict[str, Any]:
        access = secrets.token_urlsafe(24)
        self.access_tokens[access] = (user, time.monotonic() + self.access_lifetime)
        answer: dict[str, Any] = {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": self.access_lifetime,
            "scope": SCOPE,
        }
        if refresh:
            token = secrets.token_urlsafe(32)
            self.refresh_tokens[token] = user
            self.issued_refresh_tokens.append(token)
            answer["refresh_token"] = token
        return answer

    def revoke(self, form: dict[str, str]) -> None:
        with self.lock:
            token = form.get("token", "")
            self.refresh_tokens.pop(token, None)
            self.access_tokens.pop(token, None)


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the request lines carry codes."""

    @property
    def owner(self) -> OAuthTestServer:
        return self.server.owner  # type: ignore[attr-defined,no-any-return]

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/authorize":
            self._send(404, b"not here", "text/plain")
            return
        location = self.owner.authorize(dict(urllib.parse.parse_qsl(url.query)))
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
        path = urllib.parse.urlsplit(self.path).path
        if path == "/token":
            status, answer = self.owner.token(form)
        elif path == "/device":
            status, answer = 200, self.owner.device(form)
        elif path == "/revoke":
            self.owner.revoke(form)
            self._send(200, b"", "text/plain")
            return
        else:
            status, answer = 404, {"error": "not_found"}
        self._send(status, json.dumps(answer).encode(), "application/json")

    def _send(self, status: int, body: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)


def browser(server: OAuthTestServer) -> Callable[[str], str]:
    """A stand-in for the system browser: GET the sign-in page and follow its redirect to
    the loopback listener, as a browser would; gives the listener's page."""

    def open_page(url: str) -> str:
        with urllib.request.urlopen(url, timeout=60, context=server.tls()) as page:
            return str(page.read().decode())

    return open_page

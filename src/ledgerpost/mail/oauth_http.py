"""A provider's OAuth2 endpoints over HTTPS: a form posted, JSON read back, failures named.

Plain :mod:`urllib`; the protocol's parameters and the token response's checks are
:mod:`oauthlib`'s. Tokens never reach a log, an exception or a ``repr``.
"""

from __future__ import annotations

import json
import ssl
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Any

from oauthlib.oauth2.rfc6749.errors import OAuth2Error
from oauthlib.oauth2.rfc6749.parameters import parse_token_response

from ledgerpost.mail import errors

_HEADERS = {
    "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8",
    "Accept": "application/json",
    "User-Agent": "LedgerPost",
}


@dataclass(frozen=True, slots=True)
class Tokens:
    """What a sign-in or a refresh gave: the access token (for memory only), its lifetime in
    seconds (None when the provider did not say), and the refresh token (for the keyring)."""

    access_token: str = field(repr=False)
    expires_in: float | None = None
    refresh_token: str = field(default="", repr=False)
    scope: str = ""

    def __repr__(self) -> str:
        kept = "with" if self.refresh_token else "without"
        return f"Tokens(expires_in={self.expires_in}, {kept} refresh token, scope={self.scope!r})"


def host_of(url: str) -> str:
    return urllib.parse.urlsplit(url).hostname or url


def require_https(url: str) -> None:
    if not url.lower().startswith("https://"):
        raise errors.NotHttps(url)


def post_form(
    url: str, fields: dict[str, str] | str, *, tls: ssl.SSLContext | None, timeout: float
) -> dict[str, Any]:
    """POST ``fields`` to ``url`` and give the JSON object back, the provider's error answers
    (HTTP 400/401 with ``error``) included; raises ProviderUnreachable for the rest."""
    require_https(url)
    body = fields if isinstance(fields, str) else urllib.parse.urlencode(fields)
    request = urllib.request.Request(url, body.encode(), _HEADERS, method="POST")
    host = host_of(url)
    try:
        with urllib.request.urlopen(request, timeout=timeout, context=tls) as reply:
            text = reply.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        text = error.read().decode("utf-8", "replace")
        if error.code >= 500 or not _is_error_json(text):
            raise errors.ProviderUnreachable(host, f"HTTP {error.code}") from None
    except urllib.error.URLError as error:
        reason = error.reason
        shown = reason.strerror or str(reason) if isinstance(reason, OSError) else str(reason)
        raise errors.ProviderUnreachable(host, str(shown)) from None
    except TimeoutError:
        raise errors.ProviderUnreachable(host, f"no answer within {timeout:g} seconds") from None
    except OSError as error:
        raise errors.ProviderUnreachable(host, error.strerror or str(error)) from None
    if not text.strip():
        return {}  # RFC 7009: a revocation's answer is an empty 200
    try:
        answer = json.loads(text)
    except ValueError:
        raise errors.ProviderUnreachable(host, "the answer is not JSON") from None
    if not isinstance(answer, dict):
        raise errors.ProviderUnreachable(host, "the answer is not a JSON object")
    return answer


def _is_error_json(text: str) -> bool:
    try:
        answer = json.loads(text)
    except ValueError:
        return False
    return isinstance(answer, dict) and "error" in answer


class Refusal(Exception):
    """The provider's ``error`` answer, before the caller decides what it means."""

    def __init__(self, error: str, description: str) -> None:
        super().__init__(error)
        self.error, self.description = error, description

    def as_mail_error(self) -> errors.ProviderRefused:
        return errors.ProviderRefused(self.error, self.description)


def tokens_from(answer: dict[str, Any]) -> Tokens:
    """The tokens of a token endpoint's answer (oauthlib checks it); raises Refusal."""
    try:
        token = parse_token_response(json.dumps(answer))
    except OAuth2Error as error:
        raise Refusal(str(error.error), str(error.description or "")) from None
    except Warning as warning:  # oauthlib: a scope change, which the token itself records
        raise Refusal("invalid_scope", str(warning)) from None
    expires = token.get("expires_in")
    return Tokens(
        access_token=str(token["access_token"]),
        expires_in=float(expires) if expires is not None else None,
        refresh_token=str(token.get("refresh_token") or ""),
        scope=" ".join(token.scopes) if token.scopes else "",
    )


def refusal_of(answer: dict[str, Any]) -> Refusal | None:
    """The provider's error in an answer that is not a token (device flow, revocation)."""
    if "error" not in answer:
        return None
    return Refusal(str(answer["error"]), str(answer.get("error_description") or ""))

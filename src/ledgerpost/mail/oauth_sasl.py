"""SMTP sign-in with an OAuth2 access token: SASL XOAUTH2 (Microsoft 365, Google) and
OAUTHBEARER (RFC 7628), and the retry with a fresh token when the server refused one.

No network of its own: it speaks through the connection's ``command``. The token is never
logged and never put in an error's text.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from typing import Protocol, runtime_checkable

from ledgerpost.mail import errors

Reply = tuple[int, str]
Command = Callable[[bytes], Reply]


@runtime_checkable
class AccessTokens(Protocol):
    """Where the transport gets an account's access token (a
    :class:`~ledgerpost.mail.oauth_tokens.TokenSource`, or a test's own)."""

    def access_token(self) -> str: ...

    def force_refresh(self) -> str: ...


def xoauth2(user: str, token: str) -> bytes:
    """The XOAUTH2 initial response, base64: ``user=U^Aauth=Bearer T^A^A``."""
    return base64.b64encode(f"user={user}\x01auth=Bearer {token}\x01\x01".encode())


def _saslname(user: str) -> str:
    return user.replace("=", "=3D").replace(",", "=2C")


def oauthbearer(user: str, token: str, host: str, port: int) -> bytes:
    """The OAUTHBEARER initial response (RFC 7628 3.1), base64."""
    text = f"n,a={_saslname(user)},\x01host={host}\x01port={port}\x01auth=Bearer {token}\x01\x01"
    return base64.b64encode(text.encode())


def mechanism(offered: list[str], host: str) -> str:
    """XOAUTH2 where offered (what Microsoft 365 and Google speak), else OAUTHBEARER."""
    for name in ("XOAUTH2", "OAUTHBEARER"):
        if name in offered:
            return name
    raise errors.OAuthNotOffered(host)


def _attempt(command: Command, name: str, blob: bytes) -> Reply:
    code, text = command(b"AUTH " + name.encode() + b" " + blob + b"\r\n")
    if code == 334:
        # The server's error as a base64 JSON challenge (Google; RFC 7628 3.2.2): answer with
        # an empty line (XOAUTH2) or ^A (OAUTHBEARER), then its final reply comes.
        detail = _challenge(text)
        code, text = command(b"\r\n" if name == "XOAUTH2" else b"AQ==\r\n")
        if detail and detail not in text:
            text = f"{text} {detail}".strip()
    return code, text


def _challenge(text: str) -> str:
    try:
        return base64.b64decode(text.strip(), validate=True).decode("utf-8", "replace")
    except (binascii.Error, ValueError):
        return ""


def _token_refused(code: int, text: str) -> bool:
    """535, or a 5xx with a 5.7.x status: the token was expired, revoked or not accepted."""
    return code == 535 or (code >= 500 and "5.7." in text)


def authenticate(
    command: Command,
    offered: list[str],
    user: str,
    tokens: AccessTokens,
    address: tuple[str, int],
    remember: Callable[[str], None],
) -> None:
    """Sign ``user`` in with a token from ``tokens``; on a refusal, once more with a fresh one.

    ``remember`` is told every token used, so that the connection can keep it out of any
    text it shows. Raises TemporaryReply, TokenRefused, SignInNeeded (the refresh token is no
    good any more), ProviderUnreachable, or OAuthNotOffered.
    """
    host, port = address
    name = mechanism(offered, host)
    token = tokens.access_token()
    for attempt in (1, 2):
        remember(token)
        blob = xoauth2(user, token) if name == "XOAUTH2" else oauthbearer(user, token, host, port)
        code, text = _attempt(command, name, blob)
        if code == 235:
            return
        if 400 <= code < 500:
            raise errors.TemporaryReply(code, text)
        if attempt == 2 or not _token_refused(code, text):
            raise errors.TokenRefused(user, code, text)
        token = tokens.force_refresh()

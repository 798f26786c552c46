"""SMTP sign-in with OAuth2 tokens for the test SMTP server: XOAUTH2 and OAUTHBEARER, checked
against the tokens an :class:`~tests.helpers.oauth_server.OAuthTestServer` issued.

A refused token gets ``535 5.7.3 Authentication unsuccessful`` (Microsoft 365's words), or with
``google_challenge`` first Google's base64 JSON 334 challenge, then ``535 5.7.8``.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any, Protocol

from aiosmtpd.smtp import MISSING, SMTP, AuthResult

from tests.helpers.oauth_server import OAuthTestServer

REFUSED = "535 5.7.3 Authentication unsuccessful"
GOOGLE_REFUSED = "535 5.7.8 Username and Password not accepted"
GOOGLE_CHALLENGE = {"status": "401", "schemes": "Bearer", "scope": "https://mail.google.com/"}


class OAuthOwner(Protocol):
    """What the mechanisms need of the SMTP test server."""

    user: str | None
    oauth: OAuthTestServer | None
    google_challenge: bool
    auth_attempts: list[tuple[str, str]]


def _decode(args: list[str]) -> str | None:
    if len(args) != 2:
        return None
    try:
        return base64.b64decode(args[1], validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None


def _bearer(auth: str) -> str:
    return auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else ""


def parse_xoauth2(text: str) -> tuple[str, str]:
    """(user, token) of ``user=U^Aauth=Bearer T^A^A``; empty strings where it is not that."""
    fields = dict(part.split("=", 1) for part in text.split("\x01") if "=" in part)
    auth = fields.get("auth", "")
    return fields.get("user", ""), _bearer(auth)


def parse_oauthbearer(text: str) -> tuple[str, str]:
    """(user, token) of an RFC 7628 initial response."""
    header, _, rest = text.partition("\x01")
    parts = header.split(",")
    user = next((p[2:] for p in parts if p.startswith("a=")), "")
    user = user.replace("=2C", ",").replace("=3D", "=")
    fields = dict(part.split("=", 1) for part in rest.split("\x01") if "=" in part)
    auth = fields.get("auth", "")
    return user, _bearer(auth)


class OAuthMechanisms:
    """aiosmtpd ``auth_*`` hooks, mixed into the test server's handler."""

    owner: Any

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        return await self._check(server, "XOAUTH2", args, parse_xoauth2)

    async def auth_OAUTHBEARER(self, server: SMTP, args: list[str]) -> AuthResult:
        return await self._check(server, "OAUTHBEARER", args, parse_oauthbearer)

    async def _check(self, server: SMTP, name: str, args: list[str], parse: Any) -> AuthResult:
        owner: OAuthOwner = self.owner
        text = _decode(args)
        if text is None:
            return AuthResult(success=False, handled=False, message="501 5.5.2 Bad base64")
        user, token = parse(text)
        owner.auth_attempts.append((name, user))
        assert owner.oauth is not None
        if user == owner.user and owner.oauth.valid_access(user, token):
            return AuthResult(success=True, handled=False)
        if owner.google_challenge or name == "OAUTHBEARER":
            answer = await server.challenge_auth(json.dumps(GOOGLE_CHALLENGE))
            if answer is MISSING:
                return AuthResult(success=False, handled=True)
            return AuthResult(success=False, handled=False, message=GOOGLE_REFUSED)
        return AuthResult(success=False, handled=False, message=REFUSED)

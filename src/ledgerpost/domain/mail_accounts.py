"""Sending accounts: a named SMTP server setup, its sign-in, its pace and its state.

A ledger has one or more; one is the company default. Providers' numbers (hosts, scopes,
limits) come from the profile data file, never from code. No network and no storage here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ledgerpost.domain.problems import Problem
from ledgerpost.domain.smtp import AuthMethod, SmtpSettings


@dataclass(frozen=True, slots=True)
class OAuthClient:
    """The company's own app registration at a provider, and the provider's endpoints.

    A public desktop client: there is no client secret. The endpoints and scopes come from the
    account's profile (or by hand for a custom provider); the client id is the company's.
    """

    client_id: str
    authorize_url: str
    token_url: str
    device_url: str = ""
    scopes: tuple[str, ...] = ()
    revoke_url: str = ""

    def problems(self) -> list[Problem]:
        found: list[Problem] = []
        if not self.client_id.strip():
            found.append(Problem.of("oauth-client-id", "client_id"))
        for name, url in (("authorize_url", self.authorize_url), ("token_url", self.token_url)):
            if not _is_http_url(url):
                found.append(Problem.of("oauth-url", name, url=url))
        if self.device_url and not _is_http_url(self.device_url):
            found.append(Problem.of("oauth-url", "device_url", url=self.device_url))
        if not self.scopes:
            found.append(Problem.of("oauth-scope", "scope"))
        return found


def _is_http_url(url: str) -> bool:
    """Sign-in endpoints are https only (tokens cross them), loopback included."""
    return url.startswith("https://") and len(url) > len("https://")


@dataclass(frozen=True, slots=True)
class Pace:
    """How fast an account may send: None means no limit of that kind."""

    per_minute: int | None = None
    """Messages a minute."""
    per_day: int | None = None
    """Recipients a day (every To, CC and BCC address counts)."""
    recipients_per_message: int | None = None

    def problems(self) -> list[Problem]:
        found: list[Problem] = []
        for name, value in (
            ("per_minute", self.per_minute),
            ("per_day", self.per_day),
            ("recipients_per_message", self.recipients_per_message),
        ):
            if value is not None and value < 1:
                found.append(Problem.of("pace-not-positive", name, value=value))
        return found


class AccountState(StrEnum):
    """Whether delivery may use the account now. Messages wait while it may not; none fail."""

    READY = "ready"
    PASSWORD_REFUSED = "password-refused"  # the server refused the password: fix it in settings
    SIGN_IN_NEEDED = "sign-in-needed"  # no refresh token, or the provider revoked it


@dataclass(frozen=True, slots=True)
class MailAccount:
    """One sending account. Its password or refresh token lives in the OS keyring only."""

    name: str
    profile: str
    smtp: SmtpSettings
    oauth: OAuthClient | None = None
    pace: Pace = field(default_factory=Pace)
    default: bool = False
    state: AccountState = AccountState.READY
    state_detail: str = ""
    """The server's own words when the state is not ready (never a password)."""
    id: int | None = None

    @property
    def ready(self) -> bool:
        return self.state is AccountState.READY

    @property
    def auth(self) -> AuthMethod:
        return self.smtp.auth

    def problems(self) -> list[Problem]:
        found = name_problems(self.name)
        found += self.smtp.problems()
        if self.smtp.auth is AuthMethod.OAUTH2:
            if self.oauth is None:
                found.append(Problem.of("oauth-client-id", "client_id"))
            else:
                found += self.oauth.problems()
            if not self.smtp.user:
                found.append(Problem.of("oauth-user", "user"))
        return found + self.pace.problems()


NAME_MAX = 64


def name_problems(name: str) -> list[Problem]:
    """Why ``name`` cannot name an account: empty, too long, or with spaces or odd signs."""
    if not name.strip():
        return [Problem.of("account-name", "name")]
    if len(name) > NAME_MAX or not all(c.isalnum() or c in "._@-" for c in name):
        return [Problem.of("account-name-letters", "name", name=repr(name), limit=NAME_MAX)]
    return []

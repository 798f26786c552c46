"""Sending account profiles (Microsoft 365, Google, Outlook.com, custom) from their data file.

The numbers (servers, endpoints, scopes, limits) live in ``resources/mail/providers.toml``, each
profile with the pages they come from and the day they were checked; never in code.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ledgerpost.domain.mail_accounts import OAuthClient, Pace
from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.domain.smtp import AuthMethod, Security
from ledgerpost.platform.resources import resource_path

CUSTOM = "custom"


class ProfileError(ValueError):
    """The profile data file is damaged or incomplete (a bug of the installation)."""


@dataclass(frozen=True, slots=True)
class ProviderProfile:
    """What a provider's accounts have in common; the company adds its own client id."""

    name: str
    title: str
    host: str
    port: int
    security: Security
    auth: tuple[AuthMethod, ...]
    """The sign-in methods the provider takes, the preferred one first."""
    scopes: tuple[str, ...]
    authorize_url: str
    token_url: str
    device_url: str
    revoke_url: str
    pace: Pace
    sources: tuple[str, ...]
    checked: dt.date
    notes: str
    guide: tuple[tuple[str, str], ...]
    """(language, text) for each language of the program."""
    alternatives: tuple[tuple[int, Security], ...] = ()

    def guide_in(self, language: str) -> str:
        texts = dict(self.guide)
        return texts.get(language) or texts["en"]

    def oauth_client(self, client_id: str) -> OAuthClient:
        return OAuthClient(
            client_id=client_id,
            authorize_url=self.authorize_url,
            token_url=self.token_url,
            device_url=self.device_url,
            scopes=self.scopes,
            revoke_url=self.revoke_url,
        )


def _text(entry: dict[str, Any], key: str, where: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str):
        raise ProfileError(f"{where}: '{key}' must be text")
    return value


def _count(entry: dict[str, Any], key: str, where: str) -> int | None:
    value = entry.get(key)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise ProfileError(f"{where}: '{key}' must be a whole number")
    return value


def _profile(name: str, entry: dict[str, Any]) -> ProviderProfile:
    where = f"profile {name}"
    guide = entry.get("guide")
    if not isinstance(guide, dict) or set(guide) != set(LANGUAGES):
        raise ProfileError(f"{where}: 'guide' needs exactly the languages {LANGUAGES}")
    checked = entry.get("checked")
    if not isinstance(checked, dt.date):
        raise ProfileError(f"{where}: 'checked' must be a date")
    try:
        security = Security(_text(entry, "security", where))
        auth = tuple(AuthMethod(a) for a in entry.get("auth", ()))
        alternatives = tuple(
            (int(a["port"]), Security(a["security"])) for a in entry.get("alternatives", ())
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise ProfileError(f"{where}: {exc}") from exc
    port = entry.get("port")
    if not isinstance(port, int):
        raise ProfileError(f"{where}: 'port' must be a whole number")
    return ProviderProfile(
        name=name,
        title=_text(entry, "title", where),
        host=_text(entry, "host", where),
        port=port,
        security=security,
        auth=auth,
        scopes=tuple(str(s) for s in entry.get("scopes", ())),
        authorize_url=_text(entry, "authorize_url", where),
        token_url=_text(entry, "token_url", where),
        device_url=_text(entry, "device_url", where),
        revoke_url=_text(entry, "revoke_url", where),
        pace=Pace(
            per_minute=_count(entry, "per_minute", where),
            per_day=_count(entry, "per_day", where),
            recipients_per_message=_count(entry, "recipients_per_message", where),
        ),
        sources=tuple(str(s) for s in entry.get("sources", ())),
        checked=checked,
        notes=_text(entry, "notes", where),
        guide=tuple((lang, str(guide[lang])) for lang in LANGUAGES),
        alternatives=alternatives,
    )


def read_profiles(path: Path) -> dict[str, ProviderProfile]:
    """Every profile of the file at ``path``, by name (ProfileError when one is damaged)."""
    import tomllib  # read when a profile is first wanted, not at every start

    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return {name: _profile(name, entry) for name, entry in data.items()}


@cache
def profiles() -> dict[str, ProviderProfile]:
    """The bundled profiles, by name."""
    return read_profiles(resource_path("mail", "providers.toml"))


def profile(name: str) -> ProviderProfile | None:
    return profiles().get(name)


def profile_for_host(host: str) -> str:
    """The profile whose server ``host`` is (``custom`` for any other)."""
    wanted = host.strip().lower()
    for name, found in profiles().items():
        if found.host and found.host == wanted:
            return name
    return CUSTOM

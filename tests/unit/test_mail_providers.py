"""The provider profiles' data file: every profile complete, its numbers valid, as documented."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ledgerpost.cli.mail_parser import PROFILES
from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.domain.smtp import AuthMethod, Security
from ledgerpost.mail.providers import ProfileError, profile_for_host, profiles, read_profiles
from ledgerpost.platform.resources import resource_path


def test_the_command_line_offers_exactly_the_bundled_profiles() -> None:
    assert tuple(profiles()) == PROFILES


@pytest.mark.parametrize("name", PROFILES)
def test_every_profile_is_complete_and_its_numbers_valid(name: str) -> None:
    found = profiles()[name]
    assert found.title and found.notes
    assert 0 < found.port < 65536
    assert all(0 < port < 65536 for port, _ in found.alternatives)
    assert found.auth, "a profile names at least one sign-in method"
    assert found.sources and all(s.startswith("https://") for s in found.sources)
    assert dt.date(2026, 1, 1) <= found.checked <= dt.date.today()
    assert found.pace.problems() == []
    assert {lang for lang, _ in found.guide} == set(LANGUAGES)
    assert all(len(text) > 80 for _, text in found.guide)
    if name != "custom":
        assert found.host and " " not in found.host
        assert AuthMethod.OAUTH2 in found.auth
        client = found.oauth_client("company-app-id")
        assert client.problems() == []
        assert all(url.startswith("https://") for url in (found.authorize_url, found.token_url))
        assert found.device_url.startswith("https://")
    if AuthMethod.OAUTH2 in found.auth:
        # The guide tells which redirect to register: a loopback one, for a desktop client.
        assert all("http://127.0.0.1" in text for _, text in found.guide)


def test_the_providers_numbers_are_the_documented_ones() -> None:
    m365, google, outlook = (profiles()[n] for n in ("microsoft365", "google", "outlook.com"))
    assert (m365.host, m365.port, m365.security) == ("smtp.office365.com", 587, Security.STARTTLS)
    assert m365.scopes == ("https://outlook.office.com/SMTP.Send", "offline_access")
    assert m365.token_url == "https://login.microsoftonline.com/organizations/oauth2/v2.0/token"
    assert (m365.pace.per_minute, m365.pace.per_day) == (30, 10000)
    assert (google.host, google.port) == ("smtp.gmail.com", 587)
    assert (465, Security.SSL) in google.alternatives
    assert set(google.auth) == {AuthMethod.OAUTH2, AuthMethod.PASSWORD}
    assert google.scopes == ("https://mail.google.com/",)
    assert google.authorize_url == "https://accounts.google.com/o/oauth2/v2/auth"
    assert google.token_url == "https://oauth2.googleapis.com/token"
    assert google.device_url == "https://oauth2.googleapis.com/device/code"
    assert google.revoke_url == "https://oauth2.googleapis.com/revoke"
    assert (google.pace.per_day, google.pace.recipients_per_message) == (2000, 100)
    assert "500" in google.notes  # the trial's lower limit is told
    assert outlook.host == "smtp-mail.outlook.com"
    assert "/consumers/" in outlook.token_url and "/consumers/" in outlook.authorize_url


def test_a_guide_in_each_language_and_english_for_any_other() -> None:
    google = profiles()["google"]
    assert google.guide_in("de") != google.guide_in("en")
    assert google.guide_in("xx") == google.guide_in("en")


def test_a_host_names_its_profile() -> None:
    assert profile_for_host("SMTP.office365.com ") == "microsoft365"
    assert profile_for_host("smtp.gmail.com") == "google"
    assert profile_for_host("mail.example.org") == "custom"


def test_a_damaged_profile_is_refused_with_its_name(tmp_path: Path) -> None:
    text = resource_path("mail", "providers.toml").read_text(encoding="utf-8")
    broken = tmp_path / "providers.toml"
    broken.write_text(text.replace('ar = "في وحدة تحكم', 'xx = "في وحدة تحكم'), encoding="utf-8")
    with pytest.raises(ProfileError, match="profile google: 'guide'"):
        read_profiles(broken)
    broken.write_text(text.replace("per_minute = 30", 'per_minute = "30"'), encoding="utf-8")
    with pytest.raises(ProfileError, match="microsoft365: 'per_minute'"):
        read_profiles(broken)

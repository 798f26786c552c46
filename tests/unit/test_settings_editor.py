"""Settings as the dialog changes them: every problem first, all or nothing, no password kept
in the books; template previews in every language."""

from __future__ import annotations

import base64
import dataclasses

import pytest

from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.domain.templates import KINDS
from ledgerpost.i18n.problems import render
from ledgerpost.services import message_templates, settings_editor
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.settings_editor import SettingsChange

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 100


def test_every_problem_is_named_by_its_key_and_nothing_is_written(ledger: Ledger) -> None:
    company = ledger.require_company()
    change = SettingsChange(
        values={"smtp.host": "smtp example", "smtp.port": 70000, "smtp.from_address": "x"},
        company=dataclasses.replace(company, name=" ", reply_to="nobody"),
        logo=b"GIF89a",
        logo_changed=True,
        password="secret",
    )
    result = settings_editor.apply(ledger, change)
    assert {p.field for p in result.problems} == {
        "smtp.host",
        "smtp.port",
        "smtp.from_address",
        "company.name",
        "company.reply_to",
        settings_editor.LOGO_KEY,
        settings_editor.PASSWORD,
    }
    assert settings_service.get(ledger, "smtp.host") == ""
    assert ledger.require_company() == company
    assert settings_editor.load_logo(ledger) is None
    assert "secret" not in repr(change)


def test_insecure_sign_in_must_be_allowed_explicitly() -> None:
    values = {"smtp.host": "mail.local", "smtp.security": "none", "smtp.user": "me"}
    assert [p.field for p in settings_editor.problems(SettingsChange(values))] == ["smtp.security"]
    allowed = {**values, "smtp.allow_insecure_auth": True}
    assert settings_editor.problems(SettingsChange(allowed)) == []


def test_the_logo_is_kept_and_checked(ledger: Ledger) -> None:
    assert settings_editor.logo_problem(PNG) is None
    too_big = settings_editor.logo_problem(PNG + b"\0" * 300_000)
    assert too_big is not None and "256 KB" in render(too_big)
    assert settings_editor.apply(ledger, SettingsChange({}, logo=PNG, logo_changed=True)).saved
    assert settings_editor.load_logo(ledger) == PNG
    # A declared setting now: the printing service reads it from there.
    assert settings_service.load(ledger)["company.logo"] == base64.b64encode(PNG).decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_bundled_template_previews_without_problems(language: str) -> None:
    for kind in KINDS:
        filled = message_templates.preview(message_templates.bundled(kind, language), "Firma")
        assert filled.ok, (kind, language, filled.problems)
        assert "{" not in filled.subject + filled.body


def test_own_templates_round_trip_through_the_setting() -> None:
    edited = dataclasses.replace(message_templates.bundled("invoice", "et"), subject="Arve")
    stored = message_templates.to_setting([edited])
    assert stored[0]["kind"] == "invoice" and stored[0]["language"] == "et"
    own = message_templates.own_templates(stored)
    assert message_templates.current("invoice", "et", own) == edited
    assert message_templates.current("invoice", "de", own).subject != "Arve"

"""Reading and changing the declared settings of a ledger (see ledgerpost.domain.settings).

The ``smtp.*`` settings are the default sending account's server: read from it and written to
it (made when the first server is set), so the one-server settings keep working. So is its pace
(``smtp.per_minute``, ``smtp.per_day``, ``smtp.recipients_per_message``): the account's pace is
the one truth; values stored as settings (before accounts, or while a ledger has none) move into
the default account's pace when they are next read with one there."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from sqlalchemy.orm import Session

from ledgerpost.domain.mail_accounts import MailAccount, Pace
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.settings import (
    BY_KEY,
    SETTINGS,
    announced_size,
    announced_smtputf8,
    server_size_value,
    server_smtputf8_value,
)
from ledgerpost.domain.smtp import Security, ServerFacts, SmtpSettings
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.mail import providers
from ledgerpost.services import access
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import mail_account_repository as accounts_repo
from ledgerpost.storage import settings_repository as settings_repo

PACE_KEYS = {
    "smtp.per_minute": "per_minute",
    "smtp.per_day": "per_day",
    "smtp.recipients_per_message": "recipients_per_message",
}
"""The pace settings, each a field of the default account's :class:`Pace`."""


def load(ledger: Ledger) -> dict[str, Any]:
    """Every declared setting: the stored value, else its default; ``smtp.*`` (server and
    pace) from the default sending account."""
    with ledger.db.read() as s:
        stored = settings_repo.load_settings(s)
        account = accounts_repo.default_account(s)
    if account is not None and PACE_KEYS.keys() & stored.keys():
        stored, account = _move_pace(ledger)
    values = {setting.key: stored.get(setting.key, setting.default) for setting in SETTINGS}
    if account is not None:
        values.update(_values_of(account.smtp))
        values.update({key: getattr(account.pace, f) or 0 for key, f in PACE_KEYS.items()})
    return values


def _move_pace(ledger: Ledger) -> tuple[dict[str, Any], MailAccount | None]:
    """Move pace values stored as settings into the default account's pace (unless it has a
    pace of its own already, which was the one obeyed), once; what is stored then."""
    with ledger.db.write() as s:
        stored = settings_repo.load_settings(s)
        account = accounts_repo.default_account(s)
        if account is not None and account.id is not None and PACE_KEYS.keys() & stored.keys():
            if account.pace == Pace():
                moved = {f: stored.get(key) or None for key, f in PACE_KEYS.items()}
                accounts_repo.set_pace(s, account.id, Pace(**moved))
            settings_repo.forget_settings(s, sorted(PACE_KEYS))
            stored = settings_repo.load_settings(s)
            account = accounts_repo.default_account(s)
    return stored, account


def get(ledger: Ledger, key: str) -> Any:
    return load(ledger)[key]


def save(ledger: Ledger, values: dict[str, Any], by: SignedIn | None = None) -> list[Problem]:
    """Store ``values`` if every one is valid; otherwise store nothing and say why, per key.

    ``NotAllowed`` when ``by`` may not manage settings.
    """
    with ledger.db.read() as s:
        access.require(s, by, Right.MANAGE_SETTINGS)
    problems = []
    for key, value in values.items():
        setting = BY_KEY.get(key)
        if setting is None:
            problems.append(Problem.of("setting-unknown", key))
            continue
        found = setting.problem(value)
        if found:
            problems.append(found)
    server: SmtpSettings | None = None
    if not problems and _SMTP_KEYS & values.keys():
        # The server settings as they would be are refused together (a user name over an
        # unencrypted connection, say): a refusal leaves the stored ones as they were.
        merged = {**load(ledger), **values}
        if merged["smtp.host"]:
            server = _smtp_of(merged)
            problems = server.problems()
    if problems:
        return problems
    with ledger.db.write() as s:
        for key, value in values.items():
            if (server is None or key not in _SMTP_KEYS) and key not in PACE_KEYS:
                settings_repo.save_setting(s, key, value)
        if server is not None:
            accounts_repo.put_default_smtp(s, server, providers.profile_for_host(server.host))
            settings_repo.forget_settings(s, sorted(_SMTP_KEYS))
        _save_pace(s, {k: v for k, v in values.items() if k in PACE_KEYS})
    return []


def _save_pace(s: Session, values: dict[str, Any]) -> None:
    """Pace settings go to the default account's pace; kept as settings while there is none."""
    if not values:
        return
    account = accounts_repo.default_account(s)
    if account is None or account.id is None:
        for key, value in values.items():
            settings_repo.save_setting(s, key, value)
        return
    changed = {PACE_KEYS[key]: int(value) or None for key, value in values.items()}
    accounts_repo.set_pace(s, account.id, replace(account.pace, **changed))
    settings_repo.forget_settings(s, sorted(PACE_KEYS))


def pace_of(values: dict[str, Any]) -> Pace:
    """The sending pace the settings give the one mail account (0: no limit)."""
    return Pace(
        per_minute=values["smtp.per_minute"] or None,
        per_day=values["smtp.per_day"] or None,
        recipients_per_message=values["smtp.recipients_per_message"] or None,
    )


def pace(ledger: Ledger) -> Pace:
    return pace_of(load(ledger))


def smtp_settings(ledger: Ledger) -> SmtpSettings | None:
    """The default sending account's server, or None while no server has been set."""
    with ledger.db.read() as s:
        account = accounts_repo.default_account(s)
    return account.smtp if account is not None else None


_SMTP_KEYS = frozenset(f"smtp.{f.name}" for f in fields(SmtpSettings)) & BY_KEY.keys()
"""The settings an :class:`SmtpSettings` is made of."""


def _values_of(smtp: SmtpSettings) -> dict[str, Any]:
    return {key: getattr(smtp, key[len("smtp.") :]) for key in _SMTP_KEYS} | {
        "smtp.security": smtp.security.value
    }


def _smtp_of(values: dict[str, Any]) -> SmtpSettings:
    return SmtpSettings(
        host=values["smtp.host"],
        port=values["smtp.port"],
        security=Security(values["smtp.security"]),
        user=values["smtp.user"],
        from_address=values["smtp.from_address"],
        from_name=values["smtp.from_name"],
        reply_to=values["smtp.reply_to"],
        ca_file=values["smtp.ca_file"],
        allow_insecure_auth=values["smtp.allow_insecure_auth"],
    )


MB = 1024 * 1024


def size_limit(values: dict[str, Any], smtp: SmtpSettings | None) -> tuple[int, bool]:
    """The largest message, in bytes, and whether the server announced it: its SIZE when
    LedgerPost last connected to this server, else the ``mail.size_limit_mb`` setting."""
    if smtp is not None:
        announced = announced_size(str(values["smtp.server_size"]), smtp.host, smtp.port)
        if announced is not None:
            return announced, True
    return int(values["mail.size_limit_mb"]) * MB, False


def smtputf8_offered(values: dict[str, Any], smtp: SmtpSettings | None) -> bool | None:
    """Whether the server offered SMTPUTF8 when LedgerPost last connected to it (the
    connection test or a delivery); None when that is not known for this server."""
    if smtp is None:
        return None
    return announced_smtputf8(str(values["smtp.server_smtputf8"]), smtp.host, smtp.port)


def remember_server(ledger: Ledger, smtp: SmtpSettings, facts: ServerFacts) -> None:
    """Keep what the server said of itself on connecting: its SIZE (see
    :func:`remember_server_size`) and whether it offered SMTPUTF8. Written only when changed."""
    size = server_size_value(smtp.host, smtp.port, facts.size) if facts.size else ""
    learned = {
        "smtp.server_size": size,
        "smtp.server_smtputf8": server_smtputf8_value(smtp.host, smtp.port, facts.smtputf8),
    }
    with ledger.db.read() as s:
        kept = settings_repo.load_settings(s)
        if all(kept.get(key, "") == value for key, value in learned.items()):
            return  # known already: no write (every worker of a big send asks)
    with ledger.db.write() as s:
        for key, value in learned.items():
            settings_repo.keep_setting(s, key, value)


def remember_server_size(ledger: Ledger, smtp: SmtpSettings, size: int | None) -> None:
    """Keep what the server announced as its largest message (a fact learned on connecting,
    not a user's setting: no right is needed, and a server without SIZE clears it)."""
    value = server_size_value(smtp.host, smtp.port, size) if size else ""
    with ledger.db.read() as s:
        if settings_repo.load_settings(s).get("smtp.server_size", "") == value:
            return  # known already: no write (every worker of a big send asks)
    with ledger.db.write() as s:
        settings_repo.keep_setting(s, "smtp.server_size", value)

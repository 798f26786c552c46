"""Changing settings as the settings dialog does: every problem first, then all or nothing.

One :class:`SettingsChange` carries the declared settings, the company card, the logo and a
newly typed SMTP password. :func:`problems` checks all of it without writing; :func:`apply`
writes only when there is none. The password goes to the OS keyring (or this session's memory)
and never into the database; it is left out of every ``repr``.

The company logo has no declared setting yet: it is kept in the settings table under
:data:`LOGO_KEY` as base64 text, which a declaration can later take over unchanged.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from typing import Any

from ledgerpost.domain.addresses import is_valid_address
from ledgerpost.domain.parties import Company
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.settings import BY_KEY
from ledgerpost.domain.smtp import Security, SmtpSettings
from ledgerpost.domain.users import SignedIn
from ledgerpost.mail.connection_check import ConnectionCheck
from ledgerpost.mail.errors import MailError
from ledgerpost.mail.transport import SmtpTransport
from ledgerpost.services import mail_account
from ledgerpost.services import settings as settings_service
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import settings_repository as settings_repo

LOGO_KEY = "company.logo"
LOGO_MAX_BYTES = 256 * 1024
PASSWORD = "smtp.password"
"""Where a problem with the typed password is reported (it is not a setting)."""

_SMTP_FIELDS = {"host": "smtp.host", "port": "smtp.port", "security": "smtp.security"}


@dataclass(frozen=True, slots=True)
class SettingsChange:
    """What the user wants stored. ``logo`` counts only when ``logo_changed``."""

    values: dict[str, Any]
    company: Company | None = None
    logo: bytes | None = field(default=None, repr=False)
    logo_changed: bool = False
    password: str = field(default="", repr=False)


@dataclass(frozen=True, slots=True)
class ApplyResult:
    problems: tuple[Problem, ...] = ()
    password_note: str = ""
    """Where the password went, in a plain sentence ("" when none was typed)."""
    password_in_keyring: bool = False
    account_key: str = ""

    @property
    def saved(self) -> bool:
        return not self.problems


def smtp_from_values(values: dict[str, Any], timeout: float = 30.0) -> SmtpSettings | None:
    """The SMTP settings these (declared) values describe; None while no server is named."""
    merged = {s.key: values.get(s.key, s.default) for s in BY_KEY.values()}
    if not str(merged["smtp.host"]).strip():
        return None
    security = merged["smtp.security"]
    return SmtpSettings(
        host=str(merged["smtp.host"]).strip(),
        port=merged["smtp.port"] if isinstance(merged["smtp.port"], int) else 0,
        security=Security(security) if security in set(Security) else Security.STARTTLS,
        user=str(merged["smtp.user"]).strip(),
        from_address=str(merged["smtp.from_address"]),
        from_name=str(merged["smtp.from_name"]),
        reply_to=str(merged["smtp.reply_to"]),
        ca_file=str(merged["smtp.ca_file"]),
        allow_insecure_auth=bool(merged["smtp.allow_insecure_auth"]),
        timeout_seconds=timeout,
    )


def logo_problem(data: bytes) -> Problem | None:
    """Why these bytes cannot be the logo, or None."""
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        return Problem.of("logo-type", LOGO_KEY)
    return logo_size_problem(len(data))


def logo_size_problem(size: int) -> Problem | None:
    if size <= LOGO_MAX_BYTES:
        return None
    return Problem.of("logo-size", LOGO_KEY, size=size // 1024, limit=LOGO_MAX_BYTES // 1024)


def company_problems(company: Company) -> list[Problem]:
    found: list[Problem] = []
    if not company.name.strip():
        found.append(Problem.of("company-name", "company.name"))
    if not (
        len(company.currency) == 3 and company.currency.isascii() and company.currency.isalpha()
    ):
        found.append(
            Problem.of("company-currency", "company.currency", currency=repr(company.currency))
        )
    for key, value in (
        ("company.sender_address", company.sender_address),
        ("company.reply_to", company.reply_to),
    ):
        if value.strip() and not is_valid_address(value.strip()):
            found.append(Problem.of("company-address", key, value=repr(value)))
    if company.payment_terms_days < 0:
        found.append(Problem.of("company-terms", "company.payment_terms_days"))
    return found + company_einvoice_problems(company)


BIC = re.compile(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")
"""ISO 9362: bank, country, location, and an optional branch."""
SCHEME = re.compile(r"[0-9]{4}|EM|AN|AQ|AS|AU")
"""An EAS code (CEF's Electronic Address Scheme list): four digits, or one of its letter codes."""


def company_einvoice_problems(company: Company) -> list[Problem]:
    """The company's e-invoice fields (country code, BIC, phone, electronic address) as typed."""
    from ledgerpost.services.parties import country_codes

    found: list[Problem] = []
    code = company.address.country_code.strip()
    if code and code.upper() not in country_codes():
        found.append(Problem.of("country-code", "company.country_code", value=code))
    bic = "".join(company.bank_bic.split()).upper()
    if bic and not BIC.fullmatch(bic):
        found.append(Problem.of("company-bic", "company.bank_bic", value=company.bank_bic))
    phone = company.phone.strip()
    if phone and sum(c.isdigit() for c in phone) < 3:  # BR-DE-27, BR-RO's telephone pattern
        found.append(Problem.of("company-phone", "company.phone", value=phone))
    scheme = company.electronic_scheme.strip().upper()
    if scheme and not SCHEME.fullmatch(scheme):
        found.append(Problem.of("company-scheme", "company.electronic_scheme", value=scheme))
    address = company.electronic_address.strip()
    if address and scheme in ("", "EM") and not is_valid_address(address):
        found.append(
            Problem.of("company-address", "company.electronic_address", value=repr(address))
        )
    return found


def problems(change: SettingsChange) -> list[Problem]:
    """Everything wrong with the change, each naming its setting key; nothing is written."""
    found: list[Problem] = []
    for key, value in change.values.items():
        setting = BY_KEY.get(key)
        problem = setting.problem(value) if setting else Problem.of("setting-unknown", key)
        if problem:
            found.append(problem)
    smtp = smtp_from_values(change.values)
    if smtp is not None:
        named = {p.field for p in found}
        for smtp_problem in smtp.problems():
            where = _SMTP_FIELDS.get(smtp_problem.field)
            if where and where not in named:
                found.append(smtp_problem.at(where))
    if change.password:
        if smtp is None:
            found.append(Problem.of("password-no-server", PASSWORD))
        elif not smtp.wants_auth:
            found.append(Problem.of("password-no-user", PASSWORD))
    if change.company is not None:
        found += company_problems(change.company)
    if change.logo_changed and change.logo is not None:
        logo = logo_problem(change.logo)
        if logo:
            found.append(logo)
    return found


def apply(ledger: Ledger, change: SettingsChange, by: SignedIn | None = None) -> ApplyResult:
    """Store the change if nothing is wrong with it; otherwise store nothing and say why.

    ``NotAllowed`` when ``by`` may not manage settings.
    """
    found = problems(change)
    if found:
        return ApplyResult(tuple(found))
    found = settings_service.save(ledger, change.values, by)
    if found:
        return ApplyResult(tuple(found))
    if change.company is not None:
        if ledger.company() is None:  # a new ledger: this starts its books
            ledger.create_company(change.company)
        else:
            ledger.update_company(change.company)
    if change.logo_changed:
        save_logo(ledger, change.logo)
    smtp = settings_service.smtp_settings(ledger)
    if change.password and smtp is not None:
        kept = mail_account.save_password(ledger, smtp, change.password)
        return ApplyResult(
            password_note=kept.message,
            password_in_keyring=kept.in_keyring,
            account_key=mail_account.account_key(ledger, smtp),
        )
    return ApplyResult()


def load_logo(ledger: Ledger) -> bytes | None:
    """The company logo (PNG or JPEG bytes), or None."""
    with ledger.db.read() as s:
        stored = settings_repo.load_settings(s).get(LOGO_KEY)
    if not isinstance(stored, str) or not stored:
        return None
    try:
        return base64.b64decode(stored, validate=True)
    except (binascii.Error, ValueError):
        return None


def save_logo(ledger: Ledger, data: bytes | None) -> None:
    """Keep ``data`` as the logo (None removes it); check it with :func:`logo_problem` first."""
    text = base64.b64encode(data).decode("ascii") if data else ""
    with ledger.db.write() as s:
        settings_repo.save_setting(s, LOGO_KEY, text)


def check_connection(
    ledger: Ledger, values: dict[str, Any], password: str | None, timeout: float = 30.0
) -> ConnectionCheck:
    """Connect with the settings as typed (not yet saved): what worked, or LedgerError.

    ``password`` is the one typed now; None uses the one kept for this account.
    """
    smtp = smtp_from_values(values, timeout)
    if smtp is None:
        raise LedgerError.of("smtp-host-needed")
    wrong = smtp.problems()
    if wrong:
        raise LedgerError.of_problem(wrong[0])  # one at a time, with its field
    if password is None:
        password = mail_account.password_for(ledger, smtp)
    try:
        with SmtpTransport(smtp, password) as transport:
            return transport.check_connection()
    except MailError as exc:
        raise LedgerError.passing_on(exc) from exc

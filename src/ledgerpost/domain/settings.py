"""Every setting declared once: key, type, default, description and validation.

The settings dialog, the CLI and the docs all read this list. Passwords are never settings:
they live in the OS keyring.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from ledgerpost.domain.addresses import is_valid_address
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.reminders import DEFAULT_LEVELS, levels_problem
from ledgerpost.domain.smtp import Security

Check = Callable[[Any], Problem | None]
"""Returns the problem (under no field yet) when the value is wrong, else None."""


def _ok(_value: Any) -> Problem | None:
    return None


def _address_or_empty(value: Any) -> Problem | None:
    if not value or is_valid_address(str(value)):
        return None
    return Problem.of("setting-address", value=repr(value))


def _port(value: Any) -> Problem | None:
    if isinstance(value, int) and 0 < value < 65536:
        return None
    return Problem.of("setting-port", value=repr(value))


def _not_negative(value: Any) -> Problem | None:
    return None if isinstance(value, int) and value >= 0 else Problem.of("setting-zero-or-more")


def _positive(value: Any) -> Problem | None:
    return None if isinstance(value, int) and value > 0 else Problem.of("setting-positive")


def _security(value: Any) -> Problem | None:
    return None if value in {s.value for s in Security} else Problem.of("setting-security")


def _templates(value: Any) -> Problem | None:
    fields = {"kind", "language", "subject", "body"}
    if all(isinstance(t, dict) and fields <= set(t) for t in value):
        return None
    return Problem.of("setting-templates")


def _document_accounts(value: Any) -> Problem | None:
    """Kinds of document (``invoice``, ``statement``, ...) to the account names they go from."""
    kinds = {t.value for t in DocumentType} | {"statement", "open-items", "employee-report"}
    if all(k in kinds and isinstance(v, str) and v.strip() for k, v in value.items()):
        return None
    return Problem.of("setting-document-accounts", kinds=", ".join(sorted(kinds)))


def _language_or_empty(value: Any) -> Problem | None:
    if value == "" or value in LANGUAGES:
        return None
    return Problem.of("setting-ui-language", languages=", ".join(LANGUAGES))


LOGO_MAX_BYTES = 256 * 1024


def _logo(value: Any) -> Problem | None:
    """Empty, or a PNG or JPEG picture of at most 256 KB as base64 text."""
    if not value:
        return None
    try:
        data = base64.b64decode(str(value), validate=True)
    except (binascii.Error, ValueError):
        return Problem.of("setting-logo-unreadable")
    if not (data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff")):
        return Problem.of("setting-logo-type")
    if len(data) > LOGO_MAX_BYTES:
        return Problem.of("setting-logo-size", size=len(data) // 1024, limit=LOGO_MAX_BYTES // 1024)
    return None


def _price(value: Any) -> Problem | None:
    try:
        return None if Decimal(str(value)) >= 0 else Problem.of("setting-negative")
    except InvalidOperation:
        return Problem.of("setting-amount", value=repr(value))


def _server_size(value: str) -> Problem | None:
    where, _, size = value.rpartition(" ")
    if value and (":" not in where or not size.isdigit()):
        return Problem.of("setting-server-size")
    return None


def server_size_value(host: str, port: int, size: int) -> str:
    """The text ``smtp.server_size`` keeps for a server's announced SIZE."""
    return f"{host}:{port} {size}"


def announced_size(value: str, host: str, port: int) -> int | None:
    """The SIZE kept in ``value`` if it was learned from this very server; None otherwise."""
    where, _, size = value.rpartition(" ")
    if where == f"{host}:{port}" and size.isdigit() and int(size) > 0:
        return int(size)
    return None


def _server_smtputf8(value: str) -> Problem | None:
    where, _, said = value.rpartition(" ")
    if value and (":" not in where or said not in ("yes", "no")):
        return Problem.of("setting-server-smtputf8")
    return None


def server_smtputf8_value(host: str, port: int, offered: bool) -> str:
    """The text ``smtp.server_smtputf8`` keeps for whether a server offered SMTPUTF8."""
    return f"{host}:{port} {'yes' if offered else 'no'}"


def announced_smtputf8(value: str, host: str, port: int) -> bool | None:
    """Whether this very server offered SMTPUTF8 when last connected; None when unknown."""
    where, _, said = value.rpartition(" ")
    if where != f"{host}:{port}" or said not in ("yes", "no"):
        return None
    return said == "yes"


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str
    check: Check = _ok

    def problem(self, value: Any) -> Problem | None:
        """What is wrong with ``value`` for this setting, reported under its key; or None."""
        if not isinstance(value, self.type) or (self.type is int and isinstance(value, bool)):
            return Problem.of("setting-type", self.key, key=self.key, type=self.type.__name__)
        found = self.check(value)
        return found.at(self.key) if found else None


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "ui.language",
        str,
        "",
        "The language of the window; empty: the system's language (English if it is not one "
        "of ours).",
        _language_or_empty,
    ),
    Setting(
        "company.logo",
        str,
        "",
        "The company logo printed in the letterhead (PNG or JPEG, up to 256 KB, base64).",
        _logo,
    ),
    Setting("smtp.host", str, "", "The company's outgoing mail server, e.g. smtp.example.com."),
    Setting("smtp.port", int, 587, "Its port: 587 for STARTTLS, 465 for SSL.", _port),
    Setting(
        "smtp.security",
        str,
        Security.STARTTLS.value,
        "How the connection is encrypted: starttls, ssl or none.",
        _security,
    ),
    Setting("smtp.user", str, "", "The login name on the mail server (empty: no login)."),
    Setting("smtp.from_address", str, "", "The address messages are sent from.", _address_or_empty),
    Setting("smtp.from_name", str, "", "The name shown beside the From address."),
    Setting(
        "smtp.reply_to",
        str,
        "",
        "Where replies go when a document names no one else.",
        _address_or_empty,
    ),
    Setting(
        "smtp.ca_file",
        str,
        "",
        "A certificate file to trust, for a server with the company's own certificate.",
    ),
    Setting(
        "smtp.allow_insecure_auth",
        bool,
        False,
        "Allow the password over an unencrypted connection (local servers only).",
    ),
    Setting(
        "smtp.per_minute",
        int,
        0,
        "Most messages a minute the mail account may send (e.g. 30 for Microsoft 365); "
        "0: no limit.",
        _not_negative,
    ),
    Setting(
        "smtp.per_day",
        int,
        0,
        "Most recipients a day the mail account may send to (e.g. 10000 for Microsoft 365, "
        "2000 for Google Workspace); 0: no limit.",
        _not_negative,
    ),
    Setting(
        "smtp.recipients_per_message",
        int,
        0,
        "Most recipients (To, CC and BCC) in one message (e.g. 100 for Google Workspace); "
        "0: no limit.",
        _not_negative,
    ),
    Setting(
        "mail.send_delay_seconds",
        int,
        0,
        "Seconds a message waits before it goes, so it can still be cancelled.",
        _not_negative,
    ),
    Setting(
        "mail.document_accounts",
        dict,
        {},
        "The sending account each kind of document goes from, by name (statement: accounts, "
        "say); the rest go from the sender's own account or the default one.",
        _document_accounts,
    ),
    Setting(
        "mail.mailbox_check_minutes",
        int,
        15,
        "Minutes between the window's background checks of the sending mailboxes for "
        "bounces and delivery reports; 0: never (nothing is checked without a mailbox).",
        _not_negative,
    ),
    Setting(
        "mail.test_address",
        str,
        "",
        "Test mode: when set, every message goes to this one address instead.",
        _address_or_empty,
    ),
    Setting(
        "mail.size_limit_mb",
        int,
        20,
        "Largest message, in MB, when the server does not announce its own limit.",
        _positive,
    ),
    Setting(
        "smtp.server_size",
        str,
        "",
        "Learned, not set: the largest message the server announced (SIZE) when LedgerPost "
        "last connected, as 'host:port bytes'.",
        _server_size,
    ),
    Setting(
        "smtp.server_smtputf8",
        str,
        "",
        "Learned, not set: whether the server offered SMTPUTF8 (addresses with letters beyond "
        "ASCII before the @) when LedgerPost last connected, as 'host:port yes' or "
        "'host:port no'.",
        _server_smtputf8,
    ),
    Setting(
        "mail.templates",
        list,
        [],
        "Message templates changed by the user: kind, language, subject, body, greeting, "
        "signature. The bundled ones are used for the rest.",
        _templates,
    ),
    Setting(
        "reminders.levels",
        list,
        DEFAULT_LEVELS,
        "Payment reminder levels: level, days after the due date (negative: before it), "
        "attach_invoices, attach_statement, fee, and optional texts per language (subject, "
        "body); the bundled words are used for the rest.",
        levels_problem,
    ),
    Setting(
        "reminders.minimum",
        str,
        "5.00",
        "A customer owing less than this overdue (less money on account) gets no reminder.",
        _price,
    ),
    Setting(
        "backup.daily",
        bool,
        True,
        "Back the ledger up once a day, when the window opens (checked, in the background).",
    ),
    Setting("backup.keep", int, 7, "How many daily backups to keep; older ones go.", _positive),
    Setting(
        "backup.folder",
        str,
        "",
        "Where daily backups go (empty: the 'backups' folder in LedgerPost's data folder).",
    ),
    Setting("credits.package_size", int, 1000, "Credits in one top-up package.", _positive),
    Setting("credits.package_price", str, "10.00", "Price of one package.", _price),
    Setting("credits.package_currency", str, "USD", "Currency of the package price."),
)

BY_KEY: dict[str, Setting] = {s.key: s for s in SETTINGS}

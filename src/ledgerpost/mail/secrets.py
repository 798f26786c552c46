"""The SMTP and database passwords: in the OS keyring, or in this process's memory when there is
no keyring.

Never anywhere else: not the database, not a log, not an export (ARCHITECTURE, "Platform
facts"). On a machine without a keyring (a headless Linux, say) the password is kept for this
session only, and the user is told so plainly.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import keyring
import keyring.errors

SERVICE = "LedgerPost SMTP"
DATABASE_SERVICE = "LedgerPost database"
"""The keyring service of shared ledgers' database passwords (by user@host:port/database)."""

NO_KEYRING = (
    "No keyring is available on this computer, so the password is kept only until LedgerPost "
    "closes; the password will be asked again next time."
)
IN_KEYRING = "The password is kept in the system keyring."


def password_key(ledger_id: str, host: str, user: str) -> str:
    """The keyring entry for one ledger's login on one server (not a secret itself): where the
    one server's password was kept before a ledger had several sending accounts."""
    return f"{ledger_id}:{user}@{host.strip().lower()}"


def account_key(ledger_id: str, account: str, host: str, user: str) -> str:
    """The keyring entry of one sending account's password (not a secret itself)."""
    return f"{ledger_id}:account:{account}:{user}@{host.strip().lower()}"


@dataclass(frozen=True, slots=True)
class SaveResult:
    """Where the password went, and a sentence to show the user."""

    in_keyring: bool
    message: str


class PasswordStore:
    """Save, load and forget passwords of one keyring service (SMTP passwords by a key from
    :func:`password_key` unless another service is named)."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service
        self._session: dict[str, str] = {}

    def __repr__(self) -> str:
        return f"PasswordStore({self.service!r}, session_only={len(self._session)})"

    def save(self, key: str, password: str) -> SaveResult:
        try:
            keyring.set_password(self.service, key, password)
        except keyring.errors.KeyringError:
            self._session[key] = password
            return SaveResult(False, NO_KEYRING)
        self._session.pop(key, None)
        return SaveResult(True, IN_KEYRING)

    def load(self, key: str) -> str | None:
        """The password, or None when none is known (ask the user)."""
        if key in self._session:
            return self._session[key]
        try:
            return keyring.get_password(self.service, key)
        except keyring.errors.KeyringError:
            return None

    def forget(self, key: str) -> None:
        self._session.pop(key, None)
        # PasswordDeleteError (there was none) or no keyring at all: nothing to forget.
        with contextlib.suppress(keyring.errors.KeyringError):
            keyring.delete_password(self.service, key)


def token_key(ledger_id: str, account_name: str) -> str:
    """The keyring entry of one ledger's sending account's OAuth2 refresh token."""
    return f"{ledger_id}:oauth2:{account_name}"

"""The password of a shared ledger's database: from the keyring, else libpq's ``~/.pgpass``.

Never in the ledger, a setting, a log or a message: the keyring entry is named by
user@host:port/database, and the password goes to the driver only. A URL that carries a
password itself is used as given (and shown masked).
"""

from __future__ import annotations

from ledgerpost.mail.secrets import DATABASE_SERVICE, PasswordStore, SaveResult
from ledgerpost.services.errors import LedgerError
from ledgerpost.storage.database import (
    has_password,
    is_server_url,
    password_key,
    resolve_url,
    safe_url,
    try_connect,
)

_store = PasswordStore(DATABASE_SERVICE)


def password_for(db: str | None) -> str | None:
    """The keyring's password for the database ``db`` names; None for a file, for a URL with
    its own password, or when the keyring has none (libpq then reads ``~/.pgpass``)."""
    url = resolve_url(db)
    if not is_server_url(url) or has_password(url):
        return None
    return _store.load(password_key(url))


def _server_url(db: str | None) -> str:
    url = resolve_url(db)
    if not is_server_url(url):
        raise LedgerError.of("password-for-file")
    if has_password(url):
        raise LedgerError.of("password-in-url")
    return url


def save_password(db: str | None, password: str) -> SaveResult:
    """Keep ``password`` for the database ``db`` names (in the keyring if there is one)."""
    if not password:
        raise LedgerError.of("password-empty")
    return _store.save(password_key(_server_url(db)), password)


def forget_password(db: str | None) -> None:
    _store.forget(password_key(_server_url(db)))


def try_connection(db: str | None) -> str:
    """Connect to the database ``db`` names with the password it would get (nothing is
    created there); where it is, fit to show. A refusal is a StorageError in plain words."""
    url = _server_url(db)
    try_connect(url, password_for(db))
    return safe_url(url)

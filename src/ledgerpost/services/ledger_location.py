"""Which ledger to open: a file on this computer or a shared ledger on a PostgreSQL server.

The window's "Open ledger" asks here before it opens anything, so a typing mistake is told in a
sentence, and a database password never ends up in an address (it would show in the process
list and in every message): it belongs in the keyring (``ledgerpost db-password``) or
``~/.pgpass``.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from ledgerpost.services.ledger import Ledger

SHARED_EXAMPLE = "postgresql+psycopg://bookkeeper@server/books"


class Trouble(StrEnum):
    """What is wrong with a ledger's location as written (the window words it)."""

    EMPTY = "empty"
    NO_FILE = "no-file"
    NOT_AN_ADDRESS = "not-an-address"
    PASSWORD_IN_ADDRESS = "password-in-address"
    NOT_POSTGRESQL = "not-postgresql"
    NO_DATABASE = "no-database"


def problem(target: str) -> tuple[Trouble, str] | None:
    """What keeps ``target`` from being tried as it is written, with the part concerned; None
    when it may be tried."""
    target = target.strip()
    if not target:
        return Trouble.EMPTY, ""
    if "://" not in target:
        path = Path(target).expanduser()
        return None if path.is_file() else (Trouble.NO_FILE, str(path))
    try:
        url = make_url(target)
    except (ArgumentError, ValueError):
        return Trouble.NOT_AN_ADDRESS, ""
    if url.password:
        return Trouble.PASSWORD_IN_ADDRESS, ""
    if url.get_backend_name() not in ("postgresql", "sqlite"):
        return Trouble.NOT_POSTGRESQL, url.get_backend_name()
    if url.get_backend_name() == "postgresql" and not url.database:
        return Trouble.NO_DATABASE, ""
    return None


def try_open(target: str) -> str:
    """Open and close the ledger once (the schema brought up to date, as any open does); the
    location as it may be shown. Raises ``LedgerError`` or ``StorageError`` in plain words."""
    ledger = Ledger.open(target.strip(), create=False)
    try:
        return ledger.location
    finally:
        ledger.close()

"""Errors the services raise: known trouble, each told in one plain sentence."""

from ledgerpost.storage.errors import StorageError


class LedgerError(Exception):
    """The request cannot be carried out; the message says why and what to do."""


class NoCompany(LedgerError):
    def __init__(self) -> None:
        super().__init__("this ledger has no company yet; run 'ledgerpost init --company NAME'")


class LoginRequired(LedgerError):
    """The ledger has passwords, and no one has logged in."""

    def __init__(self) -> None:
        super().__init__("this ledger asks for a login; log in first (the CLI takes --user)")


class LoginFailed(LedgerError):
    """Wrong login name or password; never says which of the two."""

    def __init__(self) -> None:
        super().__init__("the login name or the password is wrong")


class NotAllowed(LedgerError):
    """The user lacks the right the action needs."""


__all__ = [
    "LedgerError",
    "LoginFailed",
    "LoginRequired",
    "NoCompany",
    "NotAllowed",
    "StorageError",
]

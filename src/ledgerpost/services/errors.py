"""Errors the services raise: known trouble, each told in one plain sentence."""

from ledgerpost.storage.errors import StorageError


class LedgerError(Exception):
    """The request cannot be carried out; the message says why and what to do."""


class NoCompany(LedgerError):
    def __init__(self) -> None:
        super().__init__("this ledger has no company yet; run 'ledgerpost init --company NAME'")


__all__ = ["LedgerError", "NoCompany", "StorageError"]

"""Errors of the storage layer: trouble from the world, told in one plain sentence."""


class StorageError(Exception):
    """The ledger cannot be opened, read or written."""

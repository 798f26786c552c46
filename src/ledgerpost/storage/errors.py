"""Errors of the storage layer: trouble from the world, each a catalogue code with its values.

``StorageError.of(code, field, **values)`` names its sentence in the problem catalogue (area
``problem_texts_storage``), as a mail error does; ``str()`` is the English one, and the window
and the command line say it in the reader's language. A broken invariant of our own code is
no StorageError but a ``ValueError``: only a bug can cause it.
"""

from __future__ import annotations

from ledgerpost.i18n.problems import CodedError


class StorageError(CodedError):
    """The ledger cannot be opened, read or written, or holds no such row."""

"""Noticing changes made by another desk (or process) without a restart.

``ChangeWatch(ledger).changed()`` is one tiny query (see ``storage.data_version``): a window asks
it every few seconds and, when it says yes, redraws what it shows. Our own writes count too,
and so do the delivery workers' heartbeats (every 15 seconds per running worker); a redraw
too many is harmless, a change is never missed.
"""

from __future__ import annotations

from ledgerpost.services.errors import StorageError
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage.data_version import DataVersion
from ledgerpost.storage.database import plain_reason


class ChangeWatch:
    """Whether the ledger changed since the last look; use from one thread."""

    def __init__(self, ledger: Ledger) -> None:
        self._version = DataVersion(ledger.db.engine)
        self._seen = self._version.current()

    def changed(self) -> bool:
        """True once after each change (or burst of changes) since the last call."""
        try:
            now = self._version.current()
        except Exception as exc:  # the server went away: say so in plain words
            raise StorageError.of("ledger-unreadable", "", reason=plain_reason(exc)) from exc
        if now == self._seen:
            return False
        self._seen = now
        return True

    def close(self) -> None:
        self._version.close()

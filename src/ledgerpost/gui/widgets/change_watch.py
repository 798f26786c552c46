"""Redraw what another desk (or an ``outbox run`` beside the window) changed, without a restart.

Every few seconds one tiny query (``services.changes.ChangeWatch``) asks whether anything was
committed to the ledger since the last look; when it was, the window's pages hear it through
``AppContext.changes`` and reload what they show in place. The query runs on a background
thread of its own (a shared ledger may be a server across the office network), never on the
GUI thread, and one look at a time.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services.changes import ChangeWatch

INTERVAL_MS = 4000


class ChangeWatcher(QObject):
    """Start it with the window; it stops with its parent."""

    def __init__(
        self, context: AppContext, parent: QObject | None = None, interval_ms: int = INTERVAL_MS
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner = Runner(self, threads=1)
        self._runner.pool.setExpiryTimeout(-1)  # the watch belongs to the thread that made it
        self._watch: ChangeWatch | None = None
        self._looking = False
        self.problem = ""
        """Why the last look failed (the server gone, say); empty when it worked."""
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.look)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._runner.wait()
        watch, self._watch = self._watch, None
        if watch is not None:
            watch.close()

    def look(self) -> None:
        if self._looking:
            return
        self._looking = True
        self._runner.run(self._changed, self._answered, self._failed, owner=self)

    def _changed(self) -> bool:
        if self._watch is None:  # made on the watching thread, and the first look says no
            self._watch = ChangeWatch(self._context.ledger)
            return False
        return self._watch.changed()

    def _answered(self, changed: bool) -> None:
        self._looking = False
        self.problem = ""
        if changed:
            changes = self._context.changes
            changes.documents.emit()
            changes.outbox.emit()
            changes.credits.emit()

    def _failed(self, exc: Exception) -> None:
        self._looking = False

        def keep(text: str) -> None:
            self.problem = text

        errors.tell(exc, keep)

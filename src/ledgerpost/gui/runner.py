"""Long work off the GUI thread: run a service call in the background, answer on the GUI thread.

Widgets never touch the database or the network themselves for longer than a frame: they ask
the runner, which calls back with the result (or the error) on the GUI thread. Never touch a
widget from the function you hand in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Carries one task's outcome back to the GUI thread (signals cross threads queued)."""

    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:  # handed to the GUI thread, which shows or re-raises it
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


class Runner(QObject):
    """One pool of background threads for the whole window."""

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Call ``fn()`` in the background; then ``on_done(result)`` or ``on_error(exc)`` here.

        With ``owner`` (usually the widget asking), the answer is dropped if the owner has been
        deleted meanwhile (a dialog closed before its data arrived).
        """
        relay = _Relay()
        self._relays.add(relay)

        def finish() -> None:
            self._relays.discard(relay)
            relay.deleteLater()

        def gone() -> bool:
            return owner is not None and not shiboken6.isValid(owner)

        def succeeded(result: object) -> None:
            try:
                if on_done is not None and not gone():
                    on_done(result)
            finally:
                finish()

        def failed(exc: object) -> None:
            try:
                if gone() and isinstance(exc, Exception):
                    return
                if on_error is not None and isinstance(exc, Exception):
                    on_error(exc)
                else:
                    raise exc if isinstance(exc, BaseException) else RuntimeError(str(exc))
            finally:
                finish()

        relay.done.connect(succeeded)
        relay.failed.connect(failed)
        self.pool.start(_Task(fn, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for every task (tests and shutdown)."""
        return self.pool.waitForDone(msecs)

"""Long work off the GUI thread: run a service call in the background, answer on the GUI thread.

Widgets never touch the database or the network themselves for longer than a frame: they ask
the runner, which calls back with the result (or the error) on the GUI thread. Never touch a
widget from the function you hand in. A failure the caller has no handler for is told by
``gui.errors``: known trouble in a message box, a bug on the crash path.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ledgerpost.gui import errors

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries one task's outcome back to the GUI thread (signals cross threads queued)."""

    done = Signal(object)
    failed = Signal(object)


_BUSY: set[Runner] = set()
"""Runners with work in flight: kept alive until it is done, whoever dropped them."""


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
        deleted meanwhile (a dialog closed before its data arrived); a bug is never dropped.
        Without ``on_error``, :func:`show_failure` tells the failure.
        """
        # A child of the runner, not owned by its Python wrapper: the wrapper may die in the
        # pool thread (the job's closure is freed there) and must not delete the relay there.
        relay = _Relay(self)
        self._relays.add(relay)
        _BUSY.add(self)

        def finish() -> None:
            # Drop the callbacks here, on the GUI thread: they hold the asking widget, and the
            # relay's last reference may be the job's, freed in the pool thread; a widget freed
            # there is deleted off the GUI thread (the process dies later, painting).
            relay.done.disconnect()
            relay.failed.disconnect()
            self._relays.discard(relay)
            if not self._relays:
                _BUSY.discard(self)
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
                if not isinstance(exc, Exception):
                    raise exc if isinstance(exc, BaseException) else RuntimeError(str(exc))
                log.warning("background call %s failed: %s", _name(fn), errors.describe(exc))
                if gone():
                    if not errors.is_known(exc):
                        errors.crash(exc)
                elif on_error is not None:
                    on_error(exc)
                else:
                    show_failure(exc, owner)
            finally:
                finish()

        def job() -> None:
            # The closure keeps the relay alive for as long as the pool runs the job.
            try:
                result = fn()
            except Exception as exc:  # handed to the GUI thread, which shows or re-raises it
                relay.failed.emit(exc)
            else:
                relay.done.emit(result)

        relay.done.connect(succeeded)
        relay.failed.connect(failed)
        self.pool.start(job)

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for every task (tests and shutdown)."""
        return self.pool.waitForDone(msecs)


def show_failure(exc: Exception, owner: QObject | None = None) -> None:
    """The default answer to a failure: known trouble in a message box over ``owner``'s
    window, a bug on the crash path."""
    parent = owner if isinstance(owner, QWidget) else None

    def box(text: str) -> None:
        title = QCoreApplication.translate("errors", "LedgerPost")
        message = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        message.open()  # not exec(): no event loop of its own inside the answer

    errors.tell(exc, box)


def _name(fn: Callable[[], Any]) -> str:
    return str(getattr(fn, "__qualname__", None) or type(fn).__name__)


def wait_for_all(msecs: int = 30_000) -> bool:
    """Wait for the work of every runner still busy (at shutdown, and after each GUI test)."""
    for runner in list(_BUSY):
        if not shiboken6.isValid(runner):  # deleted with its parent, its relays with it
            _BUSY.discard(runner)
    return all(runner.wait(msecs) for runner in list(_BUSY))

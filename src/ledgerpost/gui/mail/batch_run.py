"""The box of a batch being queued and sent: its progress, "stop adding to the queue" while it
is queued, then its live counts (sent, waiting, failed) with pause, resume and cancel.

The batch dialog and the reminder run share it; each starts the queueing with its own service
call and hands the box the progress and stop it is given (``begin``), then the batch's id
(``queued``). The counts are read in the background every two seconds until the batch is done.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.background_delivery import BackgroundDelivery
from ledgerpost.gui.mail.batch_texts import counts_text
from ledgerpost.services import batch_control
from ledgerpost.services.batch_control import BatchCounts
from ledgerpost.services.ledger import Ledger

REFRESH_MS = 2000
Say = Callable[[str, bool], None]
"""Tells the dialog's notice line a sentence (True: a problem)."""
Failed = Callable[[Exception], None]


class _Progress(QObject):
    """Carries the queueing's progress from the worker thread to the box."""

    moved = Signal(int, int)


class BatchRunBox(QGroupBox):
    changed = Signal()
    """Queueing started or ended, or new counts came: the dialog updates its own buttons."""

    def __init__(
        self,
        context: AppContext,
        delivery: BackgroundDelivery | None,
        say: Say,
        failed: Failed,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.delivery = delivery
        self._say = say
        self._failed = failed
        self.batch_id: int | None = None
        self.last_counts: BatchCounts | None = None
        self.queueing = False
        self.queue_format = self.tr("%v of %m documents")
        """What the progress bar says while queueing (the dialog may name customers)."""
        self._counting = False
        self._stop = threading.Event()
        self._build()
        # No parent: the queueing thread keeps it alive even if the box goes first.
        self.relay = _Progress()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self._connect()
        self.setVisible(False)

    def _build(self) -> None:
        self.setTitle(self.tr("Batch"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Batch progress"))
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.stop_button = QPushButton(self.tr("Stop adding to the queue"))
        self.stop_button.setToolTip(
            self.tr("What is already queued stays queued and is sent; the rest is not queued")
        )
        self.pause_button = QPushButton(self.tr("P&ause sending"))
        self.resume_button = QPushButton(self.tr("&Resume sending"))
        self.cancel_button = QPushButton(self.tr("&Cancel messages not yet sent"))
        running = QVBoxLayout(self)
        running.addWidget(self.progress)
        running.addWidget(self.progress_label)
        controls = QHBoxLayout()
        for button in (self.stop_button, self.pause_button, self.resume_button):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.cancel_button)
        running.addLayout(controls)

    def _connect(self) -> None:
        self.relay.moved.connect(self._queue_progress)
        self.timer.timeout.connect(self.refresh_counts)
        self.stop_button.clicked.connect(self.stop_queueing)
        self.pause_button.clicked.connect(self.pause)
        self.resume_button.clicked.connect(self.resume)
        self.cancel_button.clicked.connect(self.cancel_unsent)
        self.context.changes.outbox.connect(self.refresh_counts)

    def update_buttons(self) -> None:
        counts = self.last_counts
        self.stop_button.setVisible(self.queueing)
        self.stop_button.setEnabled(self.queueing and not self._stop.is_set())
        idle = not self.queueing and counts is not None
        self.pause_button.setEnabled(idle and counts is not None and counts.waiting > 0)
        self.resume_button.setEnabled(idle and counts is not None and counts.held > 0)
        self.cancel_button.setEnabled(
            idle and counts is not None and counts.waiting + counts.held > 0
        )

    # --- queueing -------------------------------------------------------------------------

    def begin(self) -> tuple[Callable[[int, int], None], Callable[[], bool]]:
        """Show a new batch being queued; the progress and stop to hand the service."""
        self.queueing = True
        self._stop.clear()
        self.batch_id, self.last_counts = None, None
        self.setVisible(True)
        self.setTitle(self.tr("Batch"))
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Putting the messages in the outbox…"))
        self.update_buttons()
        self.changed.emit()
        return self.relay.moved.emit, self._stop.is_set

    def stop_queueing(self) -> None:
        self._stop.set()
        self.progress_label.setText(self.tr("Stopping after the message being queued…"))
        self.update_buttons()

    def _queue_progress(self, seen: int, total: int) -> None:
        if self.queueing:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(seen)
            self.progress.setFormat(self.queue_format)

    def queued(self, batch_id: int) -> None:
        """The queueing is done: follow the batch's messages from now on."""
        self.queueing = False
        self.batch_id = batch_id
        self.setTitle(self.tr("Batch %1").replace("%1", str(batch_id)))
        if self.delivery is not None:
            self.delivery.wake()
        self.context.changes.outbox.emit()
        self.timer.start()
        self.refresh_counts()
        self.changed.emit()

    def queue_failed(self) -> None:
        self.queueing = False
        self.progress.setRange(0, 1)
        self.progress_label.setText(
            self.tr("Queueing stopped by an error. Messages already queued stay in the outbox.")
        )
        self.context.changes.outbox.emit()
        self.update_buttons()
        self.changed.emit()

    # --- a running batch ----------------------------------------------------------------

    def refresh_counts(self) -> None:
        if self.batch_id is None or self._counting or self.queueing:
            return
        self._counting = True
        ledger, batch_id = self.context.ledger, self.batch_id

        def shown(counts: BatchCounts) -> None:
            self._counting = False
            if batch_id == self.batch_id:
                self._show_counts(counts)

        def failed(exc: Exception) -> None:
            self._counting = False
            self._failed(exc)

        self.context.runner.run(
            lambda: batch_control.batch_counts(ledger, batch_id), shown, failed, owner=self
        )

    def _show_counts(self, counts: BatchCounts) -> None:
        self.last_counts = counts
        self.progress.setRange(0, max(counts.total, 1))
        self.progress.setValue(counts.done)
        self.progress.setFormat(self.tr("%v of %m done"))
        self.progress_label.setText(counts_text(counts))
        if counts.finished:
            self.timer.stop()
        elif not self.timer.isActive():
            self.timer.start()
        self.update_buttons()
        self.changed.emit()

    def _act(self, action: Callable[[Ledger, int], int], done_text: str) -> None:
        if self.batch_id is None:
            return
        ledger, batch_id = self.context.ledger, self.batch_id

        def finished(moved: int) -> None:
            self._say(done_text.replace("%1", str(moved)), False)
            if self.delivery is not None:
                self.delivery.wake()
            self.context.changes.outbox.emit()
            self.refresh_counts()

        for button in (self.pause_button, self.resume_button, self.cancel_button):
            button.setEnabled(False)
        self.context.runner.run(
            lambda: action(ledger, batch_id), finished, self._failed, owner=self
        )

    def pause(self) -> None:
        self._act(batch_control.pause, self.tr("Paused: %1 message(s) held."))

    def resume(self) -> None:
        self._act(batch_control.resume, self.tr("Resumed: %1 message(s) will be sent."))

    def cancel_unsent(self) -> None:
        counts = self.last_counts
        unsent = counts.waiting + counts.held if counts else 0
        answer = QMessageBox.question(
            self,
            self.window().windowTitle(),
            self.tr(
                "Cancel the %n message(s) of this batch not yet sent? They will not be sent. "
                "Messages already on their way to the server still go.",
                "",
                unsent,
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._act(batch_control.cancel, self.tr("Cancelled: %1 message(s) will not be sent."))

    def shut(self) -> None:
        """Stop following the batch (the dialog goes for good)."""
        self.timer.stop()
        self.batch_id = None

"""Batch send: choose a document type and a number or date range, preview what it costs and
what it skips, queue it, and follow it (pause, resume, cancel) while the rest of the window
stays usable.

The dialog is modeless; closing it only hides it, and the batch goes on in the background.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.background_delivery import BackgroundDelivery
from ledgerpost.gui.mail.batch_choice import BatchChoice, Selection
from ledgerpost.gui.mail.batch_texts import counts_text, document_text, pace_text, reason_text
from ledgerpost.gui.widgets.labels import reserved_note
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services import batch_control
from ledgerpost.services.batch_control import BatchCounts, Preview, QueueRun
from ledgerpost.services.ledger import Ledger

REFRESH_MS = 2000


class _Progress(QObject):
    """Carries the queueing's progress from the worker thread to the dialog."""

    moved = Signal(int, int)


class BatchDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        delivery: BackgroundDelivery | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.delivery = delivery
        self.batch_id: int | None = None
        self.last_preview: Preview | None = None
        self.last_run: QueueRun | None = None
        self.last_counts: BatchCounts | None = None
        self._previewed_for: Selection | None = None
        self._stop = threading.Event()
        self._queueing = False
        self._counting = False
        self.setWindowTitle(self.tr("Batch send"))
        self.setModal(False)
        self.resize(640, 620)
        self.choice = BatchChoice(context, self._failed)
        self.preview_button = self.choice.preview_button
        self._build_summary()
        self._build_running()
        bottom = self._build_bottom()

        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(self.summary)
        layout.addWidget(self.credit_warning)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.skipped, 1)
        layout.addWidget(self.running)
        layout.addLayout(bottom)

        # No parent: the queueing thread keeps it alive even if the dialog goes first.
        self._relay = _Progress()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self._connect()
        self.choice.start()

    def _build_summary(self) -> None:
        """What the preview found: the count, a credit warning and the skipped documents."""
        self.summary = QLabel(self.tr("Choose what to send, then Preview."))
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.credit_warning = QLabel()
        self.credit_warning.setStyleSheet(style(Tone.PROBLEM))
        self.credit_warning.setWordWrap(True)
        self.skipped_label = QLabel()
        self.skipped = QTableWidget(0, 3)
        self.skipped.setAccessibleName(self.tr("Skipped documents"))
        self.skipped.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Customer"), self.tr("Why it is skipped")]
        )
        self.skipped.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.skipped.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.skipped.verticalHeader().setVisible(False)
        header = self.skipped.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def _build_running(self) -> None:
        """The box of a batch being queued and sent: progress, stop, pause, resume, cancel."""
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
        self.running = QGroupBox(self.tr("Batch"))
        running = QVBoxLayout(self.running)
        running.addWidget(self.progress)
        running.addWidget(self.progress_label)
        controls = QHBoxLayout()
        for button in (self.stop_button, self.pause_button, self.resume_button):
            controls.addWidget(button)
        controls.addStretch(1)
        controls.addWidget(self.cancel_button)
        running.addLayout(controls)
        self.running.setVisible(False)

    def _build_bottom(self) -> QHBoxLayout:
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("A batch being sent goes on in the background"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.send_button)
        bottom.addWidget(self.close_button)
        return bottom

    def _connect(self) -> None:
        self._relay.moved.connect(self._queue_progress)
        self.timer.timeout.connect(self.refresh_counts)
        self.choice.changed.connect(self._selection_changed)
        self.preview_button.clicked.connect(self.preview)
        self.send_button.clicked.connect(self.send)
        self.stop_button.clicked.connect(self.stop_queueing)
        self.pause_button.clicked.connect(self.pause)
        self.resume_button.clicked.connect(self.resume)
        self.cancel_button.clicked.connect(self.cancel_unsent)
        self.close_button.clicked.connect(self.reject)
        self.context.changes.outbox.connect(self.refresh_counts)

    # --- choosing ---------------------------------------------------------------------

    def selection(self) -> Selection:
        return self.choice.selection()

    def _selection_changed(self) -> None:
        if self._previewed_for is not None and self._previewed_for != self.selection():
            self._previewed_for = None
            self.last_preview = None
            self.summary.setText(self.tr("The choice changed: Preview again before sending."))
            self.credit_warning.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.last_preview is not None and self.last_preview.count > 0
        self.send_button.setEnabled(ready and not self._queueing)
        self.preview_button.setEnabled(not self._queueing)
        counts = self.last_counts
        self.stop_button.setVisible(self._queueing)
        self.stop_button.setEnabled(self._queueing and not self._stop.is_set())
        idle = not self._queueing and counts is not None
        self.pause_button.setEnabled(idle and counts is not None and counts.waiting > 0)
        self.resume_button.setEnabled(idle and counts is not None and counts.held > 0)
        self.cancel_button.setEnabled(
            idle and counts is not None and counts.waiting + counts.held > 0
        )

    # --- preview ------------------------------------------------------------------------

    def preview(self) -> None:
        chosen = self.selection()
        doc_type, numbers, dates, resend, account = chosen
        if dates is not None and dates[1] < dates[0]:
            self._say(self.tr("The date range ends before it starts."), error=True)
            return
        self.preview_button.setEnabled(False)
        self.summary.setText(self.tr("Checking every document of the range…"))
        ledger, by = self.context.ledger, self.context.by
        self.context.runner.run(
            lambda: batch_control.preview(
                ledger,
                doc_type,
                numbers=numbers,
                dates=dates,
                resend=resend,
                by=by,
                account=account,
            ),
            lambda found: self._previewed(chosen, found),
            self._failed,
            owner=self,
        )

    def _previewed(self, chosen: Selection, found: Preview) -> None:
        if chosen != self.selection():
            self._update_buttons()
            return  # the choice changed meanwhile; this answer is for another one
        self.last_preview, self._previewed_for = found, chosen
        if found.count:
            text = self.tr("%n message(s) to send", "", found.count)
        else:
            text = self.tr("Nothing to send in this range")
        text += " · " + self.tr("cost: %n credit(s)", "", found.cost)
        text += " · " + self.tr("available: %n credit(s)", "", found.balance)
        if found.count and found.finish is not None:  # at the mail account's pace
            text += " · " + pace_text(found, chosen[4])
        self.summary.setToolTip(reserved_note())
        self.summary.setText(text)
        short = found.cost - max(found.balance, 0)
        self.credit_warning.setText(
            self.tr("%n message(s) will wait until credits are added.", "", short)
            if short > 0
            else ""
        )
        doc_type = chosen[0]
        self.skipped_label.setText(
            self.tr("Skipped: %n document(s), with the reason", "", len(found.skipped))
            if found.skipped
            else self.tr("Nothing is skipped.")
        )
        self.skipped.setRowCount(len(found.skipped))
        for row, item in enumerate(found.skipped):
            self.skipped.setItem(row, 0, QTableWidgetItem(document_text(item.document, doc_type)))
            self.skipped.setItem(row, 1, QTableWidgetItem(item.party))
            self.skipped.setItem(row, 2, QTableWidgetItem(reason_text(item.reason)))
        self._say("")
        self._update_buttons()

    # --- sending ------------------------------------------------------------------------

    def send(self) -> None:
        if self.last_preview is None or self._queueing:
            return
        doc_type, numbers, dates, resend, account = self.selection()
        self._queueing = True
        self._stop.clear()
        self.batch_id, self.last_counts = None, None
        self.running.setVisible(True)
        self.running.setTitle(self.tr("Batch"))
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Putting the messages in the outbox…"))
        self._update_buttons()
        ledger, by, relay, stop = self.context.ledger, self.context.by, self._relay, self._stop
        self.context.runner.run(
            lambda: batch_control.queue_run(
                ledger,
                doc_type,
                numbers=numbers,
                dates=dates,
                resend=resend,
                by=by,
                progress=relay.moved.emit,
                stop=stop.is_set,
                account=account,
            ),
            self._queued,
            self._queue_failed,
            owner=self,
        )

    def stop_queueing(self) -> None:
        self._stop.set()
        self.progress_label.setText(self.tr("Stopping after the message being queued…"))
        self._update_buttons()

    def _queue_progress(self, seen: int, total: int) -> None:
        if self._queueing:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(seen)
            self.progress.setFormat(self.tr("%v of %m documents"))

    def _queued(self, run: QueueRun) -> None:
        self._queueing = False
        self.last_run, self.batch_id = run, run.batch_id
        self.running.setTitle(self.tr("Batch %1").replace("%1", str(run.batch_id)))
        text = self.tr("%n message(s) put in the outbox.", "", run.queued)
        if run.stopped:
            text += " " + self.tr(
                "Stopped: %n document(s) were not queued. Preview and Send the same range "
                "again to queue them; those already queued are skipped.",
                "",
                run.not_reached,
            )
        self._say(text, error=run.stopped)
        self.last_preview, self._previewed_for = None, None
        self.summary.setText(self.tr("Preview again to send another batch."))
        self.credit_warning.clear()
        if self.delivery is not None:
            self.delivery.wake()
        self.context.changes.outbox.emit()
        self.timer.start()
        self.refresh_counts()

    def _queue_failed(self, exc: Exception) -> None:
        self._queueing = False
        self.progress.setRange(0, 1)
        self.progress_label.setText(
            self.tr("Queueing stopped by an error. Messages already queued stay in the outbox.")
        )
        self.context.changes.outbox.emit()
        self._failed(exc)

    # --- a running batch ----------------------------------------------------------------

    def refresh_counts(self) -> None:
        if self.batch_id is None or self._counting or self._queueing:
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
        self._update_buttons()

    def _act(self, action: Callable[[Ledger, int], int], done_text: str) -> None:
        if self.batch_id is None:
            return
        ledger, batch_id = self.context.ledger, self.batch_id

        def finished(moved: int) -> None:
            self._say(done_text.replace("%1", str(moved)))
            if self.delivery is not None:
                self.delivery.wake()
            self.context.changes.outbox.emit()
            self.refresh_counts()

        for button in (self.pause_button, self.resume_button, self.cancel_button):
            button.setEnabled(False)
        self.context.runner.run(
            lambda: action(ledger, batch_id),
            finished,
            self._failed,
            owner=self,
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
            self.windowTitle(),
            self.tr(
                "Cancel the %n message(s) of this batch not yet sent? They will not be sent. "
                "Messages already on their way to the server still go.",
                "",
                unsent,
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._act(batch_control.cancel, self.tr("Cancelled: %1 message(s) will not be sent."))

    # --- telling the user ---------------------------------------------------------------

    def _say(self, text: str, *, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(style(Tone.PROBLEM if error else Tone.QUIET))

    def _failed(self, exc: Exception) -> None:
        self._update_buttons()
        errors.tell(exc, lambda text: self._say(text, error=True))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_counts()

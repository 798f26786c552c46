"""Batch send: choose a document type and a number or date range, preview what it costs and
what it skips, queue it, and follow it (pause, resume, cancel) while the rest of the window
stays usable.

The dialog is modeless; closing it only hides it, and the batch goes on in the background.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.background_delivery import BackgroundDelivery
from ledgerpost.gui.mail.batch_choice import BatchChoice, Selection
from ledgerpost.gui.mail.batch_run import BatchRunBox
from ledgerpost.gui.mail.batch_texts import document_text, pace_text, reason_text
from ledgerpost.gui.mail.run_dialog import RunDialog
from ledgerpost.gui.widgets.labels import reserved_note
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services import batch_control
from ledgerpost.services.batch_control import Preview, QueueRun


class BatchDialog(RunDialog):
    def __init__(
        self,
        context: AppContext,
        delivery: BackgroundDelivery | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.delivery = delivery
        self.last_preview: Preview | None = None
        self.last_run: QueueRun | None = None
        self._previewed_for: Selection | None = None
        self.setWindowTitle(self.tr("Batch send"))
        self.setModal(False)
        self.resize(640, 620)
        self.choice = BatchChoice(context, self._failed)
        self.preview_button = self.choice.preview_button
        self._build_summary()
        bottom = self._build_bottom()
        self.running = BatchRunBox(context, delivery, self._told, self._failed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(self.summary)
        layout.addWidget(self.credit_warning)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.skipped, 1)
        layout.addWidget(self.running)
        layout.addLayout(bottom)
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
        self.running.changed.connect(self._update_buttons)
        self.choice.changed.connect(self._selection_changed)
        self.preview_button.clicked.connect(self.preview)
        self.send_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.reject)

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
        self.send_button.setEnabled(ready and not self.running.queueing)
        self.preview_button.setEnabled(not self.running.queueing)
        self.running.update_buttons()

    # --- preview ------------------------------------------------------------------------

    def preview(self) -> None:
        chosen = self.selection()
        doc_type, numbers, dates, resend, account, form = chosen
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
                form=form,
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
        if self.last_preview is None or self.running.queueing:
            return
        doc_type, numbers, dates, resend, account, form = self.selection()
        progress, stop = self.running.begin()
        ledger, by = self.context.ledger, self.context.by
        self.context.runner.run(
            lambda: batch_control.queue_run(
                ledger,
                doc_type,
                numbers=numbers,
                dates=dates,
                resend=resend,
                by=by,
                progress=progress,
                stop=stop,
                account=account,
                form=form,
            ),
            self._queued,
            self._queue_failed,
            owner=self,
        )

    def _queued(self, run: QueueRun) -> None:
        self.last_run = run
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
        self.running.queued(run.batch_id)

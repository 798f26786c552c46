"""A letter to several parties at once, from a letter draft in the editor: choose the
recipients (kind, language, a checkable list with a filter), Preview (how many letters, what
they cost, who is left out and why), then Send: one numbered, approved letter per party, their
messages queued as one batch (``services.letter_batch``), followed live with pause, resume and
cancel. The draft stays a draft: it is the template, and a party that already has a letter of
it gets none again.

Like the batch dialog it is modeless; closing it only hides it (it lives as long as its
editor), and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.documents import Document
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.letter_recipients import LetterRecipients
from ledgerpost.gui.mail.background_delivery import BackgroundDelivery
from ledgerpost.gui.mail.batch_run import BatchRunBox
from ledgerpost.gui.mail.reminder_tables import new_table
from ledgerpost.gui.mail.run_dialog import RunDialog
from ledgerpost.gui.widgets.labels import hidden_contact, reserved_note
from ledgerpost.gui.widgets.language import LANGUAGE_NAMES, problem_line
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services import letter_batch, parties
from ledgerpost.services.letter_batch import LetterPreview, LetterRun, Recipients


class LetterBatchDialog(RunDialog):
    makes_documents = True  # each letter is a posted document

    def __init__(
        self,
        context: AppContext,
        template: Document,
        delivery: BackgroundDelivery | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert template.id is not None and template.letter is not None
        self.context = context
        self.template_id = template.id
        self.last_preview: LetterPreview | None = None
        self.last_run: LetterRun | None = None
        self._previewed_for: tuple[int, ...] = ()
        self._previewing = False
        self.setWindowTitle(self.tr("Send a letter to several"))
        self.setModal(False)
        self.resize(900, 680)
        heading = QLabel(self.tr("Letter: %1").replace("%1", template.letter.subject))
        heading.setStyleSheet("font-weight: 600;")
        heading.setWordWrap(True)
        self.recipients = LetterRecipients()
        self._build_summary()
        self._build_tables()
        bottom = self._build_bottom()
        self.running = BatchRunBox(context, delivery, self._told, self._failed)
        self.running.queue_format = self.tr("%v of %m letters")
        upper = QSplitter(Qt.Orientation.Vertical)
        upper.addWidget(self.recipients)
        upper.addWidget(self.tables)
        upper.setStretchFactor(0, 2)
        upper.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(upper, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.credit_warning)
        layout.addWidget(self.running)
        layout.addLayout(bottom)
        self._connect()
        self._update_buttons()
        self._load_cards()

    def _build_summary(self) -> None:
        self.summary = QLabel(self.tr("Choose the recipients, then Preview."))
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.credit_warning = QLabel()
        self.credit_warning.setStyleSheet(style(Tone.PROBLEM))
        self.credit_warning.setWordWrap(True)
        self.credit_warning.hide()

    def _build_tables(self) -> None:
        self.letters = new_table(
            [self.tr("Party"), self.tr("Written in"), self.tr("To")], self.tr("Letters to send")
        )
        self.skipped_label = QLabel()
        self.skipped = new_table([self.tr("Party"), self.tr("Why no letter")], self.tr("Left out"))
        lower = QWidget()
        below = QVBoxLayout(lower)
        below.setContentsMargins(0, 0, 0, 0)
        below.addWidget(self.skipped_label)
        below.addWidget(self.skipped, 1)
        self.tables = QSplitter(Qt.Orientation.Vertical)
        self.tables.addWidget(self.letters)
        self.tables.addWidget(lower)

    def _build_bottom(self) -> QHBoxLayout:
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.send_button = QPushButton(self.tr("&Send letters"))
        self.send_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("A batch being sent goes on in the background"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.notice, 1)
        for button in (self.preview_button, self.send_button, self.close_button):
            bottom.addWidget(button)
        return bottom

    def _connect(self) -> None:
        self.running.changed.connect(self._update_buttons)
        self.recipients.changed.connect(self._choice_changed)
        self.preview_button.clicked.connect(self.preview)
        self.send_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.reject)

    def _load_cards(self) -> None:
        ledger, by = self.context.ledger, self.context.by
        self.context.runner.run(
            lambda: parties.cards(ledger, by=by),
            self.recipients.set_cards,
            self._failed,
            owner=self,
        )

    def _choice_changed(self) -> None:
        if self.last_preview is not None and self.recipients.party_ids() != self._previewed_for:
            self.last_preview = None
            self.summary.setText(self.tr("The recipients changed: Preview again before sending."))
            self.credit_warning.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.running.queueing or self._previewing
        ready = self.last_preview is not None and self.last_preview.count > 0
        self.send_button.setEnabled(ready and not busy)
        self.preview_button.setEnabled(not busy and bool(self.recipients.party_ids()))
        self.recipients.setEnabled(not self.running.queueing)
        self.running.update_buttons()

    # --- preview ------------------------------------------------------------------------

    def _chosen(self) -> Recipients:
        return Recipients(party_ids=self.recipients.party_ids())

    def preview(self) -> None:
        chosen = self._chosen()
        self._previewing = True
        self._update_buttons()
        self.summary.setText(self.tr("Looking at every card chosen…"))
        ledger, by, template_id = self.context.ledger, self.context.by, self.template_id

        def work() -> LetterPreview:
            template = letter_batch.from_document(ledger, template_id)
            return letter_batch.preview(ledger, template, chosen, by=by)

        self.context.runner.run(
            work, lambda found: self._previewed(chosen, found), self._preview_failed, owner=self
        )

    def _previewed(self, chosen: Recipients, found: LetterPreview) -> None:
        self._previewing = False
        if chosen.party_ids != self.recipients.party_ids():
            self._update_buttons()
            return  # the choice changed meanwhile; this answer is for another one
        self.last_preview, self._previewed_for = found, chosen.party_ids
        text = (
            self.tr("%n letter(s) to send", "", found.count)
            if found.count
            else self.tr("No letter to send to the cards chosen")
        )
        text += " · " + self.tr("cost: %n credit(s)", "", found.cost)
        text += " · " + self.tr("available: %n credit(s)", "", found.balance)
        self.summary.setToolTip(reserved_note())
        self.summary.setText(text)
        short = found.cost - max(found.balance, 0)
        self.credit_warning.setText(
            self.tr("%n message(s) will wait until credits are added.", "", short)
        )
        self.credit_warning.setVisible(short > 0)
        self._fill_tables(found)
        self._say("")
        self._update_buttons()

    def _fill_tables(self, found: LetterPreview) -> None:
        self.letters.setRowCount(len(found.rows))
        for row, letter in enumerate(found.rows):
            name = letter.party
            if letter.cancelled:
                name += " " + self.tr("(%1 sent again (cancelled before))").replace(
                    "%1", letter.made
                )
            elif letter.made:
                name += " " + self.tr("(%1, made before)").replace("%1", letter.made)
            to = ", ".join(letter.to) if letter.to else hidden_contact()
            cells = (name, LANGUAGE_NAMES.get(letter.language, letter.language), to)
            for col, text in enumerate(cells):
                self.letters.setItem(row, col, QTableWidgetItem(text))
        self.skipped_label.setText(
            self.tr("Left out: %n card(s), with the reason", "", len(found.skipped))
            if found.skipped
            else self.tr("No card chosen is left out.")
        )
        self.skipped.setRowCount(len(found.skipped))
        for row, skip in enumerate(found.skipped):
            why = "; ".join(problem_line(p) for p in skip.problems)
            self.skipped.setItem(row, 0, QTableWidgetItem(skip.party))
            item = QTableWidgetItem(why)
            item.setToolTip(why)
            self.skipped.setItem(row, 1, item)

    # --- sending ------------------------------------------------------------------------

    def send(self) -> None:
        found = self.last_preview
        if found is None or self.running.queueing:
            return
        progress, stop = self.running.begin()
        ledger, by, template_id = self.context.ledger, self.context.by, self.template_id
        chosen = self._chosen()

        def work() -> LetterRun:
            template = letter_batch.from_document(ledger, template_id)
            return letter_batch.send(ledger, template, chosen, by=by, progress=progress, stop=stop)

        self.context.runner.run(
            work, lambda run: self._queued(found, run), self._queue_failed, owner=self
        )

    def _queued(self, previewed: LetterPreview, run: LetterRun) -> None:
        self.last_run = run
        text = self.tr("%n letter(s) made and put in the outbox.", "", run.queued)
        error = run.stopped
        if run.stopped:
            text += " " + self.tr(
                "Stopped: %n card(s) were not reached. Preview and Send again to write to "
                "them; those who have the letter get none again.",
                "",
                run.not_reached,
            )
        elif run.queued < previewed.count:
            error = True
            text += " " + self.tr(
                "%n previewed letter(s) were not queued; Preview again to see why.",
                "",
                previewed.count - run.queued,
            )
        self._say(text, error=error)
        self.last_preview = None
        self.summary.setText(self.tr("Preview again to see what is left."))
        self.credit_warning.hide()
        self.running.queued(run.batch_id)
        self.context.changes.documents.emit()  # each letter is a posted document


def open_for(
    editor: QWidget,
    context: AppContext,
    draft: Document,
    opened: Callable[[LetterBatchDialog, Document], None],
    failed: Callable[[Exception], None],
) -> None:
    """Save the editor's letter draft (the template), then open the dialog beside it;
    ``opened`` gets the dialog and the draft as saved."""
    ledger = context.ledger

    def saved(document: Document) -> None:
        context.changes.documents.emit()
        dialog = LetterBatchDialog(context, document, parent=editor)
        opened(dialog, document)
        dialog.show()

    context.runner.run(lambda: ledger.save_draft(draft), saved, failed, owner=editor)

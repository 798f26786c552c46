"""What the batch, reminder and letter batch dialogs share: a notice line that says what
happened (or, in plain words, why not), and the running box (``BatchRunBox``) that follows a
queued run. Each dialog builds its own choice and preview; this is how they talk."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QLabel

from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.batch_run import BatchRunBox
from ledgerpost.gui.widgets.palette import Tone, style


class RunDialog(QDialog):
    """A dialog that previews a run and then queues it; subclasses make ``notice`` and
    ``running`` and say which of their buttons a state allows (``_update_buttons``)."""

    context: AppContext
    notice: QLabel
    summary: QLabel
    running: BatchRunBox
    _previewing = False
    """A preview is being made (its buttons wait for it)."""
    makes_documents = False
    """The run posts documents of its own (reminders, letters): the lists that show them
    hear of it once queueing ends, whether or not it ended well."""

    def _update_buttons(self) -> None:
        raise NotImplementedError

    def _preview_failed(self, exc: Exception) -> None:
        self._previewing = False
        self.summary.setText(self.tr("The preview could not be made."))
        self._failed(exc)

    def _queue_failed(self, exc: Exception) -> None:
        self.running.queue_failed()
        if self.makes_documents:
            self.context.changes.documents.emit()
        self._failed(exc)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(style(Tone.PROBLEM if error else Tone.QUIET))

    def _told(self, text: str, error: bool) -> None:
        self._say(text, error=error)

    def _failed(self, exc: Exception) -> None:
        self._update_buttons()
        errors.tell(exc, lambda text: self._say(text, error=True))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.running.refresh_counts()

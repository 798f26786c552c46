"""File > Restore from a backup…: a backup becomes a new ledger file, never over the books.

The backup is copied, brought up to this version and checked in the background
(``services.backup.restore``); messages that were still to go at the backup's moment come back
*uncertain*, for the user to decide in the email queue, so nothing is sent twice. Then the
dialog offers to open the restored ledger (LedgerPost starts again on it, as File > Open
ledger does).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.language import datetime_text
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services import backup
from ledgerpost.services.backup import RestoreResult


def _local(moment: dt.datetime) -> str:
    """A stored time (UTC, with or without its zone) on the bookkeeper's clock."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)
    return datetime_text(aware.astimezone())


class RestoreDialog(QDialog):
    """Choose the backup and the new ledger file; Restore; then Open it. ``target`` is the
    restored ledger once the user chose to open it (the dialog is then accepted)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result: RestoreResult | None = None
        self.target = ""
        self.restoring = ""
        """The new ledger file as the user named it."""
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.backup_path = QLineEdit()
        self.backup_path.setAccessibleName(self.tr("Backup"))
        self.ledger_path = QLineEdit()
        self.ledger_path.setAccessibleName(self.tr("New ledger file"))
        form = QFormLayout()
        form.addRow(self.tr("Backup"), self._with_button(self.backup_path, self._choose_backup))
        form.addRow(
            self.tr("New ledger file"), self._with_button(self.ledger_path, self._choose_ledger)
        )
        explained = QLabel(
            self.tr(
                "The backup becomes a new ledger; the books open now are not touched. Messages "
                "that were still to go when the backup was taken wait in the email queue for "
                "you to decide, so none goes out twice."
            )
        )
        explained.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button = self.buttons.addButton(
            self.tr("&Open the restored ledger"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explained)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.restore_button.clicked.connect(self.restore)
        self.open_button.clicked.connect(self._open)
        self.buttons.rejected.connect(self.reject)
        for field in (self.backup_path, self.ledger_path):
            field.textChanged.connect(lambda _t: self._enable())
        self._enable()
        self.resize(640, 260)

    def _with_button(self, field: QLineEdit, choose: object) -> QHBoxLayout:
        row = QHBoxLayout()
        button = QPushButton(self.tr("Browse…"))
        button.clicked.connect(choose)
        row.addWidget(field, 1)
        row.addWidget(button)
        return row

    def _choose_backup(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup"),
            str(backup.default_folder()),
            self.tr("Backups (*.ledgerpost)"),
        )
        if chosen:
            self.backup_path.setText(chosen)

    def _choose_ledger(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("New ledger file"), "", self.tr("Ledger files (*.sqlite3)")
        )
        if chosen:
            self.ledger_path.setText(chosen)

    def _enable(self) -> None:
        ready = bool(self.backup_path.text().strip() and self.ledger_path.text().strip())
        self.restore_button.setEnabled(ready and self.result is None)

    def restore(self) -> None:
        source = Path(self.backup_path.text().strip())
        target = self.ledger_path.text().strip()
        self.restoring = target
        self.restore_button.setEnabled(False)
        self.status.setStyleSheet(style(Tone.QUIET))
        self.status.setText(self.tr("Restoring and checking…"))
        self.context.runner.run(
            lambda: backup.restore(source, target), self._restored, self._failed, owner=self
        )

    def _restored(self, result: RestoreResult) -> None:
        self.result = result
        taken = _local(result.taken_at) if result.taken_at else self.tr("an unknown time")
        lines = [
            self.tr("The backup of %1 is now the ledger %2.")
            .replace("%1", taken)
            .replace("%2", self.restoring)
        ]
        if result.uncertain:
            lines.append(
                self.tr(
                    "%n message(s) were still to go: they wait in the email queue for you to "
                    "decide.",
                    "",
                    result.uncertain,
                )
            )
        if result.problems:
            lines.append(
                self.tr("The check found %n problem(s): run Check there.", "", len(result.problems))
            )
        self.status.setStyleSheet(style(Tone.PROBLEM if result.problems else Tone.DONE))
        self.status.setText("\n".join(lines))
        self.open_button.setEnabled(True)
        self._enable()

    def _failed(self, exc: Exception) -> None:
        self.status.setStyleSheet(style(Tone.PROBLEM))
        errors.tell(exc, self.status.setText)
        self._enable()

    def _open(self) -> None:
        if self.result is not None:
            self.target = self.restoring  # as the user named it (the result has its URL)
            self.accept()

"""The File menu's own work: open another ledger, back up, restore a backup, import a file.

The window adds its New and Settings actions in front; what each action does is here, with
its words on the window's status bar.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QWidget

from ledgerpost.gui.context import AppContext
from ledgerpost.gui.errors import tell

if TYPE_CHECKING:
    from ledgerpost.services.backup import BackupResult


class FileMenu(QObject):
    """Open ledger, Back up, Restore, Import and Quit for ``window``."""

    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window, self.context = window, context
        self.import_dialog: QWidget | None = None
        self.open_ledger_action = QAction(self.tr("&Open ledger…"), window)
        self.open_ledger_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_ledger_action.triggered.connect(self.open_ledger)
        self.backup_action = QAction(self.tr("&Back up…"), window)
        self.backup_action.triggered.connect(lambda: self.back_up())
        self.restore_action = QAction(self.tr("&Restore from a backup…"), window)
        self.restore_action.triggered.connect(self.restore_backup)
        self.import_action = QAction(self.tr("&Import from a file…"), window)
        self.import_action.triggered.connect(self.open_import)
        self.quit_action = QAction(self.tr("&Quit"), window)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(window.close)

    def _say(self, text: str, timeout: int = 0) -> None:
        self.window.statusBar().showMessage(text, timeout)

    def _start_on(self, target: str) -> None:
        """LedgerPost again on ``target``, and this window closes (it stays if that failed)."""
        from ledgerpost.gui.open_ledger import start_window_on

        if start_window_on(target):
            self.window.close()
        else:
            self._say(self.tr("LedgerPost could not be started on that ledger."), 15_000)

    def open_ledger(self) -> None:
        """Another ledger (a file, or a shared one on a server): LedgerPost starts again on it
        once it opened, and this window closes."""
        from ledgerpost.gui.open_ledger import OpenLedgerDialog

        dialog = OpenLedgerDialog(self.context, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.target:
            self._start_on(dialog.target)

    def restore_backup(self) -> None:
        """A backup into a new ledger file; LedgerPost starts again on it if the user asks."""
        from ledgerpost.gui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.context, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.target:
            self._start_on(dialog.target)

    def open_import(self) -> None:
        """File > Import…: cards or documents from a file; the pages that show them refresh."""
        from ledgerpost.gui.import_dialog import ImportDialog

        dialog = ImportDialog(self.context, self.window)
        changes = self.context.changes
        dialog.imported.connect(lambda _kind: changes.documents.emit())
        dialog.imported.connect(lambda _kind: changes.parties.emit())
        self.import_dialog = dialog
        dialog.open()

    def back_up(self, target: str | None = None) -> None:
        """Ask where (unless ``target`` is given), then copy and check in the background."""
        from ledgerpost.services import backup

        if target is None:
            today = dt.date.today().isoformat()  # the user's own day
            suggested = str(backup.default_folder() / f"ledger-{today}.ledgerpost")
            target, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Back up the ledger"),
                suggested,
                self.tr("Backups (*.ledgerpost)"),
            )
            if not target:
                return
        ledger, session, path = self.context.ledger, self.context.by, Path(target)
        self._say(self.tr("Backing up…"))
        self.context.runner.run(
            lambda: backup.backup(ledger, path, session),
            self.show_backup,
            lambda exc: tell(exc, self._say),
            owner=self.window,
        )

    def show_backup(self, result: BackupResult | None) -> None:
        """Where a backup went and what its check found (``None``: nothing was due)."""
        if result is None:
            return
        if result.problems:
            text = self.tr("Backed up to %1, but the check found %n problem(s): run Check.", "",
                           len(result.problems))  # fmt: skip
        else:
            text = self.tr("Backed up to %1 and checked.")
        self._say(text.replace("%1", str(result.path)))

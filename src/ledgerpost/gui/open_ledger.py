"""File > Open ledger: another ledger file, or a shared ledger on a PostgreSQL server.

The ledger is tried in the background first (reachable, the password found in the keyring or
``~/.pgpass``, the schema up to date); only then does LedgerPost start again on it, in a new
window, and this one closes. A mistake is told in the dialog, and nothing is left half-open.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services import ledger_location


def program_with(target: str) -> tuple[str, list[str]]:
    """The command that starts LedgerPost's window on ``target``."""
    if getattr(sys, "frozen", False):  # the installer's program is the entry point itself
        return sys.executable, ["--db", target, "gui"]
    return sys.executable, ["-m", "ledgerpost", "--db", target, "gui"]


class OpenLedgerDialog(QDialog):
    """``opened`` is the location tried and found good; the caller restarts on it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.target = ""
        self.setWindowTitle(self.tr("Open ledger"))
        self.file_choice = QRadioButton(self.tr("A ledger file on this computer"))
        self.shared_choice = QRadioButton(self.tr("A shared ledger on a PostgreSQL server"))
        group = QButtonGroup(self)
        group.addButton(self.file_choice)
        group.addButton(self.shared_choice)
        self.file_choice.setChecked(True)

        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Ledger file"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.clicked.connect(self._browse)
        self.address = QLineEdit()
        self.address.setAccessibleName(self.tr("Shared ledger address"))
        self.address.setPlaceholderText(ledger_location.SHARED_EXAMPLE)
        hint = QLabel(
            self.tr(
                "The database password comes from the keyring (ledgerpost db-password) or from "
                "~/.pgpass; never put it in the address."
            )
        )
        hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(style(Tone.PROBLEM))

        grid = QGridLayout()
        grid.addWidget(self.file_choice, 0, 0, 1, 2)
        grid.addWidget(self.path, 1, 0)
        grid.addWidget(self.browse, 1, 1)
        grid.addWidget(self.shared_choice, 2, 0, 1, 2)
        grid.addWidget(self.address, 3, 0, 1, 2)
        grid.addWidget(hint, 4, 0, 1, 2)
        for choice in (self.file_choice, self.shared_choice):
            choice.toggled.connect(self._choice_changed)
        self._choice_changed()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.try_open)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _choice_changed(self) -> None:
        shared = self.shared_choice.isChecked()
        self.path.setEnabled(not shared)
        self.browse.setEnabled(not shared)
        self.address.setEnabled(shared)

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open ledger"), "", self.tr("Ledger files (*.sqlite3);;All files (*)")
        )
        if chosen:
            self.path.setText(chosen)

    def chosen_target(self) -> str:
        return (self.address if self.shared_choice.isChecked() else self.path).text().strip()

    def try_open(self) -> None:
        target = self.chosen_target()
        found = ledger_location.problem(target)
        if found is not None:
            self.problem.setText(self._words(*found))
            return
        self.problem.setText(self.tr("Opening…"))
        self.buttons.setEnabled(False)
        self.context.runner.run(
            lambda: ledger_location.try_open(target),
            lambda _location: self._opened(target),
            self._failed,
            owner=self,
        )

    def _words(self, trouble: ledger_location.Trouble, part: str) -> str:
        example = ledger_location.SHARED_EXAMPLE
        Trouble = ledger_location.Trouble
        return {
            Trouble.EMPTY: self.tr("Name a ledger file, or the address of a shared ledger."),
            Trouble.NO_FILE: self.tr("There is no ledger file at %1.").replace("%1", part),
            Trouble.NOT_AN_ADDRESS: self.tr(
                "This is not a database address; a shared ledger looks like %1."
            ).replace("%1", example),
            Trouble.PASSWORD_IN_ADDRESS: self.tr(
                "The address holds a password: keep it in the keyring (ledgerpost db-password) "
                "or in ~/.pgpass, and give the address without it."
            ),
            Trouble.NOT_POSTGRESQL: self.tr(
                "LedgerPost keeps shared ledgers on PostgreSQL (not %1): %2"
            )
            .replace("%1", part)
            .replace("%2", example),
            Trouble.NO_DATABASE: self.tr("Name the database at the end of the address: %1").replace(
                "%1", example
            ),
        }[trouble]

    def _opened(self, target: str) -> None:
        self.target = target
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        errors.tell(exc, self.problem.setText)


def start_window_on(target: str) -> bool:
    """Start LedgerPost on ``target`` in a process of its own; whether it started."""
    program, arguments = program_with(target)
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)

"""File > Import…: party cards or documents from a CSV or JSON file, checked first.

*Check* runs the import as a dry run and lists every problem with its row and field; *Import*
is offered only once the same file (and the same choices) passed, and then writes everything
or nothing, as ``ledgerpost parties import`` and ``ledgerpost documents add`` do
(``services.imports``). The column names are in the README; samples in ``docs/samples``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.language import problem_message
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services import imports
from ledgerpost.services.import_files import FileProblem

PARTIES, DOCUMENTS = "parties", "documents"


Found = imports.PartyImport | imports.DocumentImport
"""What a check or an import of each kind of file says."""


class ImportDialog(QDialog):
    """Choose what the file holds and the file; Check; then Import. ``imported`` follows a
    write, with what the file was (``parties`` or ``documents``)."""

    imported = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.found: Found | None = None
        self.checked: tuple[str, str, bool] | None = None
        """What the last clean check was of: (kind, file, post); Import needs the same."""
        self.setWindowTitle(self.tr("Import from a file"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Cards: customers, suppliers, employees (CSV)"), PARTIES)
        self.kind.addItem(
            self.tr("Documents: invoices, credit notes, opening items (CSV or JSON)"), DOCUMENTS
        )
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File"))
        choose = QPushButton(self.tr("Choose…"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        self.post = QCheckBox(self.tr("&Post the documents (numbered and final)"))
        form = QFormLayout()
        form.addRow(self.tr("The file holds"), self.kind)
        form.addRow(self.tr("File"), file_row)
        form.addRow("", self.post)
        self.summary = QLabel(
            self.tr("Choose a file, then Check: nothing is written until Import.")
        )
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.tr("Problems"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Problem")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.check_button = self.buttons.addButton(
            self.tr("&Check"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        choose.clicked.connect(self.choose_file)
        self.kind.currentIndexChanged.connect(lambda _i: self._choices_changed())
        self.path.textChanged.connect(lambda _t: self._choices_changed())
        self.post.toggled.connect(lambda _on: self._choices_changed())
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.buttons.rejected.connect(self.reject)
        self._choices_changed()
        self.resize(720, 460)

    def choices(self) -> tuple[str, str, bool]:
        kind = str(self.kind.currentData())
        return kind, self.path.text().strip(), kind == DOCUMENTS and self.post.isChecked()

    def _choices_changed(self) -> None:
        kind, path, _post = self.choices()
        self.post.setVisible(kind == DOCUMENTS)
        self.check_button.setEnabled(bool(path))
        self.import_button.setEnabled(self.checked == self.choices())

    def choose_file(self) -> None:
        kinds = (
            self.tr("CSV (*.csv)")
            if self.kind.currentData() == PARTIES
            else self.tr("CSV or JSON (*.csv *.json)")
        )
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import from a file"), "", kinds)
        if chosen:
            self.path.setText(chosen)

    def run(self, *, dry_run: bool) -> None:
        """Check the file (``dry_run``) or import it; the outcome is shown when it is back."""
        chosen = self.choices()
        kind, path, post = chosen
        if not path:
            return
        ledger, by = self.context.ledger, self.context.session
        for button in (self.check_button, self.import_button):
            button.setEnabled(False)
        self.summary.setStyleSheet(style(Tone.QUIET))
        self.summary.setText(self.tr("Checking…") if dry_run else self.tr("Importing…"))

        def work() -> Found:
            try:
                if kind == PARTIES:
                    return imports.import_parties(ledger, Path(path), dry_run=dry_run, by=by)
                return imports.add_documents(ledger, Path(path), post=post, dry_run=dry_run, by=by)
            except FileProblem as exc:  # not CSV or JSON at all: one problem, nothing read
                return imports.DocumentImport(problems=(exc.problem,))

        self.context.runner.run(
            work,
            lambda found: self._show(found, chosen, dry_run),
            self._failed,
            owner=self,
        )

    def _counts(self, found: Found) -> str:
        if isinstance(found, imports.PartyImport):
            return (
                self.tr("New cards: %1, updated: %2, unchanged: %3.")
                .replace("%1", str(found.new))
                .replace("%2", str(found.updated))
                .replace("%3", str(found.unchanged))
            )
        if found.created:
            return self.tr("%n document(s) created.", "", len(found.created))
        if found.checked:
            return self.tr("%n document(s) pass every check.", "", found.checked)
        return ""

    def _show(self, found: Found, chosen: tuple[str, str, bool], dry_run: bool) -> None:
        self.found = found
        self.table.setRowCount(len(found.problems))
        for at, problem in enumerate(found.problems):
            self.table.setItem(at, 0, QTableWidgetItem(problem.field))
            self.table.setItem(at, 1, QTableWidgetItem(problem_message(problem)))
        self.table.resizeColumnToContents(0)
        counts = self._counts(found)
        if found.problems:
            self.checked = None
            self.summary.setStyleSheet(style(Tone.PROBLEM))
            told = self.tr(
                "%n problem(s): nothing was written. Mend the file and check again.",
                "",
                len(found.problems),
            )
            self.summary.setText(f"{counts} {told}".strip())
        elif dry_run:
            self.checked = chosen
            self.summary.setStyleSheet(style(Tone.DONE))
            self.summary.setText(
                f"{counts} " + self.tr("Nothing is written until you choose Import.")
            )
        else:
            self.checked = None
            self.summary.setStyleSheet(style(Tone.DONE))
            self.summary.setText(counts)
            self.imported.emit(chosen[0])
        self._choices_changed()

    def _failed(self, exc: Exception) -> None:
        self.checked = None
        self._choices_changed()
        self.summary.setStyleSheet(style(Tone.PROBLEM))
        errors.tell(exc, self.summary.setText)

"""The "New journal entry…" dialog: a date, a text and balanced lines; saved or posted."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.books import ManualLine
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.language import problem_line
from ledgerpost.services import books
from ledgerpost.services.books import ENTRY_PREFIX, EntryResult


class JournalEntryDialog(QDialog):
    """Emits ``saved`` with the entry's shown number (or draft id) once the ledger keeps it."""

    saved = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("New journal entry"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.text = QLineEdit()
        self.lines = QTableWidget(2, 4)
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Account"), self.tr("Debit"), self.tr("Credit"), self.tr("Text")]
        )
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.add_line = QPushButton(self.tr("Add &line"))
        self.post = QCheckBox(self.tr("&Post now (the entry cannot change afterwards)"))
        self.post.setChecked(True)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("De&scription"), self.text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.add_line)
        layout.addWidget(self.post)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.add_line.clicked.connect(lambda: self.lines.insertRow(self.lines.rowCount()))
        self.buttons.accepted.connect(self.keep)
        self.buttons.rejected.connect(self.reject)
        self.resize(620, 360)

    def set_line(self, row: int, account: str, debit: str, credit: str, text: str = "") -> None:
        while self.lines.rowCount() <= row:
            self.lines.insertRow(self.lines.rowCount())
        for column, value in enumerate((account, debit, credit, text)):
            self.lines.setItem(row, column, QTableWidgetItem(value))

    def _cell(self, row: int, column: int) -> str:
        item = self.lines.item(row, column)
        return item.text().strip() if item is not None else ""

    def entry_lines(self) -> list[ManualLine] | None:
        """The typed lines (empty rows left out); None after telling of an unreadable amount."""
        lines = []
        for row in range(self.lines.rowCount()):
            account = self._cell(row, 0)
            if not (account or self._cell(row, 1) or self._cell(row, 2)):
                continue
            try:
                debit = Decimal(self._cell(row, 1).replace(",", ".") or "0")
                credit = Decimal(self._cell(row, 2).replace(",", ".") or "0")
            except InvalidOperation:
                self.problems.setText(self.tr("Line %1: an amount is not a number.").replace(
                    "%1", str(row + 1)))  # fmt: skip
                return None
            lines.append(ManualLine(account, debit, credit, self._cell(row, 3)))
        return lines

    def keep(self) -> None:
        lines = self.entry_lines()
        if lines is None:
            return
        ledger, by = self.context.ledger, self.context.by
        day = self.date.date().toPython()
        text, post = self.text.text().strip(), self.post.isChecked()
        self.buttons.setEnabled(False)
        self.context.runner.run(
            lambda: books.add_entry(ledger, day, lines, text, post=post, by=by),
            self._kept,
            self._failed,
            owner=self,
        )

    def _kept(self, result: EntryResult) -> None:
        self.buttons.setEnabled(True)
        if not result.done or result.entry is None:
            self.problems.setText("\n".join(problem_line(p) for p in result.problems))
            return
        entry = result.entry
        shown = f"{ENTRY_PREFIX}{entry.number}" if entry.posted else f"#{entry.id}"
        self.saved.emit(shown)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        from ledgerpost.gui import errors

        self.buttons.setEnabled(True)
        errors.tell(exc, self.problems.setText)

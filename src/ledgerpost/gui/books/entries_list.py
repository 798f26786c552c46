"""The manual journal entries on the Books page: drafts first, then posted ones by number;
a draft is posted or deleted, a posted entry reversed (``services.books``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from ledgerpost.domain.books import ManualEntry
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.language import amount_text, date_text, problem_message
from ledgerpost.gui.widgets.table_model import rows_table, select_row, table_over_buttons
from ledgerpost.services import books
from ledgerpost.services.books import ENTRY_PREFIX, EntryResult

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class JournalEntriesBox(QWidget):
    """The entries table with Post, Delete and Reverse for the chosen entry.

    ``said(text, ok)`` tells the page's status line what an action did or why it did not;
    ``changed`` follows every change to the books, ``shown`` each reading of the entries."""

    said = Signal(str, bool)
    changed = Signal()
    shown = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.entries: list[ManualEntry] = []
        self.reversed: dict[int, int] = {}
        headers = [
            self.tr("Number"),
            self.tr("Date"),
            self.tr("State"),
            self.tr("Text"),
            self.tr("Amount"),
            self.tr("Reversal"),
        ]
        self.table = rows_table(headers, self.tr("Journal entries"))
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.post_button = QPushButton(self.tr("&Post"))
        self.delete_button = QPushButton(self.tr("&Delete draft"))
        self.reverse_button = QPushButton(self.tr("&Reverse…"))
        table_over_buttons(
            self, self.table, (self.post_button, self.delete_button, self.reverse_button)
        )
        self.table.itemSelectionChanged.connect(self._enable)
        self.post_button.clicked.connect(self.post)
        self.delete_button.clicked.connect(lambda: self.delete())
        self.reverse_button.clicked.connect(lambda: self.reverse())
        self._enable()

    def refresh(self) -> None:
        ledger = self.context.ledger
        self.context.runner.run(
            lambda: books.entries(ledger, drafts=True), self._loaded, self._failed, owner=self
        )

    def _loaded(self, found: list[ManualEntry]) -> None:
        chosen = self.chosen()
        self.entries, self.reversed = found, books.reversed_numbers(found)
        currency = self.context.ledger.require_company().currency
        self.table.setRowCount(len(found))
        for at, entry in enumerate(found):
            texts = [
                f"{ENTRY_PREFIX}{entry.number}" if entry.posted else "",
                date_text(entry.date),
                self.tr("Posted") if entry.posted else self.tr("Draft"),
                entry.description,
                amount_text(entry.debit_total, currency),
                self._reversal_text(entry),
            ]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(at, column, item)
            if chosen is not None and entry.id == chosen.id:
                select_row(self.table, at)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._enable()
        self.shown.emit()

    def count_text(self) -> str:
        """What the status line says of the entries: how many, and how many are drafts."""
        drafts = sum(not entry.posted for entry in self.entries)
        text = self.tr("%n journal entry(s)", "", len(self.entries))
        if drafts:
            text += self.tr("; %n draft(s) not posted yet", "", drafts)
        return text

    def _reversal_text(self, entry: ManualEntry) -> str:
        if entry.reverses is not None:
            return self.tr("reverses %1").replace("%1", f"{ENTRY_PREFIX}{entry.reverses}")
        if entry.number in self.reversed:
            by = f"{ENTRY_PREFIX}{self.reversed[entry.number]}"
            return self.tr("reversed by %1").replace("%1", by)
        return ""

    def chosen(self) -> ManualEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def _enable(self) -> None:
        entry = self.chosen()
        draft = entry is not None and not entry.posted
        reversible = (
            entry is not None
            and entry.posted
            and entry.reverses is None
            and entry.number not in self.reversed
        )
        self.post_button.setEnabled(draft)
        self.delete_button.setEnabled(draft)
        self.reverse_button.setEnabled(reversible)

    def post(self) -> None:
        entry = self.chosen()
        if entry is None or entry.id is None or entry.posted:
            return
        ledger, by, entry_id = self.context.ledger, self.context.session, entry.id
        self.context.runner.run(
            lambda: books.post_entry(ledger, entry_id, by=by), self._done, self._failed, owner=self
        )

    def delete(self, *, confirmed: bool = False) -> None:
        entry = self.chosen()
        if entry is None or entry.id is None or entry.posted:
            return
        if not confirmed and not self._ask(
            self.tr("Delete the draft entry “%1”? It never counted in the books.").replace(
                "%1", entry.description or date_text(entry.date)
            )
        ):
            return
        ledger, by, entry_id = self.context.ledger, self.context.session, entry.id

        self.context.runner.run(  # the words are made back on the GUI thread
            lambda: books.delete_draft_entry(ledger, entry_id, by=by),
            lambda _none: self._told(self.tr("Draft entry deleted.")),
            self._failed,
            owner=self,
        )

    def reverse(self, *, confirmed: bool = False, day: dt.date | None = None) -> None:
        entry = self.chosen()
        if entry is None or entry.number is None:
            return
        shown = f"{ENTRY_PREFIX}{entry.number}"
        if not confirmed and not self._ask(
            self.tr("Post an entry dated today that undoes %1?").replace("%1", shown)
        ):
            return
        ledger, by, number = self.context.ledger, self.context.session, entry.number
        on = day or dt.date.today()
        self.context.runner.run(
            lambda: books.reverse_entry(ledger, number, on, by=by),
            self._done,
            self._failed,
            owner=self,
        )

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Journal entries"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _done(self, result: EntryResult) -> None:
        if not result.done or result.entry is None:
            self.said.emit("; ".join(problem_message(p) for p in result.problems), False)
            return
        shown = f"{ENTRY_PREFIX}{result.entry.number}"
        self._told(self.tr("Journal entry %1 posted.").replace("%1", shown))

    def _told(self, text: str) -> None:
        self.said.emit(text, True)
        self.changed.emit()
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        errors.tell(exc, lambda text: self.said.emit(text, False))

"""The Books page: the trial balance at a date (an account's general ledger on double-click),
the manual journal entries, both saved as PDF, and the chart of accounts."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.books import GeneralLedger
from ledgerpost.gui import errors
from ledgerpost.gui.books.chart_tab import ChartOfAccountsBox
from ledgerpost.gui.books.entries_list import JournalEntriesBox
from ledgerpost.gui.books.entry_dialog import JournalEntryDialog
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.page import Page
from ledgerpost.gui.widgets.report_files import ask_target, write_report
from ledgerpost.services import books
from ledgerpost.services.books import TrialBalance

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _fill(table: QTableWidget, rows: list[list[str]], right: set[int]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if c in right:
                item.setTextAlignment(RIGHT)
            table.setItem(r, c, item)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class GeneralLedgerDialog(QDialog):
    """One account's lines over a period: opening balance, each line, running balance."""

    def __init__(
        self, context: AppContext, found: GeneralLedger, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.found = found
        self.setWindowTitle(self.tr("General ledger: %1 %2").replace("%1", found.account)
                            .replace("%2", found.name))  # fmt: skip
        self.table = _table(
            [
                self.tr("Date"),
                self.tr("Number"),
                self.tr("Party"),
                self.tr("Text"),
                self.tr("Debit"),
                self.tr("Credit"),
                self.tr("Balance"),
            ]
        )
        rows = [["", "", "", self.tr("Opening balance"), "", "", str(found.opening)]]
        rows += [
            [
                r.movement.date.isoformat(),
                r.movement.reference,
                r.movement.party,
                r.movement.described,
                str(r.movement.debit),
                str(r.movement.credit),
                str(r.balance),
            ]
            for r in found.rows
        ]
        rows.append(["", "", "", self.tr("Closing balance"), "", "", str(found.closing)])
        _fill(self.table, rows, {4, 5, 6})
        self.table.resizeColumnsToContents()
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(bar)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.resize(760, 420)

    def save_pdf(self, target: Path | None = None) -> None:
        """The account's ledger as a PDF (asked where, unless ``target`` is given)."""
        found = self.found
        suggested = f"ledger-{found.account}-{found.start.isoformat()}-{found.end.isoformat()}.pdf"
        target = target or ask_target(
            self, self.tr("Save the general ledger as PDF"), suggested, self.tr("PDF (*.pdf)")
        )
        if target is None:
            return
        produce = partial(books.print_general_ledger, self.context.ledger, found)
        write_report(
            self.context,
            self,
            target,
            produce,
            lambda path: self.status.setText(self.tr("Saved to %1").replace("%1", str(path))),
            lambda exc: errors.tell(exc, self.status.setText),
        )


class BooksPage(Page):
    """The trial balance; "New journal entry…"; double-click an account for its ledger."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.found: TrialBalance | None = None
        self._counting = True
        """The status line shows the count of accounts (not what an action said)."""
        self.ledger_dialog: GeneralLedgerDialog | None = None
        self.entry_dialog: JournalEntryDialog | None = None
        heading = QLabel(self.tr("Books"))
        heading.setStyleSheet("font-size: 15px; font-weight: 600; padding: 4px 2px;")
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.new_entry = QPushButton(self.tr("New &journal entry…"))
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Trial balance as of")))
        bar.addWidget(self.as_of)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.new_entry)
        self.table = _table(
            [
                self.tr("Account"),
                self.tr("Name"),
                self.tr("Debit"),
                self.tr("Credit"),
                self.tr("Balance"),
            ]
        )
        self.table.setAccessibleName(self.tr("Trial balance"))
        self.entries = JournalEntriesBox(context)
        self.chart = ChartOfAccountsBox(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("Trial balance"))
        self.tabs.addTab(self.entries, self.tr("Journal entries"))
        self.tabs.addTab(self.chart, self.tr("Chart of accounts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notice)
        self.entries.said.connect(self.say)
        self.entries.changed.connect(self.refresh)
        self.chart.said.connect(self.say)
        self.chart.changed.connect(self.refresh)
        self.chart.shown.connect(self._count)
        self.entries.shown.connect(self._count)
        self.tabs.currentChanged.connect(lambda _i: self._count())
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.as_of.dateChanged.connect(lambda _d: self.refresh())
        self.new_entry.clicked.connect(self.open_entry_dialog)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_ledger(row))
        self.refresh_on(self.context.changes.documents)

    def say(self, text: str, ok: bool) -> None:
        self._counting = False
        super().say(text, ok)

    def day(self) -> dt.date:
        return self.as_of.date().toPython()  # type: ignore[no-any-return]

    def refresh(self) -> None:
        self._stale = False
        ledger, day = self.context.ledger, self.day()
        self.context.runner.run(
            lambda: books.trial_balance_at(ledger, day), self._loaded, self.tell, owner=self
        )
        self.entries.refresh()
        self.chart.refresh()

    def _loaded(self, found: TrialBalance) -> None:
        self.found = found
        rows = [
            [r.account, r.name, str(r.debit), str(r.credit), str(r.balance)] for r in found.rows
        ]
        rows.append(["", self.tr("Total"), str(found.debit_total), str(found.credit_total), ""])
        _fill(self.table, rows, {2, 3, 4})
        self.table.resizeColumnsToContents()
        self._count()
        self.pdf_button.setEnabled(True)

    def _count(self) -> None:
        """The status line's count: the entries on their tab, the accounts of the chart on
        its tab, else the accounts the trial balance has."""
        if not self._counting:  # what an action said stays until the next action
            return
        if self.tabs.currentWidget() is self.entries:
            self.notice.setText(self.entries.count_text())
            return
        if self.tabs.currentWidget() is self.chart:
            count = len(self.chart.accounts)
        elif self.found is not None:
            count = len(self.found.rows)
        else:
            return
        self.notice.setText(self.tr("%n account(s)", "", count))

    def save_pdf(self, target: Path | None = None) -> None:
        """The trial balance shown, as a PDF (asked where, unless ``target`` is given)."""
        found = self.found
        if found is None:
            return
        suggested = f"trial-balance-{self.day().isoformat()}.pdf"
        target = target or ask_target(
            self, self.tr("Save the trial balance as PDF"), suggested, self.tr("PDF (*.pdf)")
        )
        if target is None:
            return
        produce = partial(books.print_trial_balance, self.context.ledger, found)
        write_report(self.context, self, target, produce, self._saved, self.tell)

    def _saved(self, path: Path) -> None:
        self.say(self.tr("Saved to %1").replace("%1", str(path)), True)

    def open_ledger(self, row: int) -> None:
        if self.found is None or row >= len(self.found.rows):
            return
        account, ledger, end = self.found.rows[row].account, self.context.ledger, self.day()
        start = dt.date(end.year, 1, 1)
        self.context.runner.run(
            lambda: books.general_ledger_of(ledger, account, start, end),
            self._show_ledger,
            self.tell,
            owner=self,
        )

    def _show_ledger(self, found: GeneralLedger) -> None:
        self.ledger_dialog = GeneralLedgerDialog(self.context, found, self)
        self.ledger_dialog.open()

    def open_entry_dialog(self) -> None:
        self.entry_dialog = JournalEntryDialog(self.context, self)
        self.entry_dialog.saved.connect(self._entry_saved)
        self.entry_dialog.open()

    def _entry_saved(self, shown: str) -> None:
        self.say(self.tr("Journal entry %1 kept.").replace("%1", shown), True)
        self.refresh()
        if shown.startswith("#"):  # a draft: show it among the entries, ready to post
            self.tabs.setCurrentWidget(self.entries)

"""The ageing of open items: per party what is open by days overdue at a date, the totals per
side, and the report saved as PDF or CSV (``services.receivables``, ``services.ageing_csv``)."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.open_items import COLUMNS, Ageing, AgeingRow, Side
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.language import amount_text, date_edit_format, isolated
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.gui.widgets.report_files import ask_target, write_report
from ledgerpost.services import receivables
from ledgerpost.services.ageing_csv import ageing_csv

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class AgeingPage(QWidget):
    """The ageing table at a date; Save as PDF or CSV writes what is shown."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.report: Ageing | None = None
        heading = QLabel(self.tr("Ageing of open items"))
        heading.setStyleSheet("font-size: 15px; font-weight: 600; padding: 4px 2px;")
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat(date_edit_format())
        self.as_of.setAccessibleName(self.tr("As of"))
        self.show_button = QPushButton(self.tr("Show"))
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.csv_button = QPushButton(self.tr("Save as &CSV…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._build_table()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("As of")))
        bar.addWidget(self.as_of)
        bar.addWidget(self.show_button)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.show_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.csv_button.clicked.connect(lambda: self.save_csv())
        context.changes.documents.connect(self.refresh)
        self._enable_saving()
        self.refresh()

    def _build_table(self) -> None:
        headers = [
            self.tr("Party"),
            self.tr("Side"),
            self.tr("Currency"),
            self.tr("Current"),
            self.tr("1–30 days"),
            self.tr("31–60 days"),
            self.tr("61–90 days"),
            self.tr("Over 90 days"),
            self.tr("On account"),
            self.tr("Balance"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setAccessibleName(self.tr("Ageing"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(3, len(headers)):
            self.table.setColumnWidth(column, 105)

    @property
    def day(self) -> dt.date:
        value = self.as_of.date().toPython()
        assert isinstance(value, dt.date)
        return value

    def refresh(self) -> None:
        ledger, day = self.context.ledger, self.day
        self.status.setStyleSheet(style(Tone.QUIET))
        self.context.runner.run(
            lambda: receivables.ageing_report(ledger, day), self._show, self._failed, owner=self
        )

    def _show(self, report: Ageing) -> None:
        self.report = report
        self.table.setRowCount(0)
        for row in report.rows:
            self._add_row(row, bold=False)
        for row in report.totals:
            self._add_row(row, bold=True)
        self.status.setText(
            self.tr("%n party(ies) with open items", "", len(report.rows))
            if report.rows
            else self.tr("Nothing is open: every invoice is paid and no money is on account.")
        )
        self._enable_saving()

    def _add_row(self, row: AgeingRow, *, bold: bool) -> None:
        at = self.table.rowCount()
        self.table.insertRow(at)
        side = self.tr("Receivable") if row.side is Side.RECEIVABLE else self.tr("Payable")
        texts = [
            isolated(row.party) if row.party else self.tr("Total"),
            side,
            row.currency,
            *(amount_text(row.amount(column), row.currency) for column in COLUMNS),
            amount_text(row.total, row.currency),
        ]
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if column >= 3:
                item.setTextAlignment(RIGHT)
            if bold:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(at, column, item)

    def _enable_saving(self) -> None:
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(self.report is not None)

    def _ask(self, title: str, suffix: str, kinds: str) -> Path | None:
        return ask_target(self, title, f"ageing-{self.day.isoformat()}.{suffix}", kinds)

    def save_pdf(self, target: Path | None = None) -> None:
        """Write the report shown as a PDF (asked where, unless ``target`` is given)."""
        report = self.report
        if report is None:
            return
        target = target or self._ask(
            self.tr("Save the ageing as PDF"), "pdf", self.tr("PDF (*.pdf)")
        )
        if target is None:
            return
        produce = partial(receivables.print_ageing, self.context.ledger, report)
        write_report(self.context, self, target, produce, self._saved, self._failed)

    def save_csv(self, target: Path | None = None) -> None:
        """Write the report shown as CSV (asked where, unless ``target`` is given)."""
        report = self.report
        if report is None:
            return
        target = target or self._ask(
            self.tr("Save the ageing as CSV"), "csv", self.tr("CSV (*.csv)")
        )
        if target is None:
            return
        write_report(
            self.context, self, target, partial(ageing_csv, report), self._saved, self._failed
        )

    def _saved(self, path: Path) -> None:
        self.status.setStyleSheet(style(Tone.DONE))
        self.status.setText(self.tr("Saved to %1").replace("%1", str(path)))

    def _failed(self, exc: Exception) -> None:
        self.status.setStyleSheet(style(Tone.PROBLEM))
        errors.tell(exc, self.status.setText)

"""The VAT report page: output and input VAT by rate for a period, the net due, and under it
the documents that make the chosen rate's line; saved as PDF or CSV (``services.vat_reports``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.vat_report import VatRateLine, VatReport
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.language import (
    amount_text,
    date_edit_format,
    date_text,
    isolated,
    quantity_text,
)
from ledgerpost.gui.widgets.page import Page
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.gui.widgets.report_files import ask_target, write_report
from ledgerpost.gui.widgets.table_model import rows_table
from ledgerpost.services import vat_reports

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
PERIODS = ("last-month", "this-month", "last-quarter", "this-quarter", "last-year", "this-year")


def period(name: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of a named period around ``today``."""
    if name.endswith("year"):
        year = today.year - (1 if name.startswith("last") else 0)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    months = 3 if name.endswith("quarter") else 1
    first_month = (today.month - 1) // months * months  # 0-based month the period starts in
    start = dt.date(today.year, first_month + 1, 1)
    if name.startswith("last"):
        back = start - dt.timedelta(days=1)
        start = dt.date(back.year, (back.month - 1) // months * months + 1, 1)
    following = start.month - 1 + months
    end = dt.date(start.year + following // 12, following % 12 + 1, 1) - dt.timedelta(days=1)
    return start, end


@dataclass(frozen=True, slots=True)
class SummaryRow:
    """One row of the summary table: a rate's line (with its documents) or a total."""

    label: str
    rate: str
    net: Decimal | None
    vat: Decimal
    line: VatRateLine | None = None
    bold: bool = False


def _item(text: str, *, right: bool = False, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(RIGHT)
    if bold:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    return item


def _table(headers: list[str], name: str) -> QTableWidget:
    table = rows_table(headers, name)
    table.setAlternatingRowColors(True)
    return table


class VatReportPage(Page):
    """The period's VAT by rate and the net due; a rate's documents below it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.report: VatReport | None = None
        self.others: tuple[str, ...] = ()
        self.rows: list[SummaryRow] = []
        self._asked = 0
        """Refreshes asked for: only the newest one's answer is shown."""
        self._build_fields()
        self._build_tables()
        self._lay_out()
        self.choose_period()
        self.period.currentIndexChanged.connect(lambda _i: self.choose_period())
        for field in (self.start, self.end):
            field.dateChanged.connect(lambda _d: self._dates_edited())
        self.show_button.clicked.connect(self.refresh)
        self.currency.activated.connect(lambda _i: self.refresh())
        self.summary.itemSelectionChanged.connect(self.show_documents)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.csv_button.clicked.connect(lambda: self.save_csv())
        self._enable_saving()
        self.refresh_on(self.context.changes.documents)

    def _build_fields(self) -> None:
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        names = {
            "last-month": self.tr("Last month"),
            "this-month": self.tr("This month"),
            "last-quarter": self.tr("Last quarter"),
            "this-quarter": self.tr("This quarter"),
            "last-year": self.tr("Last year"),
            "this-year": self.tr("This year"),
        }
        for key in PERIODS:
            self.period.addItem(names[key], key)
        self.period.addItem(self.tr("Other dates"), "")
        self.start = self._date_field(self.tr("From"))
        self.end = self._date_field(self.tr("To"))
        self.currency = QComboBox()
        self.currency.setAccessibleName(self.tr("Currency"))
        self.show_button = QPushButton(self.tr("Show"))
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.csv_button = QPushButton(self.tr("Save as &CSV…"))
        self.due = QLabel()
        self.due.setStyleSheet("font-size: 14px; font-weight: 600; padding: 4px 2px;")
        self.due.setAccessibleName(self.tr("Net VAT due"))

    def _build_tables(self) -> None:
        self.summary = _table(
            [self.tr("VAT"), self.tr("Rate"), self.tr("Taxable amount"), self.tr("VAT amount")],
            self.tr("VAT by rate"),
        )
        self.summary.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.documents = _table(
            [
                self.tr("Date"),
                self.tr("Type"),
                self.tr("Number"),
                self.tr("Party"),
                self.tr("Taxable amount"),
                self.tr("VAT amount"),
            ],
            self.tr("Documents of the rate"),
        )
        self.documents.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.documents_label = QLabel(self.tr("Choose a rate to see the documents that make it."))

    def _lay_out(self) -> None:
        heading = QLabel(self.tr("VAT report"))
        heading.setStyleSheet("font-size: 15px; font-weight: 600; padding: 4px 2px;")
        bar = QHBoxLayout()
        bar.addWidget(self.period)
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.start)
        bar.addWidget(QLabel(self.tr("To")))
        bar.addWidget(self.end)
        bar.addWidget(QLabel(self.tr("Currency")))
        bar.addWidget(self.currency)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)
        bar.addWidget(self.csv_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.documents_label)
        lower_layout.addWidget(self.documents, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.summary)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.due)
        layout.addWidget(split, 1)
        layout.addWidget(self.notice)

    def _date_field(self, name: str) -> QDateEdit:
        field = QDateEdit()
        field.setCalendarPopup(True)
        field.setDisplayFormat(date_edit_format())
        field.setAccessibleName(name)
        return field

    def choose_period(self) -> None:
        """Set the dates of the period chosen (none for "Other dates": they stay as typed)."""
        key = self.period.currentData()
        if not key:
            return
        start, end = period(key, dt.date.today())
        for field, day in ((self.start, start), (self.end, end)):
            field.blockSignals(True)
            field.setDate(QDate(day.year, day.month, day.day))
            field.blockSignals(False)
        self.changed()

    def _dates_edited(self) -> None:
        self.period.blockSignals(True)
        self.period.setCurrentIndex(self.period.count() - 1)
        self.period.blockSignals(False)

    def dates(self) -> tuple[dt.date, dt.date]:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        assert isinstance(start, dt.date) and isinstance(end, dt.date)
        return start, end

    def refresh(self) -> None:
        self._stale = False
        ledger, (start, end) = self.context.ledger, self.dates()
        currency = self.currency.currentData() or None
        self.notice.setStyleSheet(style(Tone.QUIET))
        self._asked += 1
        asked = self._asked
        self.context.runner.run(
            lambda: vat_reports.report(ledger, start, end, currency),
            lambda found: self._loaded(found) if asked == self._asked else None,
            lambda exc: self._not_loaded(exc) if asked == self._asked else None,
            owner=self,
        )

    def _loaded(self, found: tuple[VatReport, tuple[str, ...]]) -> None:
        self.report, self.others = found
        report = self.report
        self._fill_currencies(report.currency, self.others)
        self.rows = self._summary_rows(report)
        self.summary.setRowCount(len(self.rows))
        for at, row in enumerate(self.rows):
            net = "" if row.net is None else amount_text(row.net, report.currency)
            texts = [row.label, row.rate, net, amount_text(row.vat, report.currency)]
            for column, text in enumerate(texts):
                self.summary.setItem(at, column, _item(text, right=column > 0, bold=row.bold))
        self.summary.resizeColumnsToContents()
        self.summary.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.due.setText(self._due_text(report))
        self.documents.setRowCount(0)
        self.documents_label.setText(self.tr("Choose a rate to see the documents that make it."))
        self._say_counts(report)
        self._enable_saving()

    def _due_text(self, report: VatReport) -> str:
        due = f"{amount_text(abs(report.net_due), report.currency)} {report.currency}"
        if report.net_due >= 0:
            return self.tr("VAT to pay for the period: %1").replace("%1", due)
        return self.tr("VAT to reclaim for the period: %1").replace("%1", due)

    def _say_counts(self, report: VatReport) -> None:
        if report.document_count == 0:
            text = self.tr("No invoice, credit note or purchase invoice in %1 in this period.")
            text = text.replace("%1", report.currency)
        else:
            text = self.tr("%n document(s) with VAT in this period", "", report.document_count)
        if self.others:
            text += " " + self.tr(
                "Documents in %1 have VAT in this period too: choose the currency to see "
                "their report."
            ).replace("%1", ", ".join(self.others))
        self.notice.setText(text)

    def _fill_currencies(self, shown: str, others: tuple[str, ...]) -> None:
        wanted = sorted({shown, *others, *self._listed_currencies()})
        if wanted != self._listed_currencies():
            self.currency.clear()
            for code in wanted:
                self.currency.addItem(code, code)
        self.currency.setCurrentIndex(self.currency.findData(shown))

    def _listed_currencies(self) -> list[str]:
        return [self.currency.itemData(i) for i in range(self.currency.count())]

    def _summary_rows(self, report: VatReport) -> list[SummaryRow]:
        rows: list[SummaryRow] = []
        for title, lines, total in (
            (self.tr("Output VAT (sales)"), report.output, report.output_vat),
            (self.tr("Input VAT (purchases)"), report.input, report.input_vat),
        ):
            for line in lines:
                rate = f"{quantity_text(line.rate)} %"
                rows.append(SummaryRow(title, rate, line.net, line.vat, line))
            net = sum((line.net for line in lines), Decimal(0))
            rows.append(SummaryRow(self.tr("%1, total").replace("%1", title), "", net, total))
        rows.append(SummaryRow(self.tr("Net VAT due"), "", None, report.net_due, bold=True))
        return rows

    def show_documents(self) -> None:
        """The documents behind the selected rate's line."""
        selected = self.summary.selectionModel().selectedRows()
        row = self.rows[selected[0].row()] if selected and self.rows else None
        if row is None or row.line is None or self.report is None:
            self.documents.setRowCount(0)
            return
        currency, kinds = self.report.currency, self._type_names()
        self.documents_label.setText(
            self.tr("%1 at %2: %n document(s)", "", len(row.line.documents))
            .replace("%1", row.label)
            .replace("%2", row.rate)
        )
        self.documents.setRowCount(len(row.line.documents))
        for at, d in enumerate(row.line.documents):
            texts = [
                date_text(d.date),
                kinds.get(d.type, d.type.value),
                d.number,
                isolated(d.party),
                amount_text(d.net, currency),
                amount_text(d.vat, currency),
            ]
            for column, text in enumerate(texts):
                self.documents.setItem(at, column, _item(text, right=column >= 4))
        self.documents.resizeColumnsToContents()
        self.documents.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def _type_names(self) -> dict[DocumentType, str]:
        return {
            DocumentType.INVOICE: self.tr("Invoice"),
            DocumentType.CREDIT_NOTE: self.tr("Credit note"),
            DocumentType.PURCHASE_INVOICE: self.tr("Purchase invoice"),
        }

    def _enable_saving(self) -> None:
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(self.report is not None)

    def _suggested(self, suffix: str) -> str:
        report = self.report
        assert report is not None
        return f"vat-{report.start.isoformat()}-{report.end.isoformat()}.{suffix}"

    def save_pdf(self, target: Path | None = None) -> None:
        """Write the report shown as a PDF (asked where, unless ``target`` is given)."""
        report = self.report
        if report is None:
            return
        title, kinds = self.tr("Save the VAT report as PDF"), self.tr("PDF (*.pdf)")
        target = target or ask_target(self, title, self._suggested("pdf"), kinds)
        if target is not None:
            produce = partial(vat_reports.print_vat_report, self.context.ledger, report)
            write_report(self.context, self, target, produce, self._saved, self.tell)

    def save_csv(self, target: Path | None = None) -> None:
        """Write the report shown as CSV, a row per document and rate."""
        report = self.report
        if report is None:
            return
        title, kinds = self.tr("Save the VAT report as CSV"), self.tr("CSV (*.csv)")
        target = target or ask_target(self, title, self._suggested("csv"), kinds)
        if target is not None:
            produce = partial(vat_reports.as_csv, report)
            write_report(self.context, self, target, produce, self._saved, self.tell)

    def _saved(self, path: Path) -> None:
        self.say(self.tr("Saved to %1").replace("%1", str(path)), True)

    def _not_loaded(self, exc: Exception) -> None:
        self.report = None
        self.due.clear()
        self._enable_saving()
        self.tell(exc)

"""The sent-messages report: what went to whom in a period, counted by outcome, as CSV."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QDate,
)
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.delivery_outcome import REPORTED
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.delivery_states import (
    delivery_name,
    filter_names,
)
from ledgerpost.gui.mail.sent_report_model import SentReportModel
from ledgerpost.gui.widgets.empty_hint import EmptyHint
from ledgerpost.gui.widgets.labels import mail_status_name
from ledgerpost.gui.widgets.language import date_edit_format
from ledgerpost.gui.widgets.page import Page
from ledgerpost.gui.widgets.table_model import (
    fit_column_to_texts,
    fit_datetime_columns,
)
from ledgerpost.services import outbox_view
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.reports import SentReport, sent_report

S = OutboxStatus
COUNT_ORDER = (
    S.SENT, S.FAILED, S.UNCERTAIN, S.RETRY, S.NO_CREDIT, S.QUEUED, S.HELD, S.SENDING, S.CANCELLED
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Choices:
    users: list[str]
    parties: list[tuple[int, str]]


def load_choices(ledger: Ledger) -> Choices:
    parties = sorted(
        ((p.id, p.name) for p in ledger.parties() if p.id is not None), key=lambda p: p[1]
    )
    return Choices(outbox_view.queued_by(ledger), parties)


class SentReportPage(Page):
    """Period, user and party on top; the counts; the list; "Export CSV…"."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.report: SentReport | None = None
        self._choices_loaded = False
        self._loading = False
        self._again = False
        self._build_filters()
        self._build_table()
        self._lay_out()
        context.changes.outbox.connect(self._outbox_changed)

    def _build_filters(self) -> None:
        today = QDate.currentDate()
        self.date_from = QDateEdit(QDate(today.year(), today.month(), 1))
        self.date_to = QDateEdit(today)
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
            edit.setAccessibleName(name)
        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("User"))
        self.user.addItem(self.tr("Everyone"), None)
        self.party = QComboBox()
        self.party.setAccessibleName(self.tr("Party"))
        self.party.addItem(self.tr("All parties"), None)
        self.party.setMinimumContentsLength(18)
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Outcome"))
        for text, value in filter_names():
            self.outcome.addItem(text, value)
        self.outcome.currentIndexChanged.connect(self._show_report)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.show_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_csv)

    def _build_table(self) -> None:
        self.counts = QLabel()
        self.counts.setAccessibleName(self.tr("Counts"))
        self.counts.setStyleSheet("font-size: 13px; padding: 4px 2px;")
        self.model = SentReportModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Sent messages"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        for column, width in enumerate(SentReportModel.WIDTHS):
            self.table.setColumnWidth(column, width)
        fit_datetime_columns(self.table, SentReportModel.DATETIME_COLUMNS)
        fit_column_to_texts(self.table, 0, [mail_status_name(s) for s in OutboxStatus])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty_hint = EmptyHint(
            self.table,
            lambda: self.model.rowCount() == 0,
            self.tr("No messages in this period for this user and party."),
        )

    def _lay_out(self) -> None:
        heading = QLabel(self.tr("Sent messages"))
        heading.setStyleSheet("font-size: 15px; font-weight: 600; padding: 4px 2px;")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period")))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("–"))
        bar.addWidget(self.date_to)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("User")))
        bar.addWidget(self.user)
        bar.addWidget(QLabel(self.tr("Party")))
        bar.addWidget(self.party, 1)
        bar.addWidget(self.outcome)
        bar.addWidget(self.show_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._choices_loaded:
            self.load_choices()
        super().showEvent(event)  # refreshes if stale

    def _outbox_changed(self) -> None:
        self._choices_loaded = False
        if self.isVisible():
            self.load_choices()
        self.changed()

    def load_choices(self) -> None:
        self._choices_loaded = True
        ledger = self.context.ledger
        self.context.runner.run(
            lambda: load_choices(ledger), self._show_choices, self._failed, owner=self
        )

    def _show_choices(self, choices: Choices) -> None:
        _refill(self.user, [(name, name) for name in choices.users])
        _refill(self.party, [(name, party_id) for party_id, name in choices.parties])

    def period(self) -> tuple[dt.date, dt.date]:
        start = self.date_from.date().toPython()
        end = self.date_to.date().toPython()
        assert isinstance(start, dt.date) and isinstance(end, dt.date)
        return start, end

    def refresh(self) -> None:
        start, end = self.period()
        if end < start:
            self.say(self.tr("The period ends before it starts."), False)
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._stale = False
        ledger, by = self.context.ledger, self.context.by
        user = self.user.currentData()
        party_id = self.party.currentData()
        self.context.runner.run(
            lambda: sent_report(ledger, start, end, user=user, party_id=party_id, by=by),
            self._loaded,
            self._failed,
            owner=self,
        )

    def _loaded(self, report: SentReport) -> None:
        self._loading = False
        self.report = report
        self._show_report()
        self.export_button.setEnabled(True)
        self.say("", True)
        if self._again:
            self._again = False
            self.refresh()

    def _show_report(self) -> None:
        """The rows of the outcome chosen, and the counts of the whole period."""
        report = self.report
        if report is None:
            return
        wanted = self.outcome.currentData()
        replies = report.replies or (None,) * report.total
        kept = [
            (row, outcome, reply)
            for row, outcome, reply in zip(report.rows, report.outcomes, replies, strict=True)
            if wanted is None or (row["status"] == S.SENT.value and row["delivery"] == wanted)
        ]
        self.model.set_rows(
            tuple(r for r, _, _ in kept), tuple(o for _, o, _ in kept), tuple(p for *_, p in kept)
        )
        parts = [
            f"{mail_status_name(status)}: {report.by_status[status.value]}"
            for status in COUNT_ORDER
            if report.by_status.get(status.value)
        ]
        states = Counter(r["delivery"] for r in report.rows if r["status"] == S.SENT.value)
        parts += [f"{delivery_name(d)}: {states[d]}" for d in REPORTED if states[d]]
        text = self.tr("%n message(s)", "", report.total)
        self.counts.setText(" · ".join([f"<b>{text}</b>", *parts]))

    def _failed(self, exc: Exception) -> None:
        self._loading = False
        self.tell(exc)

    def export_csv(self) -> None:
        if self.report is None:
            return
        start, end = self.period()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the sent messages"),
            f"sent-messages-{start.isoformat()}-{end.isoformat()}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if not name:
            return
        path = Path(name)
        report = self.report
        self.context.runner.run(
            lambda: write_csv(report, path),
            lambda _none: self.say(self.tr("Saved to %1").replace("%1", str(path)), True),
            self._export_failed,
            owner=self,
        )

    def _export_failed(self, exc: Exception) -> None:
        if isinstance(exc, OSError):  # the file name is the one just chosen: the reason only
            exc = OSError(exc.errno, exc.strerror or str(exc))
        text = self.tr("The file could not be written: %1")
        errors.tell(exc, lambda reason: self.say(text.replace("%1", reason), False))


def write_csv(report: SentReport, path: Path) -> None:
    """The report as CSV, UTF-8 with a byte-order mark so that spreadsheet programs read
    names in every script correctly."""
    path.write_text(report.as_csv(), encoding="utf-8-sig", newline="")


def _refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
    """Replace all but the first ("everyone") item, keeping the current choice if it remains."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for text, data in items:
        combo.addItem(text, data)
    index = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)

"""The reminder run's two tables: the reminders it would send (customer, level, invoices, days
overdue, open, fee, addresses) and the customers it leaves out with the reason."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from ledgerpost.gui.mail.reminder_texts import skip_reason_text
from ledgerpost.gui.widgets.labels import hidden_contact
from ledgerpost.gui.widgets.language import amount_text
from ledgerpost.services.reminder_view import ReminderView

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def new_table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    for col in range(len(columns) - 1):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _cell(text: str, right: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(RIGHT)
    if tip:
        item.setToolTip(tip)
    return item


def _money(amount: Decimal, currency: str) -> str:
    return f"{amount_text(amount, currency)} {currency}"


def fill_reminders(table: QTableWidget, found: ReminderView, copy_prefix: str) -> None:
    """One row per reminder: customer, level, invoices, days overdue, open, fee, to."""
    table.setRowCount(len(found.rows))
    for row, r in enumerate(found.rows):
        invoices = ", ".join(r.invoices)
        if found.hidden:
            to = hidden_contact()
        else:
            to = ", ".join(r.to)
            if r.copies:
                to += f" ({copy_prefix} " + ", ".join(r.copies) + ")"
        cells = [
            _cell(r.party),
            _cell(str(r.level), right=True),
            _cell(invoices, tip=invoices),
            _cell(str(max(r.days_overdue, 0)), right=True),
            _cell(_money(r.open, r.currency), right=True),
            _cell(_money(r.fee, r.currency) if r.fee else "—", right=True),
            _cell(to, tip=to),
        ]
        for col, item in enumerate(cells):
            table.setItem(row, col, item)


def fill_skipped(table: QTableWidget, found: ReminderView) -> None:
    """One row per customer left out: customer, what is open, why."""
    table.setRowCount(len(found.skipped))
    for row, s in enumerate(found.skipped):
        table.setItem(row, 0, _cell(s.party))
        table.setItem(row, 1, _cell(_money(s.open, s.currency) if s.currency else "", right=True))
        table.setItem(row, 2, _cell(skip_reason_text(s.reason.value)))

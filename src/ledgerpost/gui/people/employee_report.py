"""Sending an employee's report of payments by email, from the employee's card: a period
first (the last month by default), then the send dialog with the report attached."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget

from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.send_dialog import SendDialog
from ledgerpost.services.sending import SendRequest


def last_month(today: dt.date) -> tuple[dt.date, dt.date]:
    """The calendar month before ``today``'s."""
    end = today.replace(day=1) - dt.timedelta(days=1)
    return end.replace(day=1), end


class ReportPeriod(QDialog):
    """From and to dates of the report; OK while the period does not end before it starts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Employee report by email"))
        start, end = last_month(dt.date.today())
        self.start = QDateEdit(QDate(start.year, start.month, start.day))
        self.end = QDateEdit(QDate(end.year, end.month, end.day))
        form = QFormLayout(self)
        for label, edit in ((self.tr("&From"), self.start), (self.tr("&To"), self.end)):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(label.replace("&", ""))
            edit.dateChanged.connect(self._check)
            form.addRow(label, edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def _check(self) -> None:
        ok = self.end.date() >= self.start.date()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def period(self) -> tuple[dt.date, dt.date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]


def send_employee_report(context: AppContext, party_id: int, parent: QWidget) -> None:
    """Ask for the period, then open the send dialog for the employee's report (window-modal,
    without blocking; it deletes itself when closed)."""
    chooser = ReportPeriod(parent)
    chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen() -> None:
        request = SendRequest(party_id=party_id, period=chooser.period(), report="employee-report")
        dialog = SendDialog(context, request=request, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    chooser.accepted.connect(chosen)
    chooser.open()

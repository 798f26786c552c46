""" "Send statement…" on a customer's card: a period and the statement's form (every movement,
or only what is still open at the period's end), then the send dialog with that statement of
account attached (``SendRequest`` for a party and period)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.send_dialog import SendDialog
from ledgerpost.gui.people.employee_report import ReportPeriod
from ledgerpost.services.sending import SendRequest

STATEMENT, OPEN_ITEMS = "statement", "open-items"


class StatementPeriod(ReportPeriod):
    """From and to dates (the last month by default) and the form of the statement."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Statement of account by email"))
        self.form = QComboBox()
        self.form.setAccessibleName(self.tr("Form"))
        self.form.addItem(self.tr("Every movement of the period"), STATEMENT)
        self.form.addItem(self.tr("What is open at the period's end"), OPEN_ITEMS)
        layout = self.layout()
        assert isinstance(layout, QFormLayout)
        layout.insertRow(layout.rowCount() - 1, self.tr("&Statement"), self.form)

    def report(self) -> str:
        return str(self.form.currentData())


def send_statement(context: AppContext, party_id: int, parent: QWidget) -> None:
    """Ask for the period and form, then open the send dialog for the customer's statement
    (window-modal, without blocking; each deletes itself when closed)."""
    chooser = StatementPeriod(parent)
    chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen() -> None:
        request = SendRequest(party_id=party_id, period=chooser.period(), report=chooser.report())
        dialog = SendDialog(context, request=request, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    chooser.accepted.connect(chosen)
    chooser.open()

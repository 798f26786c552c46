"""What a posted receipt, payment or credit note settled: its allocations, reversed ones too,
and the action that reverses one (the money is on account again, the invoice open again)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.allocation import Allocation
from ledgerpost.domain.documents import Document
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.language import amount_text, date_text
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services import payments

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
Found = tuple[list[Allocation], dict[int, Document]]


class VoucherAllocations(QWidget):
    """The allocations of one posted document; ``reversed`` after one was undone."""

    reversed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.document: Document | None = None
        self.allocations: list[Allocation] = []
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Allocations"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Invoice"), self.tr("Amount"), self.tr("From"), self.tr("Reversed on")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.reverse_button = QPushButton(self.tr("&Reverse allocation"))
        self.reverse_button.setEnabled(False)
        self.reverse_button.setToolTip(
            self.tr("The invoice is open again and the money on account, from today")
        )
        self.reverse_button.clicked.connect(self.reverse_selected)
        self.problem = QLabel()
        self.problem.setStyleSheet(style(Tone.PROBLEM))
        self.problem.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.reverse_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def load(self, document: Document) -> None:
        """Read the document's allocations (and their invoices' numbers) in the background."""
        self.document = document
        ledger, document_id = self.context.ledger, document.id
        assert document_id is not None

        def read() -> Found:
            found = payments.allocations(ledger, document_id)
            ids = {a.target_id for a in found} | {a.source_id for a in found}
            return found, ledger.documents_by_id(sorted(ids))

        self.context.runner.run(read, self._show, self._failed, owner=self)

    def _show(self, found: Found) -> None:
        allocations, documents = found
        assert self.document is not None
        self.allocations = allocations
        self.table.setRowCount(0)
        for allocation in allocations:
            other_id = (
                allocation.target_id
                if allocation.source_id == self.document.id
                else allocation.source_id
            )
            other = documents.get(other_id)
            row = self.table.rowCount()
            self.table.insertRow(row)
            amount = QTableWidgetItem(amount_text(allocation.amount, self.document.currency))
            amount.setTextAlignment(RIGHT)
            cells = (
                QTableWidgetItem(other.display_number if other else str(other_id)),
                amount,
                QTableWidgetItem(date_text(allocation.date)),
                QTableWidgetItem(date_text(allocation.reversed_on)),
            )
            for column, item in enumerate(cells):
                if allocation.reversed_on is not None:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
        self._selection_changed()

    def selected(self) -> Allocation | None:
        row = self.table.currentRow()
        return self.allocations[row] if 0 <= row < len(self.allocations) else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.reverse_button.setEnabled(chosen is not None and chosen.reversed_on is None)

    def reverse_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.id is None or chosen.reversed_on is not None:
            return
        self.reverse_button.setEnabled(False)
        self.problem.clear()
        ledger, by, allocation_id = self.context.ledger, self.context.by, chosen.id
        self.context.runner.run(
            lambda: payments.reverse(ledger, allocation_id, on=dt.date.today(), by=by),
            lambda _undone: self._reversed(),
            self._failed,
            owner=self,
        )

    def _reversed(self) -> None:
        if self.document is not None:
            self.load(self.document)
        self.reversed.emit()

    def _failed(self, exc: Exception) -> None:
        self._selection_changed()
        errors.tell(exc, self.problem.setText)

"""The open invoices of a receipt's or payment's party, with what the money is to settle of each.

The allocation column is prefilled oldest due first (``domain.allocation.oldest_first``) and may
be changed, partly too; the domain's own rules (``allocation_problems``) say at once when a row
asks for more than the invoice has open or than is left of the money. What no row takes stays on
account as credit.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from ledgerpost.domain.allocation import (
    AllocationRequest,
    Settleable,
    allocation_problems,
    first_day,
    oldest_first,
)
from ledgerpost.domain.open_items import OpenItem
from ledgerpost.domain.problems import Problem
from ledgerpost.gui.widgets.language import amount_text, date_text, problem_message, read_decimal
from ledgerpost.gui.widgets.palette import Tone, qcolour
from ledgerpost.gui.widgets.table_model import Index, RowsModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def settleable(item: OpenItem) -> Settleable:
    """What allocation needs of an open invoice."""
    return Settleable(
        id=item.document_id,
        type=item.type,
        number=item.number,
        party_id=item.party_id,
        date=item.date,
        currency=item.currency,
        total=item.total,
        allocated=item.total - item.open,
        due_date=item.due_date,
    )


class AllocationModel(RowsModel):
    """One row per open invoice; only the allocation column is edited."""

    COLUMNS = ("number", "due", "total", "open", "overdue", "allocate")
    ALLOCATE = 5

    changed = Signal()
    """An allocation, the money or the invoices changed: what is left and the problems too."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[OpenItem] = []
        self._amounts: list[Decimal] = []
        self._refused: dict[str, list[Problem]] = {}
        self._source: Settleable | None = None
        self._headers = (
            self.tr("Number"),
            self.tr("Due date"),
            self.tr("Total"),
            self.tr("Open"),
            self.tr("Days overdue"),
            self.tr("Allocate"),
        )

    # --- what the dialog sets and reads ---------------------------------------------------

    def set_items(self, items: list[OpenItem]) -> None:
        """Show ``items`` (the party's open invoices in the money's currency), prefilled."""
        self.beginResetModel()
        self._rows = list(items)
        self._amounts = [Decimal(0)] * len(items)
        self._refused = {}
        self.endResetModel()
        self.prefill()

    def set_source(self, source: Settleable | None) -> None:
        """The money to allocate (its ``left`` is what may be spread); prefills again."""
        self._source = source
        self.prefill()

    def prefill(self) -> None:
        """Spread the money over the invoices oldest due first."""
        left = self._source.left if self._source is not None else Decimal(0)
        planned = {t.id: amount for t, amount in oldest_first(left, map(settleable, self._rows))}
        self._amounts = [planned.get(item.document_id, Decimal(0)) for item in self._rows]
        self._refused = {}
        self._redraw()

    @property
    def items(self) -> list[OpenItem]:
        return list(self._rows)

    def amount(self, row: int) -> Decimal:
        return self._amounts[row]

    @property
    def allocated(self) -> Decimal:
        return sum(self._amounts, Decimal(0))

    @property
    def left(self) -> Decimal:
        """What no row takes: it stays on account as credit."""
        total = self._source.left if self._source is not None else Decimal(0)
        return total - self.allocated

    def requests(self) -> tuple[AllocationRequest, ...]:
        """The allocations asked for, as the payment services take them (``()``: none)."""
        return tuple(
            AllocationRequest(item.number, amount)
            for item, amount in zip(self._rows, self._amounts, strict=True)
            if amount > 0
        )

    def problems(self) -> list[Problem]:
        """Every reason a row cannot be allocated as it stands, each under its invoice number;
        also those the services gave back for a row (``refuse``)."""
        found: list[Problem] = []
        for row, item in enumerate(self._rows):
            found += self.row_problems(row)
            found += self._refused.get(item.number, [])
        return found

    def row_problems(self, row: int) -> list[Problem]:
        amount, source = self._amounts[row], self._source
        if amount == 0 or source is None:
            return []
        others = self.allocated - amount
        money = replace(source, allocated=source.allocated + others)
        target = settleable(self._rows[row])
        return allocation_problems(money, target, amount, first_day(money, target))

    def refuse(self, problems: list[Problem]) -> list[Problem]:
        """Keep the services' problems that name a row's invoice beside it; the rest back."""
        numbers = {item.number for item in self._rows}
        self._refused = {}
        rest = []
        for problem in problems:
            if problem.field in numbers:
                self._refused.setdefault(problem.field, []).append(problem)
            else:
                rest.append(problem)
        self._redraw()
        return rest

    def _redraw(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
            )
        self.changed.emit()

    # --- the table ------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.ALLOCATE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), self.COLUMNS[index.column()]
        item = self._rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(item, self._amounts[row], column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "number":
            return RIGHT
        if column == "allocate" and role in (
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            problems = self.row_problems(row) + self._refused.get(item.number, [])
            if not problems:
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return qcolour(Tone.PROBLEM)
            return "\n".join(problem_message(p) for p in problems)
        if column == "overdue" and role == Qt.ItemDataRole.ForegroundRole and item.days_overdue:
            return qcolour(Tone.PROBLEM)
        return None

    @staticmethod
    def _text(item: OpenItem, amount: Decimal, column: str) -> str:
        if column == "number":
            return item.number
        if column == "due":
            return date_text(item.due_date)
        if column == "total":
            return amount_text(item.total, item.currency)
        if column == "open":
            return amount_text(item.open, item.currency)
        if column == "overdue":
            return str(item.days_overdue) if item.days_overdue else ""
        return amount_text(amount, item.currency)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An allocation typed the user's way; empty is zero, a negative or no number is
        not taken. More than open or than is left is taken, and shown as a problem."""
        if role != Qt.ItemDataRole.EditRole or index.column() != self.ALLOCATE:
            return False
        text = str(value).strip()
        amount = Decimal(0) if not text else read_decimal(text)
        if amount is None or amount < 0:
            return False
        self._amounts[index.row()] = amount
        self._refused.pop(self._rows[index.row()].number, None)
        self._redraw()
        return True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

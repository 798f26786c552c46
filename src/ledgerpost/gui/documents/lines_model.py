"""The editable lines of a draft: description, quantity, unit price, VAT rate, line total."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ledgerpost.domain.documents import Line
from ledgerpost.gui.widgets.language import amount_text, number_text, quantity_text, read_decimal

Index = QModelIndex | QPersistentModelIndex
DEFAULT_VAT = Decimal(22)


def at_least_cents(value: Decimal) -> Decimal:
    """``24.9`` shows as ``24.90``; ``0.125`` keeps its third place."""
    return value if -value.as_tuple().exponent >= 2 else value.quantize(Decimal("0.01"))


class LinesModel(QAbstractTableModel):
    """Lines under edit; ``changed`` fires whenever the totals may have moved."""

    changed = Signal()
    COLUMNS = ("description", "quantity", "unit_price", "vat_rate", "total")

    def __init__(self, currency: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.read_only = False
        self._lines: list[Line] = []
        self._headers = (
            self.tr("Description"),
            self.tr("Quantity"),
            self.tr("Unit price"),
            self.tr("VAT %"),
            self.tr("Line total"),
        )

    def lines(self) -> tuple[Line, ...]:
        return tuple(self._lines)

    def set_lines(self, lines: tuple[Line, ...]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()
        self.changed.emit()

    def add_line(self) -> int:
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(Line("", Decimal(1), Decimal(0), DEFAULT_VAT))
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self._lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._lines[row]
            self.endRemoveRows()
            self.changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only or self.COLUMNS[index.column()] == "total":
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            match column:
                case "description":
                    return line.description
                case "quantity":
                    return quantity_text(line.quantity)
                case "unit_price":
                    price = at_least_cents(line.unit_price)
                    return number_text(price, max(-price.as_tuple().exponent, 0))
                case "vat_rate":
                    return quantity_text(line.vat_rate)
                case "total":
                    return amount_text(
                        line.net(self.currency) + line.vat(self.currency), self.currency
                    )
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "description":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        line = self._lines[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "description":
            new = Line(str(value), line.quantity, line.unit_price, line.vat_rate)
        else:
            number = read_decimal(str(value))
            if number is None:
                return False
            new = Line(
                line.description,
                number if column == "quantity" else line.quantity,
                number if column == "unit_price" else line.unit_price,
                number if column == "vat_rate" else line.vat_rate,
            )
        self._lines[index.row()] = new
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 4))
        self.changed.emit()
        return True

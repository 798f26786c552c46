"""The document list as a Qt item model that fetches rows a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter, DocumentSummary
from ledgerpost.gui.labels import document_state_name, document_type_name
from ledgerpost.services.ledger import Ledger

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class DocumentListModel(QAbstractTableModel):
    """Newest documents first; more rows are fetched as the view scrolls down."""

    COLUMNS = ("type", "number", "date", "party", "total", "currency", "state")

    def __init__(self, ledger: Ledger, parent: Any = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._filter = DocumentFilter()
        self._rows: list[DocumentSummary] = []
        self._total = 0
        self._headers = (
            self.tr("Type"),
            self.tr("Number"),
            self.tr("Date"),
            self.tr("Party"),
            self.tr("Total"),
            self.tr("Currency"),
            self.tr("State"),
        )

    @property
    def total(self) -> int:
        """How many documents the filter matches, loaded or not."""
        return self._total

    def set_filter(self, flt: DocumentFilter) -> None:
        self.beginResetModel()
        self._filter = flt
        self._rows = []
        self._total = self._ledger.count_documents(flt)
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def summary(self, row: int) -> DocumentSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        page = self._ledger.documents(self._filter, limit=PAGE, offset=len(self._rows))
        if not page:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case "type":
                    return document_type_name(row.type)
                case "number":
                    return row.display_number or self.tr("draft")
                case "date":
                    return row.date.isoformat()
                case "party":
                    return row.party
                case "total":
                    if row.type is DocumentType.LETTER:
                        return ""
                    return f"{row.total:,}".replace(",", "\u202f")
                case "currency":
                    return row.currency
                case "state":
                    return document_state_name(row.state)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "total":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

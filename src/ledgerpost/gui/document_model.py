"""The document list as a Qt item model that fetches rows a page at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter, DocumentSummary
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.gui.icons import icon
from ledgerpost.gui.labels import document_state_name, document_type_name, mail_status_name
from ledgerpost.gui.language import amount_text, date_text
from ledgerpost.gui.table_model import Index, RowsModel
from ledgerpost.services import outbox
from ledgerpost.services.ledger import Ledger

PAGE = 200


class DocumentListModel(RowsModel):
    """Newest documents first; more rows are fetched as the view scrolls down."""

    COLUMNS = ("mail", "type", "number", "date", "party", "total", "currency", "state")
    WIDTHS = (28, 130, 110, 100, 330, 110, 80, 90)
    PARTY_COLUMN = 4

    def __init__(self, ledger: Ledger, parent: Any = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._filter = DocumentFilter()
        self._rows: list[DocumentSummary] = []
        self._total = 0
        self._mail: dict[int, OutboxStatus] = {}
        self._headers = (
            "",
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
        self._mail = {}
        self._total = self._ledger.count_documents(flt)
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def summary(self, row: int) -> DocumentSummary:
        return self._rows[row]

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        last = self._rows[-1] if self._rows else None
        page = self._ledger.documents(self._filter, limit=PAGE, after=last)
        if not page:
            self._total = len(self._rows)
            return
        self._mail.update(outbox.mail_states(self._ledger, [r.id for r in page]))
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def refresh_mail_states(self) -> None:
        """Ask again which of the loaded documents were mailed (after the outbox changed)."""
        if not self._rows:
            return
        self._mail = outbox.mail_states(self._ledger, [r.id for r in self._rows])
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole and column != "mail":
            match column:
                case "type":
                    return document_type_name(row.type)
                case "number":
                    return row.display_number or self.tr("draft")
                case "date":
                    return date_text(row.date)
                case "party":
                    return row.party
                case "total":
                    if row.type is DocumentType.LETTER:
                        return ""
                    return amount_text(row.total, row.currency)
                case "currency":
                    return row.currency
                case "state":
                    return document_state_name(row.state)
        if column == "mail":
            return self._mail_data(row, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "total":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _mail_data(self, row: DocumentSummary, role: int) -> Any:
        status = self._mail.get(row.id)
        if status is None:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            if status is OutboxStatus.SENT:
                return icon("mail-sent")
            if status in (OutboxStatus.FAILED, OutboxStatus.UNCERTAIN):
                return icon("mail-failed")
            if status is not OutboxStatus.CANCELLED:
                return icon("mail-waiting")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return mail_status_name(status)
        return None

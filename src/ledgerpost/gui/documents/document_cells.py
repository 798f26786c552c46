"""What a row of the document list shows in each column (text, icon, alignment)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentSummary
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.gui.widgets.icons import icon
from ledgerpost.gui.widgets.labels import document_state_name, document_type_name, mail_status_name
from ledgerpost.gui.widgets.language import amount_text, date_text, isolated

PLACEHOLDER = "…"

ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)
"""The roles this model answers."""


def cell(row: DocumentSummary, column: str, role: int) -> Any:
    """What ``column`` of a loaded ``row`` shows in ``role`` (the mail column aside)."""
    if role == Qt.ItemDataRole.DisplayRole:
        match column:
            case "type":
                return document_type_name(row.type)
            case "number":
                return row.display_number or QCoreApplication.translate(
                    "DocumentListModel", "draft"
                )
            case "date":
                return date_text(row.date)
            case "party":
                return isolated(row.party)
            case "total":
                if row.type is DocumentType.LETTER:
                    return ""
                return amount_text(row.total, row.currency)
            case "currency":
                return row.currency
            case "state":
                return document_state_name(row.state)
    if role == Qt.ItemDataRole.TextAlignmentRole and column == "total":
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return None


def mail_cell(status: OutboxStatus | None, role: int) -> Any:
    """The mail column: an envelope for the document's last message, its state as the tip."""
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

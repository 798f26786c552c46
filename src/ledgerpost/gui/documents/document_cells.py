"""What a row of the document list shows in each column (text, icon, alignment)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ledgerpost.domain.allocation import PaidState
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentSummary
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.gui.widgets.icons import icon
from ledgerpost.gui.widgets.labels import (
    document_state_name,
    document_type_name,
    mail_status_name,
    paid_state_name,
)
from ledgerpost.gui.widgets.language import amount_text, date_text, isolated
from ledgerpost.gui.widgets.palette import Tone, qcolour

PLACEHOLDER = "…"

ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
    }
)
"""The roles this model answers."""


def _number(row: DocumentSummary) -> str:
    return row.display_number or QCoreApplication.translate("DocumentListModel", "draft")


def _total(row: DocumentSummary) -> str:
    return "" if row.type is DocumentType.LETTER else amount_text(row.total, row.currency)


DISPLAY: dict[str, Callable[[DocumentSummary], str]] = {
    "type": lambda row: document_type_name(row.type),
    "number": _number,
    "date": lambda row: date_text(row.date),
    "party": lambda row: isolated(row.party),
    "total": _total,
    "currency": lambda row: row.currency,
    "state": lambda row: document_state_name(row.state),
}
"""What each column (the mail column aside) shows of a row."""


def cell(row: DocumentSummary, column: str, role: int) -> Any:
    """What ``column`` of a loaded ``row`` shows in ``role`` (the mail column aside)."""
    if role == Qt.ItemDataRole.DisplayRole and column in DISPLAY:
        return DISPLAY[column](row)
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


def paid_text(row: DocumentSummary, terms_days: int, today: dt.date) -> str:
    """The paid column: an invoice's paid state and what is open of it; what of a receipt,
    payment or credit note is still on account; nothing for other documents and drafts."""
    open_amount = row.open
    if open_amount is None:
        return ""
    state = row.paid_state(terms_days, today)
    amount = amount_text(open_amount, row.currency)
    if state is None:
        if open_amount <= 0:
            return ""
        return QCoreApplication.translate("DocumentListModel", "%1 on account").replace(
            "%1", amount
        )
    if state is PaidState.PAID:
        return paid_state_name(state)
    return (
        QCoreApplication.translate("DocumentListModel", "%1 · %2 open")
        .replace("%1", paid_state_name(state))
        .replace("%2", amount)
    )


def paid_cell(row: DocumentSummary, terms_days: int, today: dt.date, role: int) -> Any:
    """The paid column in ``role``: overdue invoices in the problem colour."""
    if role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    ):
        return paid_text(row, terms_days, today)
    if (
        role == Qt.ItemDataRole.ForegroundRole
        and row.paid_state(terms_days, today) is PaidState.OVERDUE
    ):
        return qcolour(Tone.PROBLEM)
    return None

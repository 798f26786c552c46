"""The sent report's table: one row a message, its status with how many recipients the server
took, its envelope state with each recipient's, and the server's reply."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.recipient_outcomes import RecipientOutcomes
from ledgerpost.gui.mail.delivery_states import (
    delivery_colour,
    delivery_icon,
    recipient_states,
    state_text,
)
from ledgerpost.gui.mail.outbox_model import (
    accepted_text,
    document_text,
    local_time,
    outcome_line,
    status_icon,
)
from ledgerpost.gui.widgets.labels import hidden_contact, mail_status_name
from ledgerpost.gui.widgets.language import isolated, problem_message
from ledgerpost.gui.widgets.table_model import Index, RowsModel
from ledgerpost.services.reports import HIDDEN


class SentReportModel(RowsModel):
    COLUMNS = (
        "status",
        "delivery",
        "queued_at",
        "sent_at",
        "user",
        "party",
        "document",
        "to",
        "server_reply",
        "subject",
    )
    WIDTHS = (190, 170, 120, 120, 80, 190, 150, 200, 260, 240)
    DATETIME_COLUMNS = (2, 3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[dict[str, str], ...] = ()
        self._outcomes: tuple[RecipientOutcomes, ...] = ()
        self._replies: tuple[Problem | None, ...] = ()
        self._headers = (
            self.tr("Status"),
            self.tr("Delivery"),
            self.tr("Queued"),
            self.tr("Sent"),
            self.tr("User"),
            self.tr("Party"),
            self.tr("Document"),
            self.tr("To"),
            self.tr("Server's reply"),
            self.tr("Subject"),
        )

    def set_rows(
        self,
        rows: tuple[dict[str, str], ...],
        outcomes: tuple[RecipientOutcomes, ...] = (),
        replies: tuple[Problem | None, ...] = (),
    ) -> None:
        """The report's rows and, per row, what the server said to each recipient and the
        reply as a catalogue sentence where it is one (said in the window's language)."""
        self.beginResetModel()
        self._rows = rows
        self._outcomes = outcomes or tuple(RecipientOutcomes(()) for _ in rows)
        self._replies = replies or (None,) * len(rows)
        self.endResetModel()

    def _reply(self, number: int) -> str:
        """The server's reply, or our own words (the user's mark, a coded error) translated."""
        said = self._replies[number]
        if said is not None:
            return problem_message(said)
        reply = self._rows[number]["server_reply"]
        return hidden_contact() if reply == HIDDEN else reply

    def _status(self, row: int, status: OutboxStatus) -> str:
        outcomes = self._outcomes[row]
        name = mail_status_name(status)
        return f"{name} · {accepted_text(outcomes)}" if outcomes.partly_refused else name

    def _recipients_tip(self, row: dict[str, str], outcomes: RecipientOutcomes) -> str:
        if row["to"] != HIDDEN and outcomes.refused:
            return "\n".join(outcome_line(r) for r in outcomes.recipients)
        return "\n".join(
            f"{name}: {row[key]}"
            for key, name in (
                ("to", self.tr("To")),
                ("cc", self.tr("CC")),
                ("bcc", self.tr("BCC")),
            )
            if row[key]
        )

    def _delivery_data(self, row: dict[str, str], role: int, number: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole:
            return delivery_icon(row["delivery"])
        if role == Qt.ItemDataRole.ForegroundRole:
            return delivery_colour(row["delivery"])
        if role == Qt.ItemDataRole.ToolTipRole and row["to"] != HIDDEN:
            status = OutboxStatus(row["status"])
            outcomes = self._outcomes[number]
            lines = recipient_states(outcomes, status, row["delivery"], row["delivery_detail"])
            return "\n".join(lines) or None
        return None

    def _text(self, number: int, column: str, status: OutboxStatus) -> str:
        row = self._rows[number]
        if column == "status":
            return self._status(number, status)
        if column == "delivery":
            return state_text(status, row["delivery"])
        if column in ("queued_at", "sent_at"):
            return local_time(dt.datetime.fromisoformat(row[column])) if row[column] else ""
        if column == "to":
            if row["to"] == HIDDEN:
                return hidden_contact()
            return ", ".join(x for x in (row["to"], row["cc"]) if x)
        if column == "document":
            return document_text(row["document"])
        if column == "party":
            return isolated(row[column])
        if column == "server_reply":
            return self._reply(number).replace("\n", " ")
        return row[column].replace("\n", " ")

    def row(self, row: int) -> dict[str, str]:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        status = OutboxStatus(row["status"])
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), column, status)
        if role == Qt.ItemDataRole.DecorationRole and column == "status":
            return status_icon(status)
        if column == "delivery" and status is OutboxStatus.SENT:
            return self._delivery_data(row, role, index.row())
        if role == Qt.ItemDataRole.ToolTipRole and column in ("server_reply", "to"):
            if column == "to":
                return self._recipients_tip(row, self._outcomes[index.row()])
            return self._reply(index.row()) or None
        return None

"""The email queue as a Qt item model: one row per outbox message, newest first."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QIcon

from ledgerpost.domain.addresses import split_list
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.outbox import WAITING, OutboxEntry, OutboxStatus, reply_note
from ledgerpost.domain.recipient_outcomes import (
    Outcome,
    RecipientOutcome,
    RecipientOutcomes,
    quotes_an_address,
    recipient_outcomes,
)
from ledgerpost.gui.mail.outbox_pace import held_by_pace, lane_of, pace_note
from ledgerpost.gui.widgets.icons import icon
from ledgerpost.gui.widgets.labels import document_type_name, hidden_contact, mail_status_name
from ledgerpost.gui.widgets.language import current_language, datetime_text, problem_message
from ledgerpost.gui.widgets.table_model import Index, RowsModel
from ledgerpost.i18n.problems import TEXTS, render_code
from ledgerpost.services.outbox import AccountLane

S = OutboxStatus

STATUS_ICONS: dict[OutboxStatus, str] = {
    S.HELD: "mail-held",
    S.QUEUED: "mail-waiting",
    S.SENDING: "mail-sending",
    S.SENT: "mail-sent",
    S.RETRY: "mail-retry",
    S.FAILED: "mail-failed",
    S.UNCERTAIN: "mail-uncertain",
    S.NO_CREDIT: "mail-no-credit",
    S.CANCELLED: "mail-cancelled",
}


def status_icon(status: OutboxStatus) -> QIcon:
    return icon(STATUS_ICONS[status])


def local_time(value: dt.datetime | None) -> str:
    """A stored (naive UTC) time as the bookkeeper's clock shows it."""
    if value is None:
        return ""
    return datetime_text(value.replace(tzinfo=dt.UTC).astimezone())


def document_label(entry: OutboxEntry) -> str:
    return document_text(entry.document)


def document_text(label: str) -> str:
    """ "Sales invoice INV-12" or "Statement 2026-01-01 – 2026-01-31" from the stored label
    ("invoice INV-12", "statement 2026-01-01..2026-01-31")."""
    kind, _, rest = label.partition(" ")
    if kind in ("statement", "open-items", "employee-report"):
        start, _, end = rest.partition("..")
        return period_title(kind).replace("%1", start).replace("%2", end)
    try:
        return f"{document_type_name(DocumentType(kind))} {rest}".strip()
    except ValueError:
        return label


def period_title(kind: str) -> str:
    """ "Statement %1 – %2" and the like, for a message about a period."""
    if kind == "open-items":
        return QCoreApplication.translate("outbox", "Open items %1 – %2")
    if kind == "employee-report":
        return QCoreApplication.translate("outbox", "Employee report %1 – %2")
    return QCoreApplication.translate("outbox", "Statement %1 – %2")


def server_reply(entry: OutboxEntry, hide_addresses: bool = False) -> str:
    """What the server said last: its acceptance for a sent message (and which addresses it
    refused, unless they are hidden), else the trouble."""
    if entry.status is S.SENT:
        note = reply_note(entry)  # the user's mark: our words (translated), not the server's
        said = problem_message(note) if note else f"{entry.last_code or ''} {entry.server_reply}"
        said = said.strip()
        refused = ""
        if entry.refused and not hide_addresses:
            refused = recipient_outcomes(entry).refused_text()
        return f"{said} · {refused}" if refused else said
    if entry.last_error:
        code = f"{entry.last_code} " if entry.last_code else ""
        error = stored_error(entry)
        if hide_addresses and quotes_an_address(entry, error):
            error = hidden_contact()  # the server's words name the address
        return code + error if not error.startswith(code) else error
    return ""


def stored_error(entry: OutboxEntry) -> str:
    """Why the message did not go, in the window's language when the row kept its code (rows
    from before codes were kept show their English text as it is)."""
    if entry.last_error_code in TEXTS:
        return render_code(entry.last_error_code, dict(entry.last_error_params), current_language())
    return entry.last_error


def status_text(entry: OutboxEntry) -> str:
    """The status, with "2 of 3 accepted" when the server refused some of the recipients."""
    name = mail_status_name(entry.status)
    if not entry.refused:  # the common case, without reading the addresses on every paint
        return name
    outcomes = recipient_outcomes(entry)
    return f"{name} · {accepted_text(outcomes)}" if outcomes.partly_refused else name


def accepted_text(outcomes: RecipientOutcomes) -> str:
    return (
        QCoreApplication.translate("outbox", "%1 of %2 accepted")
        .replace("%1", str(outcomes.accepted))
        .replace("%2", str(outcomes.total))
    )


def field_name(outcome: RecipientOutcome) -> str:
    names = {
        "to": QCoreApplication.translate("outbox", "To"),
        "cc": QCoreApplication.translate("outbox", "CC"),
        "bcc": QCoreApplication.translate("outbox", "BCC"),
    }
    return names[outcome.field.value]


def outcome_line(outcome: RecipientOutcome) -> str:
    """``CC boss@example.org: refused – 554 5.7.1 Relaying denied`` in the window's words."""
    if outcome.outcome is Outcome.ACCEPTED:
        text = QCoreApplication.translate("outbox", "%1 %2: accepted")
    elif outcome.outcome is Outcome.REFUSED:
        text = QCoreApplication.translate("outbox", "%1 %2: refused – %3")
    else:
        text = QCoreApplication.translate("outbox", "%1 %2: no answer yet")
    said = " ".join(str(part) for part in (outcome.code, outcome.text) if part)
    return (
        text.replace("%1", field_name(outcome)).replace("%2", outcome.address).replace("%3", said)
    )


def outcome_lines(entry: OutboxEntry) -> list[str]:
    """One line per recipient once the server has answered any of them; none before."""
    outcomes = recipient_outcomes(entry)
    if all(r.outcome is Outcome.UNANSWERED for r in outcomes.recipients):
        return []
    return [outcome_line(r) for r in outcomes.recipients]


def recipients(entry: OutboxEntry) -> str:
    return "\n".join(
        f"{name}: {value}"
        for name, value in (
            (QCoreApplication.translate("outbox", "To"), entry.to),
            (QCoreApplication.translate("outbox", "CC"), entry.cc),
            (QCoreApplication.translate("outbox", "BCC"), entry.bcc),
        )
        if value
    )


def describe(entry: OutboxEntry, hide_addresses: bool = False) -> str:
    """A few lines about one message for the panel under the list: what it is, what the
    server said, and what the bookkeeper can do about it."""
    lines = [
        f"<b>{escape(mail_status_name(entry.status))}</b> · {escape(document_label(entry))} · "
        + escape(
            QCoreApplication.translate("outbox", "queued %1 by %2")
            .replace("%1", local_time(entry.queued_at))
            .replace("%2", entry.queued_by or "?")
        ),
        escape(hidden_contact() if hide_addresses else recipients(entry)).replace("\n", " · "),
    ]
    outcomes = recipient_outcomes(entry)
    if outcomes.refused:
        if outcomes.partly_refused:
            lines.append(f"<b>{escape(accepted_text(outcomes))}</b>")
        if not hide_addresses:
            lines += [escape(outcome_line(r)) for r in outcomes.refused]
    reply = server_reply(entry, hide_addresses)
    if reply:
        lines.append(
            escape(QCoreApplication.translate("outbox", "Server: %1").replace("%1", reply))
        )
    hint = _hint(entry)
    if hint:
        lines.append(f"<i>{escape(hint)}</i>")
    return "<br>".join(lines)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _hint(entry: OutboxEntry) -> str:
    match entry.status:
        case S.FAILED:
            return QCoreApplication.translate(
                "outbox",
                "Refused for good. If an address is wrong, cancel this message and send the "
                "document again with the right one; if the trouble is over, send it again.",
            )
        case S.UNCERTAIN:
            return QCoreApplication.translate(
                "outbox",
                "The server may have received it. Send it again (it keeps its Message-ID, so "
                "most mail programs show it only once) or, if the customer has it, mark it "
                "as sent.",
            )
        case S.QUEUED | S.RETRY if held_by_pace(entry, _now()):
            return ""  # the page says its turn at the account's pace (outbox_pace)
        case S.RETRY:
            return QCoreApplication.translate(
                "outbox", "A passing problem: it is tried again at %1."
            ).replace("%1", local_time(entry.next_attempt_at))
        case S.NO_CREDIT:
            return QCoreApplication.translate(
                "outbox", "It goes as soon as message credits are topped up."
            )
        case S.HELD:
            return QCoreApplication.translate(
                "outbox", "Held until %1. Send it now or cancel it."
            ).replace("%1", local_time(entry.send_at or entry.next_attempt_at))
        case S.QUEUED:
            return QCoreApplication.translate("outbox", "It goes with the next delivery round.")
        case S.SENDING:
            return QCoreApplication.translate("outbox", "On its way to the server.")
        case S.SENT:
            return QCoreApplication.translate("outbox", "Accepted by the server at %1.").replace(
                "%1", local_time(entry.sent_at)
            )
    return QCoreApplication.translate("outbox", "Cancelled: it will not be sent.")


class OutboxModel(RowsModel):
    """Rows are handed in whole (the page loads them off the GUI thread)."""

    COLUMNS = (
        "status",
        "document",
        "to",
        "reply",
        "attempts",
        "next",
        "queued",
        "sent",
        "subject",
    )
    WIDTHS = (200, 150, 200, 240, 65, 120, 120, 120, 260)
    DATETIME_COLUMNS = (5, 6, 7)
    """Sized to the locale's dates and times by the page (fit_datetime_columns)."""

    def __init__(self, parent: Any = None, *, hide_addresses: bool = False) -> None:
        super().__init__(parent)
        self._rows: list[OutboxEntry] = []
        self.hide_addresses = hide_addresses
        self.lanes: list[AccountLane] = []
        """Each sending account's part of the queue (its pace and throttles today)."""
        """For a user who may not see contact addresses: "hidden contact" in their place."""
        self._headers = (
            self.tr("Status"),
            self.tr("Document"),
            self.tr("Recipients"),
            self.tr("Server's reply"),
            self.tr("Attempts"),
            self.tr("Next attempt"),
            self.tr("Queued"),
            self.tr("Sent"),
            self.tr("Subject"),
        )

    def set_entries(self, entries: list[OutboxEntry]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> OutboxEntry:
        return self._rows[row]

    def row_of(self, outbox_id: int) -> int | None:
        for row, entry in enumerate(self._rows):
            if entry.id == outbox_id:
                return row
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "status":
            return status_icon(entry.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "to":
                if self.hide_addresses:
                    return hidden_contact()
                if entry.refused:  # each address with its answer, when one was refused
                    return "\n".join(outcome_lines(entry))
                return recipients(entry)
            if column == "reply":
                return server_reply(entry, self.hide_addresses) or None
            if column == "status":
                return status_text(entry)
            if column == "next":
                return pace_note(entry, lane_of(entry, self.lanes), _now()) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "attempts":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, entry: OutboxEntry, column: str) -> str:
        match column:
            case "status":
                return status_text(entry)
            case "queued":
                return local_time(entry.queued_at)
            case "document":
                return document_label(entry)
            case "to" if self.hide_addresses:
                return hidden_contact()
            case "to":
                extra = len(split_list(entry.cc)) + len(split_list(entry.bcc))
                return entry.to + (f" (+{extra})" if extra else "")
            case "subject":
                return entry.subject
            case "attempts":
                return str(entry.attempts)
            case "next":
                if entry.status is S.HELD:
                    return local_time(entry.send_at or entry.next_attempt_at)
                if entry.status in WAITING and entry.status is not S.NO_CREDIT:
                    return local_time(entry.next_attempt_at)
                return ""
            case "sent":
                return local_time(entry.sent_at)
            case "reply":
                return server_reply(entry, self.hide_addresses).replace("\n", " ")
        return ""

"""The exact message that went out, read back from the stored bytes: headers, text, files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.outbox import OutboxEntry, OutboxStatus
from ledgerpost.gui.mail.delivery_states import delivery_colour, delivery_name
from ledgerpost.gui.mail.outbox_model import outcome_lines
from ledgerpost.gui.mail.send_parts import file_size
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services.outbox_view import MessageView

SUMMARY_HEADERS = ("From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID")


class MessageViewDialog(QDialog):
    """Read-only; "Save as .eml…" keeps a copy that any mail program opens."""

    def __init__(
        self, view: MessageView, entry: OutboxEntry | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.view = view
        subject = view.header("Subject")
        # Bytes composed as the message was queued have no Date until it is first tried.
        tried = bool(view.header("Date"))
        title = (
            self.tr("Message as sent — %1") if tried else self.tr("Message as it will be sent — %1")
        )
        self.setWindowTitle(title.replace("%1", subject))
        self.resize(780, 620)
        summary = self._build_summary(view, entry)
        self._build_tabs(view)
        size = file_size(len(view.raw))
        self.size_label = size_label = QLabel(
            self.tr("%1 as handed to the server").replace("%1", size)
            if tried
            else self.tr("%1 so far: the Date line is added when it is first sent").replace(
                "%1", size
            )
        )
        size_label.setStyleSheet(style(Tone.QUIET))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save as .eml…"))
        self.save_button.clicked.connect(self.save_as)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(size_label)
        layout.addWidget(buttons)

    def _build_summary(self, view: MessageView, entry: OutboxEntry | None) -> QFormLayout:
        """The headers a reader looks at first, and the blind copies of the envelope."""
        summary = QFormLayout()
        self.summary: dict[str, QLabel] = {}
        names = {
            "From": self.tr("From"),
            "To": self.tr("To"),
            "Cc": self.tr("CC"),
            "Reply-To": self.tr("Reply to"),
            "Subject": self.tr("Subject"),
            "Date": self.tr("Date"),
            "Message-ID": self.tr("Message-ID"),
        }
        for name in SUMMARY_HEADERS:
            value = view.header(name)
            if not value and name == "Date":
                # Composed as it was queued: its Date is the time it is first tried.
                value = self.tr("when it is first sent")
            if not value:
                continue
            label = QLabel(value)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(names[name])
            summary.addRow(names[name] + ":", label)
            self.summary[name] = label
        if entry is not None and entry.bcc:
            label = QLabel(entry.bcc)
            label.setToolTip(
                self.tr("Blind copies travel only in the envelope, never in the text.")
            )
            summary.addRow(self.tr("BCC (envelope only):"), label)
            self.summary["Bcc"] = label
        answers = outcome_lines(entry) if entry is not None else []
        if answers:
            label = QLabel("\n".join(answers))
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(self.tr("The server's answer to each recipient"))
            summary.addRow(self.tr("Server's answer:"), label)
            self.summary["Outcomes"] = label
        if entry is not None and entry.status is OutboxStatus.SENT:
            self._add_delivery(summary, entry)
        return summary

    def _add_delivery(self, summary: QFormLayout, entry: OutboxEntry) -> None:
        """The envelope state the reports gave, and the report's own words (a DSN's
        diagnostic)."""
        state = QLabel(delivery_name(entry.delivery))
        state.setAccessibleName(self.tr("Delivery"))
        colour = delivery_colour(entry.delivery)
        if colour is not None:
            state.setStyleSheet(f"color: {colour.name()};")
        summary.addRow(self.tr("Delivery:"), state)
        self.summary["Delivery"] = state
        if entry.delivery_detail:
            detail = QLabel(entry.delivery_detail)
            detail.setWordWrap(True)
            detail.setTextFormat(Qt.TextFormat.PlainText)
            detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            detail.setAccessibleName(self.tr("What the report said"))
            summary.addRow(self.tr("Report:"), detail)
            self.summary["Report"] = detail

    def _build_tabs(self, view: MessageView) -> None:
        """The text, the attachments and every header, one tab each."""
        self.text = QPlainTextEdit(view.text)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Message text"))
        self._build_attachments(view)
        self.headers = QPlainTextEdit("\n".join(f"{k}: {v}" for k, v in view.headers))
        self.headers.setReadOnly(True)
        self.headers.setAccessibleName(self.tr("All headers"))
        self.headers.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        self.tabs = QTabWidget()
        self.tabs.addTab(self.text, self.tr("Text"))
        self.tabs.addTab(
            self.attachments, self.tr("Attachments (%1)").replace("%1", str(len(view.attachments)))
        )
        self.tabs.addTab(self.headers, self.tr("All headers"))

    def _build_attachments(self, view: MessageView) -> None:
        self.attachments = QTableWidget(len(view.attachments), 3)
        self.attachments.setAccessibleName(self.tr("Attachments"))
        self.attachments.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Type"), self.tr("Size")]
        )
        self.attachments.verticalHeader().setVisible(False)
        self.attachments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, attachment in enumerate(view.attachments):
            self.attachments.setItem(row, 0, QTableWidgetItem(attachment.name))
            self.attachments.setItem(row, 1, QTableWidgetItem(attachment.content_type))
            size = QTableWidgetItem(file_size(attachment.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.attachments.setItem(row, 2, size)
        self.attachments.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def save_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the message"),
            f"message-{self.view.outbox_id}.eml",
            self.tr("E-mail messages (*.eml)"),
        )
        if not name:
            return
        try:
            self.write_eml(Path(name))
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The message could not be saved: %1").replace(
                    "%1", exc.strerror or str(exc)
                ),
            )

    def write_eml(self, path: Path) -> None:
        path.write_bytes(self.view.raw)

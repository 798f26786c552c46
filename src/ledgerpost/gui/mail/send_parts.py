"""Parts of the send dialog: the attachment list and the list of problems before sending."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.problems import Problem
from ledgerpost.gui.widgets.address_field import apply_direction
from ledgerpost.gui.widgets.icons import icon
from ledgerpost.gui.widgets.language import (
    datetime_edit_format,
    datetime_text,
    isolated,
    problem_line,
    problem_message,
)
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services.sending import rough_sent_size

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
FIELD_ROLE = Qt.ItemDataRole.UserRole + 1


def file_size(size: int) -> str:
    """``45.1 KB``, ``1.3 MB`` in the user's locale."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def local_date(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def capital(text: str) -> str:
    """Service sentences start in lower case (they follow a "where:"); alone, they do not."""
    return text[:1].upper() + text[1:]


def buddy(text: str, widget: QWidget) -> QLabel:
    """A label whose mnemonic (``&T``) moves the focus to ``widget``."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def local_time(when: dt.datetime) -> str:
    """A stored (naive UTC) time as the user reads it: local, in the locale's short form."""
    return datetime_text(when.replace(tzinfo=dt.UTC).astimezone())


class AttachmentList(QWidget):
    """The print copy (always attached) and the user's own files, with sizes and the limit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = 20 * 1024 * 1024
        """The largest message in bytes (the server's SIZE when it announced one)."""
        self._print_copy = 0
        self._einvoice = 0
        """The e-invoice XML's size, when one goes beside the print copy."""
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Attachments"))
        self.list.setMaximumHeight(84)
        self.add = QPushButton(self.tr("Add files…"))
        self.add.setAccessibleName(self.tr("Add files to the message"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove the chosen file"))
        self.remove.setEnabled(False)
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Size of the attachments"))
        self.total.setWordWrap(True)
        self.add.clicked.connect(self._choose)
        self.remove.clicked.connect(self._remove)
        self.list.currentItemChanged.connect(
            lambda item, _old: self.remove.setEnabled(
                item is not None and item.data(PATH_ROLE) is not None
            )
        )
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addWidget(self.total, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self._print_item = QListWidgetItem(icon("attachment"), self.tr("Print copy (being made…)"))
        self.list.addItem(self._print_item)
        self._update_total()

    def set_print_copy(self, file_name: str, size: int) -> None:
        self._print_copy = size
        self._print_item.setText(
            self.tr("%1 — %2 (print copy)")
            .replace("%1", isolated(file_name))
            .replace("%2", file_size(size))
        )
        self._update_total()

    def set_einvoice(self, file_name: str, size: int) -> None:
        """The e-invoice XML attached beside the print copy (validated), counted in the total."""
        self._einvoice = size
        text = self.tr("%1 — %2 (e-invoice)").replace("%1", isolated(file_name))
        self.list.insertItem(
            1, QListWidgetItem(icon("attachment"), text.replace("%2", file_size(size)))
        )
        self._update_total()

    def set_print_copy_problem(self, text: str) -> None:
        self._print_item.setText(self.tr("Print copy: %1").replace("%1", text))
        self._print_item.setForeground(Qt.GlobalColor.darkRed)

    def paths(self) -> tuple[Path, ...]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return tuple(Path(item.data(PATH_ROLE)) for item in items if item.data(PATH_ROLE))

    def add_paths(self, paths: list[Path]) -> None:
        present = set(self.paths())
        for path in paths:
            if path in present:
                continue
            try:
                size = path.stat().st_size
            except OSError as exc:
                text = self.tr("%1 — cannot be read: %2").replace("%1", isolated(path.name))
                item = QListWidgetItem(icon("attachment"), text.replace("%2", exc.strerror or ""))
            else:
                text = (
                    self.tr("%1 — %2")
                    .replace("%1", isolated(path.name))
                    .replace("%2", file_size(size))
                )
                item = QListWidgetItem(icon("attachment"), text)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.list.addItem(item)
        self._update_total()
        self.changed.emit()

    def _choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files to the message"))
        if names:
            self.add_paths([Path(n) for n in names])

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(PATH_ROLE):
            self.list.takeItem(self.list.row(item))
            self._update_total()
            self.changed.emit()

    def files_size(self) -> int:
        total = 0
        for path in self.paths():
            with contextlib.suppress(OSError):
                total += path.stat().st_size
        return total

    def over_limit(self) -> bool:
        """About the preflight's rule: the files and the print copy base64-encoded, and room
        for the text (the preflight measures the message itself)."""
        return rough_sent_size(self.files_size() + self._print_copy + self._einvoice) > self.limit

    def _update_total(self) -> None:
        total = self.files_size() + self._print_copy + self._einvoice
        text = self.tr("Total %1; the limit is %2").replace("%1", file_size(total))
        text = text.replace("%2", file_size(self.limit))
        if self.over_limit():
            text = self.tr("Too large to send: %1").replace("%1", text)
            self.total.setStyleSheet(f"{style(Tone.PROBLEM)} font-weight: 600;")
        else:
            self.total.setStyleSheet("color: palette(placeholder-text);")
        self.total.setText(text)


class MessagePane(QWidget):
    """The note (on top), the message from the template, and the greeting and signature."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("A few words of your own, shown above the message"))
        self.note.setMaximumHeight(70)
        self.note.setTabChangesFocus(True)
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Message"))
        self.body.setTabChangesFocus(True)
        self.closing = QLabel()
        self.closing.setAccessibleName(self.tr("Greeting and signature"))
        self.closing.setTextFormat(Qt.TextFormat.PlainText)
        self.closing.setStyleSheet("color: palette(placeholder-text);")
        self.closing.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(buddy(self.tr("&Note (goes on top)"), self.note))
        layout.addWidget(self.note)
        layout.addWidget(buddy(self.tr("&Message (changes apply to this send only)"), self.body))
        layout.addWidget(self.body, 1)
        layout.addWidget(self.closing)
        self.note.textChanged.connect(lambda: apply_direction(self.note, self.note.toPlainText()))

    def show_template(self, body: str, greeting: str, signature: str) -> None:
        """The filled template, without counting as an edit by the user."""
        self.body.blockSignals(True)
        self.body.setPlainText(body)
        self.body.blockSignals(False)
        apply_direction(self.body, body)
        closing = "\n".join(t for t in (greeting, signature) if t)
        self.closing.setText(closing)
        apply_direction(self.closing, closing)


class SendLater(QWidget):
    """ "Send later" and the date and time, in local time; the service gets naive UTC."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.later = QCheckBox(self.tr("Send &later:"))
        self.later.setAccessibleName(self.tr("Send later"))
        self.send_at = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        self.send_at.setCalendarPopup(True)
        # The date and the time are two runs of digits: right to left they would swap places
        # (and "23:37" read "37:23"), so the field reads left to right in every language, set
        # before the format (the field orders its sections by the direction it has then), and
        # without the right-to-left marks of the Arabic date format.
        self.send_at.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.send_at.setDisplayFormat(datetime_edit_format().replace("\u200f", ""))
        self.send_at.setAccessibleName(self.tr("Date and time to send"))
        self.send_at.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.later)
        layout.addWidget(self.send_at)
        self.later.toggled.connect(self._toggled)
        self.send_at.dateTimeChanged.connect(self.changed)

    def _toggled(self, on: bool) -> None:
        self.send_at.setEnabled(on)
        if on and self.send_at.dateTime() <= QDateTime.currentDateTime():
            self.send_at.setDateTime(QDateTime.currentDateTime().addSecs(3600))
        self.changed.emit()

    def when(self) -> dt.datetime | None:
        """The chosen time as stored (naive UTC); None to send now."""
        if not self.later.isChecked():
            return None
        seconds = self.send_at.dateTime().toSecsSinceEpoch()
        return dt.datetime.fromtimestamp(seconds, dt.UTC).replace(tzinfo=None)

    def problems(self) -> list[str]:
        if self.later.isChecked() and self.send_at.dateTime() <= QDateTime.currentDateTime():
            return [self.tr("The time to send is already past: choose a later one.")]
        return []


class ProblemList(QListWidget):
    """Everything that stops the message (red) or deserves a look (amber), or "ready"."""

    go_to = Signal(str)
    """The field a problem names, when the user activates it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Problems before sending"))
        self.setMaximumHeight(80)
        self.setWordWrap(True)
        self.itemActivated.connect(lambda item: self.go_to.emit(item.data(FIELD_ROLE) or ""))

    def show_loading(self) -> None:
        self.clear()
        self.addItem(self.tr("Checking the message…"))

    def show_problems(
        self,
        problems: list[tuple[str, str]],
        warnings: list[str],
    ) -> None:
        """``problems`` as (field, sentence); ``warnings`` as sentences."""
        self.clear()
        style = self.style()
        bad = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warn = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for field, text in problems:
            item = QListWidgetItem(bad, text)
            item.setData(FIELD_ROLE, field)
            item.setForeground(Qt.GlobalColor.darkRed)
            self.addItem(item)
        for text in warnings:
            self.addItem(QListWidgetItem(warn, text))
        if not problems:
            ok = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
            self.addItem(QListWidgetItem(ok, self.tr("Ready to send.")))


def problem_sentence(problem: Problem) -> str:
    """A problem of the send check as the list shows it: an address's with the address."""
    if problem.field.startswith(("to:", "cc:", "bcc:")):
        return problem_line(problem)
    return capital(problem_message(problem))


def problem_field(problem: Problem) -> str:
    """The field a problem belongs to: ``to``, ``cc``, ``bcc``, ``subject``, ``attachments``…"""
    head = problem.field.split(":", 1)[0].strip()
    if problem.code.startswith("attachment"):
        return "attachments"
    return head

"""A field for a list of email addresses (To, CC, BCC) as the send dialog uses it.

Entries are split on ``,`` or ``;``; shortly after the user stops typing every entry is checked
(no database call: ``domain.addresses``), and a bad one is drawn red and wavy-underlined, with
its reason in the tooltip and in a line under the field. Typing completes from the address
book (``Name <address>``); a card with several addresses gets a picker beside the field.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.addresses import (
    Field,
    Mailbox,
    entry_bounds,
    parse_entry,
    parse_list,
    split_list,
)
from ledgerpost.domain.problems import Problem
from ledgerpost.gui.widgets.icons import icon
from ledgerpost.gui.widgets.language import isolated, problem_message
from ledgerpost.gui.widgets.palette import Tone, colour, qcolour
from ledgerpost.services.address_book import CONTACT, RECENT, BookEntry

DEBOUNCE_MS = 250
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
INSERT_ROLE = Qt.ItemDataRole.UserRole + 2


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of the first letter that has one (Arabic: right to left), else None."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return None


def apply_direction(widget: QWidget, text: str) -> None:
    """Lay ``widget`` out in the direction of ``text``; the window's own when it has none."""
    direction = text_direction(text)
    if direction is None:
        widget.unsetLayoutDirection()
    else:
        widget.setLayoutDirection(direction)


def _plain(text: str) -> str:
    """``Müller`` also found as ``Muller``."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class EntryCheck:
    """One entry of the field where it stands in the text, and what is wrong with it."""

    start: int
    end: int
    text: str
    problem: Problem | None


def check_entries(text: str, field: Field) -> list[EntryCheck]:
    """Every entry of ``text`` with its place, checked; same splitting as ``parse_list``."""
    checks = []
    position = 0
    for entry in split_list(text):
        start = text.find(entry, position)
        position = start + len(entry)
        parsed = parse_entry(entry, field)
        checks.append(
            EntryCheck(start, position, entry, parsed if isinstance(parsed, Problem) else None)
        )
    return checks


def role_name(entry: BookEntry) -> str:
    if entry.role == CONTACT:
        return QCoreApplication.translate("AddressField", "contact person %1").replace(
            "%1", entry.contact
        )
    return {
        "billing": QCoreApplication.translate("AddressField", "invoices"),
        "statements": QCoreApplication.translate("AddressField", "statements"),
        "general": QCoreApplication.translate("AddressField", "general"),
        RECENT: QCoreApplication.translate("AddressField", "used before"),
    }.get(entry.role, entry.role)


class AddressBookModel(QAbstractListModel):
    """The address book for completion: shown as ``Name <address> · company``."""

    def __init__(self, entries: Sequence[BookEntry], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries = list(entries)
        self._search = [
            " ".join((e.name, e.address, e.party_name, _plain(e.name), _plain(e.party_name)))
            for e in self._entries
        ]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if entry.contact:
                return f"{entry.mailbox}  ·  {entry.party_name}"
            return entry.mailbox
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == INSERT_ROLE:
            return entry.mailbox
        return None


class AddressLineEdit(QLineEdit):
    """A line edit that completes the entry under the cursor, not the whole list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.completer_ = QCompleter(self)
        self.completer_.setWidget(self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer_.setCompletionRole(SEARCH_ROLE)
        self.completer_.setModelSorting(QCompleter.ModelSorting.UnsortedModel)
        self.completer_.setMaxVisibleItems(8)
        self.completer_.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self.textEdited.connect(self._complete)

    def set_book(self, model: AddressBookModel) -> None:
        self.completer_.setModel(model)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer_.popup()
        if (
            popup is not None
            and popup.isVisible()
            and event.key()
            in (
                Qt.Key.Key_Enter,
                Qt.Key.Key_Return,
                Qt.Key.Key_Escape,
                Qt.Key.Key_Tab,
                Qt.Key.Key_Backtab,
            )
        ):
            event.ignore()  # the completer takes these
            return
        super().keyPressEvent(event)

    def _complete(self) -> None:
        if self.completer_.model() is None:
            return
        text, cursor = self.text(), self.cursorPosition()
        start, _ = entry_bounds(text, cursor)
        fragment = text[start:cursor].strip()
        popup = self.completer_.popup()
        if len(fragment) < 2 or "<" in fragment:
            if popup is not None:
                popup.hide()
            return
        self.completer_.setCompletionPrefix(fragment)
        if self.completer_.completionCount() == 0:
            if popup is not None:
                popup.hide()
            return
        self.completer_.complete(self.rect())

    def _chosen(self, index: QModelIndex) -> None:
        self.insert_entry(str(index.data(INSERT_ROLE)))

    def insert_entry(self, value: str) -> None:
        """Put ``value`` in place of the entry under the cursor (or after the last one)."""
        text, cursor = self.text(), self.cursorPosition()
        start, end = entry_bounds(text, cursor)
        head, tail = text[:start], text[end:]
        if head and not head.endswith(" "):
            head += " "
        if tail.strip():
            new, position = head + value + tail, len(head) + len(value)
        else:
            new = head + value + ", "
            position = len(new)
        self.setText(new)
        self.setCursorPosition(position)


class AddressField(QWidget):
    """An address list: the line, a picker for the card's addresses, the reasons below."""

    checked = Signal()
    """Emitted after each check of the entries (debounced while the user types)."""

    def __init__(self, field: Field, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._problems: tuple[Problem, ...] = ()
        self._card: list[BookEntry] = []
        self.line = AddressLineEdit()
        self.line.setAccessibleName(name)
        self.line.setStyleSheet(
            f'QLineEdit[invalid="true"] {{ border: 1px solid {colour(Tone.PROBLEM)};'
            " border-radius: 3px; padding: 2px; background: #fff6f6; }"
        )
        self.picker = QToolButton()
        self.picker.setIcon(icon("address-book"))
        self.picker.setToolTip(QCoreApplication.translate("AddressField", "Addresses on the card"))
        self.picker.setAccessibleName(
            QCoreApplication.translate("AddressField", "%1: addresses on the card").replace(
                "%1", name
            )
        )
        self.picker.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.picker.setMenu(QMenu(self.picker))
        self.picker.menu().aboutToShow.connect(self._fill_menu)
        self.picker.hide()
        self.reasons = QLabel()
        self.reasons.setStyleSheet(f"color: {colour(Tone.PROBLEM)};")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setAccessibleName(
            QCoreApplication.translate("AddressField", "%1: problems").replace("%1", name)
        )
        self.reasons.hide()
        self.bounced = QLabel()
        self.bounced.setStyleSheet(f"color: {colour(Tone.PROBLEM)};")
        self.bounced.setWordWrap(True)
        self.bounced.setTextFormat(Qt.TextFormat.PlainText)
        self.bounced.setAccessibleName(
            QCoreApplication.translate("AddressField", "%1: bounced addresses").replace("%1", name)
        )
        self.bounced.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.picker)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.reasons)
        layout.addWidget(self.bounced)
        self.setFocusProxy(self.line)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.check_now)
        self.line.textChanged.connect(self._changed)

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:
        self.line.setText(text)
        self.line.home(False)  # show the first address, not the end of the last
        self.check_now()

    def problems(self) -> tuple[Problem, ...]:
        """The problems found by the last check."""
        return self._problems

    def mailboxes(self) -> tuple[Mailbox, ...]:
        return parse_list(self.text(), self.field).mailboxes

    def set_book(self, model: AddressBookModel) -> None:
        self.line.set_book(model)

    def set_card(self, entries: Sequence[BookEntry]) -> None:
        """The addresses on the card: a picker when there are several."""
        self._card = list(entries)
        self.picker.setVisible(len(self._card) > 1)

    def _changed(self) -> None:
        self._set_formats([])  # stale marks would sit on the wrong letters
        self._timer.start()

    def check_now(self) -> None:
        """Check the entries at once (also what the debounce timer ends in)."""
        self._timer.stop()
        text = self.text()
        checks = check_entries(text, self.field)
        bad = [c for c in checks if c.problem is not None]
        self._problems = tuple(c.problem for c in bad if c.problem is not None)
        self._set_formats(bad)
        lines = [
            QCoreApplication.translate("AddressField", "“%1”: %2")
            .replace("%1", isolated(c.text))
            .replace("%2", problem_message(c.problem))
            for c in bad
            if c.problem is not None
        ]
        self.reasons.setText("\n".join(lines))
        self.reasons.setVisible(bool(lines))
        self.line.setToolTip("\n".join(lines))
        self.line.setProperty("invalid", bool(lines))
        self.line.style().unpolish(self.line)
        self.line.style().polish(self.line)
        apply_direction(self.line, text)
        self.checked.emit()

    def show_bounced(self, warnings: Sequence[Problem]) -> None:
        """Mark the addresses of this field that bounced (the send check's ``warn-bounced``,
        a warning: the message may still go)."""
        lines = [
            "⚠ " + problem_message(w)
            for w in warnings
            if w.code == "warn-bounced" and w.field == self.field.value
        ]
        self.bounced.setText("\n".join(lines))
        self.bounced.setVisible(bool(lines))

    def _set_formats(self, bad: Sequence[EntryCheck]) -> None:
        """Red, wavy-underlined letters for the bad entries (the line's preedit formats: the
        one way a QLineEdit draws parts of its text differently)."""
        fmt = QTextCharFormat()
        fmt.setForeground(qcolour(Tone.PROBLEM))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        fmt.setUnderlineColor(qcolour(Tone.PROBLEM))
        cursor = self.line.cursorPosition()
        attributes = [
            QInputMethodEvent.Attribute(
                QInputMethodEvent.AttributeType.TextFormat, c.start - cursor, c.end - c.start, fmt
            )
            for c in bad
        ]
        QCoreApplication.sendEvent(self.line, QInputMethodEvent("", attributes))

    def _fill_menu(self) -> None:
        menu = self.picker.menu()
        menu.clear()
        present = {m.address.casefold() for m in self.mailboxes()}
        for entry in self._card:
            label = f"{entry.mailbox} — {role_name(entry)}"
            if entry.problem:
                label = f"{entry.address} — {entry.problem}"
            action = menu.addAction(label)
            action.setEnabled(not entry.problem)
            action.setCheckable(True)
            action.setChecked(entry.address.casefold() in present)
            action.toggled.connect(lambda on, e=entry: self._toggle(e, on))

    def _toggle(self, entry: BookEntry, on: bool) -> None:
        if on:
            self.line.setCursorPosition(len(self.text()))
            self.line.insert_entry(entry.mailbox)
        else:
            kept = [
                e
                for e in split_list(self.text())
                if not (isinstance(p := parse_entry(e, self.field), Mailbox))
                or p.address.casefold() != entry.address.casefold()
            ]
            self.line.setText(", ".join(kept))
        self.check_now()

"""The email queue: every message in the outbox, its state, and what the bookkeeper can do."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.outbox import OutboxEntry, OutboxStatus
from ledgerpost.domain.users import Right
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.outbox_actions import QueueActions
from ledgerpost.gui.mail.outbox_model import OutboxModel, describe, status_icon
from ledgerpost.gui.mail.outbox_pace import lane_of, lanes_text, pace_note
from ledgerpost.gui.widgets.empty_hint import EmptyHint
from ledgerpost.gui.widgets.labels import mail_status_name
from ledgerpost.gui.widgets.page import Page
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.gui.widgets.table_model import fit_column_to_texts, fit_datetime_columns
from ledgerpost.services import outbox
from ledgerpost.services.ledger import Ledger

S = OutboxStatus
LIMIT = 1000
"""The newest messages listed at once; a filter narrows the rest."""


@dataclass(frozen=True, slots=True)
class QueueLoad:
    entries: list[OutboxEntry]
    counts: dict[OutboxStatus, int]
    lanes: list[outbox.AccountLane] = field(default_factory=list)


def load_queue(ledger: Ledger, statuses: tuple[OutboxStatus, ...] | None) -> QueueLoad:
    """The newest messages in ``statuses`` (all when None), how many are in each state, and
    each sending account's part of the queue."""
    counts = outbox.counts(ledger)
    lanes = outbox.lanes(ledger)
    if statuses is None:
        return QueueLoad(outbox.entries(ledger, limit=LIMIT), counts, lanes)
    found = [e for s in statuses if counts.get(s) for e in outbox.entries(ledger, s, limit=LIMIT)]
    found.sort(key=lambda e: e.id, reverse=True)
    return QueueLoad(found[:LIMIT], counts, lanes)


class OutboxPage(Page):
    """The queue as a table; actions on the chosen rows, allowed only where the rules allow."""

    open_document = Signal(int)
    """The user wants to see the document a message carried (its id)."""
    delivery_wanted = Signal()
    """Messages are due now: connect to BackgroundDelivery.wake."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._loading = False
        self._again = False
        self.counts: dict[OutboxStatus, int] = {}
        self.loads = 0
        """How many times the list has been loaded (tests wait on it)."""

        self._build_filter()
        self._build_table()
        self._build_actions()
        self._lay_out()
        self.refresh_on(context.changes.outbox)
        self.update_actions()

    def _build_filter(self) -> None:
        self.filters: list[tuple[str, tuple[OutboxStatus, ...] | None]] = [
            (self.tr("All messages"), None),
            (self.tr("Needs attention"), (S.FAILED, S.UNCERTAIN)),
            (self.tr("Waiting to be sent"), (S.HELD, S.QUEUED, S.SENDING, S.RETRY, S.NO_CREDIT)),
            (self.tr("Sent"), (S.SENT,)),
            (self.tr("Failed"), (S.FAILED,)),
            (self.tr("Uncertain"), (S.UNCERTAIN,)),
            (self.tr("Will be tried again"), (S.RETRY,)),
            (self.tr("Held (send later)"), (S.HELD,)),
            (self.tr("Waiting for credits"), (S.NO_CREDIT,)),
            (self.tr("Cancelled"), (S.CANCELLED,)),
        ]
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show messages"))
        for title, statuses in self.filters:
            icon_status = statuses[0] if statuses else S.SENT
            self.status_filter.addItem(status_icon(icon_status), title)
        self.status_filter.setItemIcon(0, status_icon(S.QUEUED))
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.summary = QLabel()
        self.summary.setStyleSheet(style(Tone.QUIET))
        self.lanes_label = QLabel()
        self.lanes_label.setAccessibleName(self.tr("Sending accounts' queues"))
        self.lanes_label.setTextFormat(Qt.TextFormat.PlainText)
        self.lanes_label.setStyleSheet(style(Tone.QUIET))
        self.lanes_label.setVisible(False)

    def _build_table(self) -> None:
        hide_addresses = not self.context.may(Right.SEE_CONTACTS)
        self.model = OutboxModel(self, hide_addresses=hide_addresses)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Email queue"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        for column, width in enumerate(OutboxModel.WIDTHS):
            self.table.setColumnWidth(column, width)
        fit_datetime_columns(self.table, OutboxModel.DATETIME_COLUMNS)
        fit_column_to_texts(self.table, 0, [mail_status_name(s) for s in OutboxStatus])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)
        self.empty_hint = EmptyHint(
            self.table,
            lambda: self.model.rowCount() == 0,
            self.tr(
                "No messages here. A document you send by email, alone or in a batch, waits "
                "in this queue until the mail server accepts it."
            ),
        )

    def _build_actions(self) -> None:
        self.queue_actions = QueueActions(self.context, self.selected, self)
        self.queue_actions.said.connect(self.say)
        self.queue_actions.open_document.connect(self.open_document)
        self.queue_actions.delivery_wanted.connect(self.delivery_wanted)
        self.table.doubleClicked.connect(lambda _index: self.queue_actions.view_message())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_actions())
        self.refresh_action = QAction(self.tr("Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("Chosen message"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setStyleSheet(
            "background: palette(base); border: 1px solid palette(mid); padding: 6px;"
        )
        self.details.setMinimumHeight(64)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def _lay_out(self) -> None:
        heading = QLabel(self.tr("Email queue"))
        heading.setStyleSheet("font-size: 15px; font-weight: 600; padding: 4px 2px;")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.status_filter)
        bar.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        for action in (*self.queue_actions.in_order, self.refresh_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAccessibleName(action.text().rstrip("…"))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.notice.setAccessibleName(self.tr("Result"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.lanes_label)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.notice)

    # --- loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the list again in the background (once more if asked while loading)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._stale = False
        statuses = self.filters[self.status_filter.currentIndex()][1]
        ledger = self.context.ledger
        self.context.runner.run(
            lambda: load_queue(ledger, statuses), self._loaded, self._load_failed, owner=self
        )

    def _loaded(self, load: QueueLoad) -> None:
        self._loading = False
        self.loads += 1
        chosen = {e.id for e in self.selected()}
        current = self.table.currentIndex()
        current_id = self.model.entry(current.row()).id if current.isValid() else None
        self.model.lanes = load.lanes
        self.model.set_entries(load.entries)
        self.counts = load.counts
        lines = lanes_text(load.lanes)
        self.lanes_label.setText(lines)
        self.lanes_label.setVisible(bool(lines))
        self._show_counts()
        selection = self.table.selectionModel()
        for outbox_id in chosen:
            row = self.model.row_of(outbox_id)
            if row is not None:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        if current_id is not None and (row := self.model.row_of(current_id)) is not None:
            selection.setCurrentIndex(self.model.index(row, 0), selection.SelectionFlag.NoUpdate)
        self.update_actions()
        if self._again:
            self._again = False
            self.refresh()

    def _load_failed(self, exc: Exception) -> None:
        self._loading = False
        text = self.tr("The queue could not be read: %1")
        errors.tell(exc, lambda reason: self.say(text.replace("%1", reason), False))

    def _show_counts(self) -> None:
        total = sum(self.counts.values())
        for i, (title, statuses) in enumerate(self.filters):
            n = total if statuses is None else sum(self.counts.get(s, 0) for s in statuses)
            self.status_filter.setItemText(i, f"{title} ({n})")
        shown = self.model.rowCount()
        statuses = self.filters[self.status_filter.currentIndex()][1]
        matching = total if statuses is None else sum(self.counts.get(s, 0) for s in statuses)
        if shown < matching:
            self.summary.setText(
                self.tr("Showing the newest %1 of %2 messages")
                .replace("%1", str(shown))
                .replace("%2", str(matching))
            )
        else:
            self.summary.setText(self.tr("%n message(s)", "", shown))

    # --- selection and actions ----------------------------------------------------------

    def selected(self) -> list[OutboxEntry]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.entry(r) for r in rows if r < self.model.rowCount()]

    def select_ids(self, ids: list[int]) -> None:
        """Choose these messages in the list (tests, and after an action)."""
        self.table.clearSelection()
        selection = self.table.selectionModel()
        for outbox_id in ids:
            row = self.model.row_of(outbox_id)
            if row is not None:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        self.update_actions()

    def update_actions(self) -> None:
        self.queue_actions.update()
        chosen = self.selected()
        if len(chosen) == 1:
            entry = chosen[0]
            text = describe(entry, self.model.hide_addresses)
            now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            note = pace_note(entry, lane_of(entry, self.model.lanes), now)
            self.details.setText(f"{text}<br><i>{escape(note)}</i>" if note else text)
        elif chosen:
            self.details.setText(self.tr("%n messages chosen", "", len(chosen)))
        else:
            self.details.setText(self.tr("Choose a message to see what the server said."))

    def context_menu(self) -> QMenu:
        return self.queue_actions.menu(self)

    def _show_menu(self, pos: QPoint) -> None:
        self.context_menu().exec(self.table.viewport().mapToGlobal(pos))

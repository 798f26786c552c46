"""The customers, suppliers or employees page: the cards as a list, a search, New and Edit.

A user who may not see contact addresses reads "hidden contact" where the addresses would be.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.parties import Company, Party, PartyKind
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.people.party_editor import PartyEditor
from ledgerpost.gui.settings.templates import LANGUAGE_NAMES
from ledgerpost.gui.widgets.empty_hint import EmptyHint
from ledgerpost.gui.widgets.icons import icon
from ledgerpost.gui.widgets.labels import address_role_name, hidden_contact, party_kind_plural
from ledgerpost.gui.widgets.page import Page
from ledgerpost.gui.widgets.palette import Tone, qcolour
from ledgerpost.gui.widgets.table_model import Index, RowsModel
from ledgerpost.services import parties
from ledgerpost.services.parties import PartyCard


class PartiesModel(RowsModel):
    COLUMNS = ("name", "code", "emails", "contacts", "language", "city")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PartyCard] = []
        self._headers = (
            self.tr("Name"),
            self.tr("Code"),
            self.tr("Email addresses"),
            self.tr("Contact persons"),
            self.tr("Language"),
            self.tr("City"),
        )

    def set_cards(self, cards: list[PartyCard]) -> None:
        self.beginResetModel()
        self._rows = cards
        self.endResetModel()

    def card(self, row: int) -> PartyCard:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        card = self._rows[index.row()]
        party = card.party
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "name":
                return party.name
            if column == "code":
                return party.code
            if column == "emails":
                if card.hidden:
                    return hidden_contact()
                if role == Qt.ItemDataRole.ToolTipRole:
                    return "\n".join(
                        f"{address_role_name(e.role)}: {e.address}" for e in party.emails
                    )
                return ", ".join(e.address for e in party.emails)
            if column == "contacts":
                return ", ".join(c.name for c in party.contacts)
            if column == "language":
                return LANGUAGE_NAMES.get(party.language, party.language)
            if column == "city":
                return party.address.city
        if column == "emails" and card.hidden:
            if role == Qt.ItemDataRole.ForegroundRole:
                return qcolour(Tone.FADED)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        return None


class PartiesPage(Page):
    """``PartiesPage(context, PartyKind.CUSTOMER)``: one kind of card."""

    changed = Signal()
    """A card was added or changed."""

    def __init__(self, context: AppContext, kind: PartyKind, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.kind = kind
        self._language = "en"
        self.editor: PartyEditor | None = None
        self.archived: set[int] = set()
        """The archived cards among those shown."""

        heading = QLabel(party_kind_plural(kind))
        heading.setStyleSheet("font-size: 15px; font-weight: 600; padding: 4px 2px;")
        bar = self._build_toolbar()
        self._build_table(kind)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(heading)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)

        self._cards_loaded = False
        self.empty_hint = EmptyHint(
            self.table,
            lambda: self._cards_loaded and self.proxy.rowCount() == 0,
            self.tr("No cards to show. Add one with New…, or change the search."),
        )
        self._connect()

    def _build_toolbar(self) -> QHBoxLayout:
        """Search, New… and Edit…."""
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, code or address"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(icon("document-new"), self.tr("&New…"))
        self.new_button.setAccessibleName(self.tr("New card"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the chosen card"))
        self.edit_button.setEnabled(False)
        self.archive_button = QPushButton(self.tr("&Archive"))
        self.archive_button.setToolTip(
            self.tr("Hide the card from the pickers; its documents and history stay")
        )
        self.archive_button.setEnabled(False)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.archive_button)
        bar.addWidget(self.show_archived)
        return bar

    def _build_table(self, kind: PartyKind) -> None:
        """The cards, sorted by name and filtered by the search."""
        self.model = PartiesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(party_kind_plural(kind))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((230, 70, 330, 170, 90)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _connect(self) -> None:
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_button.clicked.connect(self.new_card)
        self.edit_button.clicked.connect(self.edit_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.edit_button.setEnabled(self.selected() is not None)
        )
        self.table.selectionModel().selectionChanged.connect(self._archive_state)
        self.archive_button.clicked.connect(self.archive_selected)
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.refresh_on(self.context.changes.users, self.context.changes.parties)

    def refresh(self) -> None:
        self._stale = False
        ledger, kind, by = self.context.ledger, self.kind, self.context.by
        listing = parties.all_cards if self.show_archived.isChecked() else parties.cards
        self.context.runner.run(
            lambda: (listing(ledger, kind, by), ledger.company(), parties.archived_ids(ledger)),
            self._loaded,
            self._failed,
            owner=self,
        )

    def _loaded(self, loaded: tuple[list[PartyCard], Company | None, set[int]]) -> None:
        cards, company, self.archived = loaded
        self._language = company.language if company else "en"
        self._cards_loaded = True
        self.model.set_cards(cards)
        self.empty_hint.update_hint()
        self.notice.setText(self.tr("%n card(s)", "", len(cards)))

    def _failed(self, exc: Exception) -> None:
        errors.tell(exc, self.notice.setText)

    def selected(self) -> PartyCard | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source: QModelIndex = self.proxy.mapToSource(rows[0])
        return self.model.card(source.row())

    def _archive_state(self) -> None:
        card = self.selected()
        self.archive_button.setEnabled(card is not None)
        shown = card is not None and card.party.id in self.archived
        self.archive_button.setText(self.tr("Un&archive") if shown else self.tr("&Archive"))

    def archive_selected(self) -> None:
        """Archive the chosen card (or bring an archived one back)."""
        card = self.selected()
        if card is None or card.party.id is None:
            return
        party_id, ledger, by = card.party.id, self.context.ledger, self.context.by
        archived = party_id not in self.archived
        self.context.runner.run(
            lambda: parties.archive(ledger, party_id, archived, by),
            lambda name: self._archived(name, archived),
            self._failed,
            owner=self,
        )

    def _archived(self, name: str, archived: bool) -> None:
        if archived:
            self.notice.setText(self.tr("Archived %1.").replace("%1", name))
        else:
            self.notice.setText(self.tr("%1 is shown again.").replace("%1", name))
        self.refresh()
        self.changed.emit()

    def new_card(self) -> None:
        """A blank card in the company's language (parties are mostly local)."""
        self._open(PartyCard(Party(self.kind, "", language=self._language)))

    def edit_selected(self) -> None:
        card = self.selected()
        if card is not None:
            self._open(card)

    def _open(self, card: PartyCard) -> None:
        editor = PartyEditor(self.context, card, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._saved)
        self.editor = editor
        editor.open()

    def _saved(self, card: PartyCard) -> None:
        self.notice.setText(self.tr("Saved %1.").replace("%1", card.party.name))
        self.refresh()
        self.changed.emit()

"""Whom a letter batch goes to, as the letter batch dialog chooses them: a kind of card, a
language, and a checkable list of the cards shown (filtered by what is typed); the checked
cards that are shown are the recipients."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.parties import LANGUAGES, PartyKind
from ledgerpost.gui.widgets.labels import party_kind_name, party_kind_plural
from ledgerpost.gui.widgets.language import LANGUAGE_NAMES
from ledgerpost.services.parties import PartyCard

ID = Qt.ItemDataRole.UserRole
KIND = Qt.ItemDataRole.UserRole + 1
LANGUAGE = Qt.ItemDataRole.UserRole + 2


class LetterRecipients(QWidget):
    """``changed`` whenever the choice does (kind, language, filter or a check)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of card"))
        for kind in PartyKind:
            self.kind.addItem(party_kind_plural(kind), kind.value)
        self.kind.addItem(self.tr("Everyone"), "")
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the card"))
        self.language.addItem(self.tr("Any language"), "")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Filter the cards"))
        self.filter.setPlaceholderText(self.tr("Filter by name or code"))
        self.filter.setClearButtonEnabled(True)
        self.cards = QListWidget()
        self.cards.setAccessibleName(self.tr("Recipients"))
        self.check_all = QPushButton(self.tr("Check all shown"))
        self.uncheck_all = QPushButton(self.tr("Uncheck all shown"))
        self.count = QLabel()
        self._build()
        self._connect()

    def _build(self) -> None:
        choice = QHBoxLayout()
        for label, widget in (
            (self.tr("&To:"), self.kind),
            (self.tr("&Language:"), self.language),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            choice.addWidget(caption)
            choice.addWidget(widget)
        choice.addWidget(self.filter, 1)
        checks = QHBoxLayout()
        checks.addWidget(self.check_all)
        checks.addWidget(self.uncheck_all)
        checks.addStretch(1)
        checks.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choice)
        layout.addWidget(self.cards, 1)
        layout.addLayout(checks)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self._refilter)
        self.language.currentIndexChanged.connect(self._refilter)
        self.filter.textChanged.connect(self._refilter)
        self.cards.itemChanged.connect(lambda _item: self._counted())
        self.check_all.clicked.connect(lambda: self._check_shown(True))
        self.uncheck_all.clicked.connect(lambda: self._check_shown(False))

    def set_cards(self, cards: list[PartyCard]) -> None:
        """Every active card, checked; the kind and language chosen show some of them."""
        self.cards.blockSignals(True)
        self.cards.clear()
        for card in cards:
            party = card.party
            words = [party.name, party_kind_name(party.kind), party.language]
            if party.code:
                words.insert(1, party.code)
            item = QListWidgetItem(" · ".join(words))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(ID, party.id)
            item.setData(KIND, party.kind.value)
            item.setData(LANGUAGE, party.language)
            self.cards.addItem(item)
        self.cards.blockSignals(False)
        self._refilter()

    def _items(self) -> list[QListWidgetItem]:
        return [self.cards.item(row) for row in range(self.cards.count())]

    def _refilter(self) -> None:
        kind, language = self.kind.currentData(), self.language.currentData()
        typed = self.filter.text().strip().casefold()
        for item in self._items():
            shown = (not kind or item.data(KIND) == kind) and (
                not language or item.data(LANGUAGE) == language
            )
            item.setHidden(not (shown and typed in item.text().casefold()))
        self._counted()

    def _check_shown(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.cards.blockSignals(True)
        for item in self._items():
            if not item.isHidden():
                item.setCheckState(state)
        self.cards.blockSignals(False)
        self._counted()

    def _counted(self) -> None:
        chosen = len(self.party_ids())
        self.count.setText(self.tr("%n card(s) chosen", "", chosen))
        self.changed.emit()

    def party_ids(self) -> tuple[int, ...]:
        """The checked cards that are shown."""
        return tuple(
            int(item.data(ID))
            for item in self._items()
            if not item.isHidden() and item.checkState() == Qt.CheckState.Checked
        )

    def set_party_checked(self, party_id: int, checked: bool) -> None:
        for item in self._items():
            if item.data(ID) == party_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

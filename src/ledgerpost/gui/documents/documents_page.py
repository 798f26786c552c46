"""The documents page: a lazily loaded list with filters, and what can be done with a row."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.allocation import PaidState
from ledgerpost.domain.documents import MONEY_MOVES, Document, DocumentType
from ledgerpost.domain.listing import (
    DocumentFilter,
    DocumentSummary,
    MailState,
    PaidFilter,
    RangeError,
    parse_number_range,
)
from ledgerpost.domain.parties import Party
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.document_model import PAGE, DocumentListModel
from ledgerpost.gui.documents.row_actions import DocumentRowActions
from ledgerpost.gui.widgets.empty_hint import EmptyHint
from ledgerpost.gui.widgets.icons import icon
from ledgerpost.gui.widgets.labels import mail_state_name, paid_state_name
from ledgerpost.gui.widgets.language import date_edit_format
from ledgerpost.gui.widgets.palette import Tone, style


class PartyChoice(QComboBox):
    """The party filter; ``wanted`` says the user is about to choose (focus or the list)."""

    wanted = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.wanted.emit()
        super().focusInEvent(event)

    def showPopup(self) -> None:
        self.wanted.emit()
        super().showPopup()


class DocumentsPage(QWidget):
    """Filters on top, the list below; ``selection_changed`` names the chosen document."""

    selection_changed = Signal(object)
    open_requested = Signal(int)
    new_requested = Signal(object)
    editor_opened = Signal(object)
    """A ``DocumentEditor`` made here (a credit note from the list), for the window to show."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._base = DocumentFilter()

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600; padding: 4px 2px;")
        self._build_filters()
        self._build_table()
        self._lay_out()
        self._parties_stale = False
        """The cards are read once, and again only when the user comes to choose after a
        change (a batch or another desk changes the ledger every few seconds)."""
        self._connect()
        self._load_parties()

    def _build_filters(self) -> None:
        self.numbers = QLineEdit()
        self.numbers.setPlaceholderText(self.tr("e.g. 5-17"))
        self.numbers.setAccessibleName(self.tr("Number range"))
        self.numbers.setMinimumWidth(90)
        self.numbers.setMaximumWidth(110)
        self.use_dates = QCheckBox(self.tr("Dates"))
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addMonths(-1))
        self.date_to = QDateEdit(today)
        for edit, name in (
            (self.date_from, self.tr("From date")),
            (self.date_to, self.tr("To date")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
            edit.setAccessibleName(name)
            edit.setEnabled(False)
        self.use_dates.toggled.connect(self.date_from.setEnabled)
        self.use_dates.toggled.connect(self.date_to.setEnabled)
        self.party = PartyChoice()
        self.party.setEditable(True)
        self.party.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.party.setAccessibleName(self.tr("Party"))
        self.party.setMaximumWidth(240)
        self.party.addItem(self.tr("All parties"), None)
        finder = QCompleter(self.party.model(), self.party)
        finder.setFilterMode(Qt.MatchFlag.MatchContains)
        finder.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.party.setCompleter(finder)
        self.party.activated.connect(lambda _index: self.refresh())
        self.mail = QComboBox()
        self.mail.setAccessibleName(self.tr("Email"))
        self.mail.addItem(self.tr("Any email state"), None)
        for state in MailState:
            self.mail.addItem(mail_state_name(state), state.value)
        self.mail.activated.connect(lambda _index: self.refresh())
        self.paid = QComboBox()
        self.paid.setAccessibleName(self.tr("Paid"))
        self.paid.setToolTip(self.tr("Invoices by where they stand with their payment today"))
        self.paid.addItem(self.tr("Any payment state"), None)
        for paid in PaidState:
            self.paid.addItem(paid_state_name(paid), paid.value)
        self.paid.activated.connect(lambda _index: self.refresh())
        for choice in (self.party, self.mail, self.paid):
            choice.setMinimumWidth(110)  # as wide as their words, narrower on a small screen
        self.apply = QPushButton(self.tr("Show"))
        self.apply.clicked.connect(self.refresh)
        self.numbers.returnPressed.connect(self.refresh)
        self.new_button = QPushButton(icon("document-new"), self.tr("New…"))
        self.new_button.setAccessibleName(self.tr("New document"))
        self.new_button.setToolTip(self.tr("New document"))
        self.new_button.clicked.connect(lambda: self.new_document(self._base.type))
        self.filter_problem = QLabel()
        self.filter_problem.setStyleSheet(style(Tone.PROBLEM))

    def _build_table(self) -> None:
        self.model = DocumentListModel(self.context.ledger, self.context.runner, self)
        self.model.failed.connect(self.filter_problem.setText)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Documents"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(DocumentListModel.WIDTHS):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(DocumentListModel.PARTY_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_row)
        self.empty_hint = EmptyHint(
            self.table,
            lambda: self.model.total == 0,
            self.tr("No documents to show. Change the filters above, or create one with New…"),
        )
        self.model.counted.connect(self.empty_hint.update_hint)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.selection_changed.emit(self.summary_at(current.row()))
        )
        self.row_actions = DocumentRowActions(self.context, self.table, self.selected)
        self.selection_changed.connect(lambda _summary: self.row_actions.update())
        self.notice = QLabel()
        self.notice.setStyleSheet(style(Tone.QUIET))
        self.notice.setVisible(False)
        self.row_actions.said.connect(self._tell)
        self.row_actions.editor_opened.connect(self.editor_opened)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Numbers")))
        bar.addWidget(self.numbers)
        bar.addSpacing(12)
        bar.addWidget(self.use_dates)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("–"))
        bar.addWidget(self.date_to)
        bar.addSpacing(12)
        bar.addWidget(self.party)
        bar.addWidget(self.mail)
        bar.addWidget(self.paid)
        bar.addWidget(self.apply)
        bar.addWidget(self.filter_problem, 1)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        layout.addWidget(self.notice)

    def _tell(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(True)

    def _connect(self) -> None:
        changes = self.context.changes
        # A row chosen before its page arrived names its document once the page is there.
        self.model.page_loaded.connect(self._page_loaded)
        changes.documents.connect(self.refresh)
        changes.outbox.connect(self.model.refresh_mail_states)
        changes.documents.connect(self._parties_changed)
        self.party.wanted.connect(self._parties_wanted)

    def _parties_changed(self) -> None:
        self._parties_stale = True

    def _parties_wanted(self) -> None:
        if self._parties_stale:
            self._parties_stale = False
            self._load_parties()

    def _load_parties(self) -> None:
        """The party filter's choices, read in the background (a big ledger has thousands)."""
        ledger = self.context.ledger
        self.context.runner.run(ledger.parties, self._show_parties, owner=self)

    def _show_parties(self, parties: list[Party]) -> None:
        chosen = self.party.currentData()
        self.party.blockSignals(True)
        while self.party.count() > 1:
            self.party.removeItem(1)
        for party in sorted(parties, key=lambda p: p.name.casefold()):
            self.party.addItem(party.name, party.id)
        at = self.party.findData(chosen)
        self.party.setCurrentIndex(max(at, 0))
        self.party.blockSignals(False)

    def _page_loaded(self, page: int) -> None:
        row = self.table.currentIndex().row()
        if row >= 0 and row // PAGE == page:
            self.selection_changed.emit(self.summary_at(row))

    def _open_row(self, index: QModelIndex) -> None:
        summary = self.summary_at(index.row())
        if summary is None:
            return
        if summary.type in MONEY_MOVES:
            self.open_voucher(summary.id)
        else:
            self.open_requested.emit(summary.id)

    # --- receipts and payments: amounts, not priced lines (the receipt dialog) ---------------

    def new_document(self, doc_type: DocumentType | None) -> None:
        """A new document of ``doc_type``: a receipt or payment in its dialog, else asked for."""
        if doc_type is not None and doc_type in MONEY_MOVES:
            self.new_voucher(doc_type)
        else:
            self.new_requested.emit(doc_type)

    def new_voucher(self, doc_type: DocumentType) -> None:
        from ledgerpost.gui.documents.receipt_dialog import ReceiptDialog

        self._show_voucher(ReceiptDialog(self.context, doc_type, parent=self.window()))

    def open_voucher(self, document_id: int) -> None:
        """A posted (or draft) receipt or payment, read in the background, in its dialog."""
        self.context.runner.run(
            lambda: self.context.ledger.document(document_id), self.show_voucher, owner=self
        )

    def show_voucher(self, document: Document) -> None:
        from ledgerpost.gui.documents.receipt_dialog import ReceiptDialog

        self._show_voucher(ReceiptDialog(self.context, document=document, parent=self.window()))

    def _show_voucher(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.voucher_dialog = dialog
        dialog.show()

    @property
    def current_type(self) -> DocumentType | None:
        return self._base.type

    def summary_at(self, row: int) -> DocumentSummary | None:
        return self.model.summary(row) if 0 <= row < self.model.rowCount() else None

    def selected(self) -> DocumentSummary | None:
        return self.summary_at(self.table.currentIndex().row())

    def show_filter(self, flt: DocumentFilter, title: str) -> None:
        self._base = flt
        self.heading.setText(title)
        self.refresh()

    def current_filter(self) -> DocumentFilter | None:
        """The navigation's filter narrowed by the fields; None (and a red reason) if a field
        cannot be read."""
        numbers = None
        text = self.numbers.text().strip()
        if text:
            try:
                numbers = parse_number_range(text)
            except RangeError as exc:
                self.filter_problem.setText(str(exc))
                return None
        dates = None
        if self.use_dates.isChecked():
            start = self.date_from.date().toPython()
            end = self.date_to.date().toPython()
            assert isinstance(start, dt.date) and isinstance(end, dt.date)
            if end < start:
                self.filter_problem.setText(self.tr("The date range ends before it starts."))
                return None
            dates = (start, end)
        party_id = self._base.party_id
        typed = self.party.currentText().strip()
        if typed and typed != self.party.itemText(0):
            party_id = self._party_named(typed)
            if party_id is None:
                self.filter_problem.setText(self.tr("No party is called %1.").replace("%1", typed))
                return None
        self.filter_problem.clear()
        return DocumentFilter(
            type=self._base.type,
            numbers=numbers,
            dates=dates,
            party_id=party_id,
            mail=MailState(self.mail.currentData()) if self.mail.currentData() else None,
            paid=self._paid_filter(),
        )

    def _paid_filter(self) -> PaidFilter | None:
        chosen = self.paid.currentData()
        if not chosen:
            return None
        terms = self.model.terms_days
        if terms is None:  # no page read yet: the company's terms now
            company = self.context.ledger.company()
            terms = company.payment_terms_days if company else 0
        return PaidFilter(PaidState(chosen), dt.date.today(), terms)

    def _party_named(self, typed: str) -> int | None:
        """The party chosen in the list (two of the same name are told apart by the choice),
        else the one whose name was typed; None if no party has that name."""
        current = self.party.currentIndex()
        if current > 0 and self.party.itemText(current) == typed:
            found: int = self.party.itemData(current)
            return found
        wanted = typed.casefold()
        for row in range(1, self.party.count()):
            if self.party.itemText(row).casefold() == wanted:
                named: int = self.party.itemData(row)
                return named
        return None

    def refresh(self) -> None:
        flt = self.current_filter()
        if flt is not None:
            self.model.set_filter(flt)

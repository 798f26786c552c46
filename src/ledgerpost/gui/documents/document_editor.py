"""The document editor: a draft with lines and live totals; save, post, print, mail.

The Save button does the save option the user chose from its drop-down ("Save", "Save and
print", "Save and send"), remembered per user. Posted documents open read-only, with print and
the mail icon.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.documents import PARTY_KINDS, Document, DocumentType, compute_totals
from ledgerpost.domain.parties import Party
from ledgerpost.domain.users import Right
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.lines_model import LinesModel
from ledgerpost.gui.documents.print_preview import PrintPreview
from ledgerpost.gui.widgets.icons import icon
from ledgerpost.gui.widgets.labels import document_state_name, document_type_name, hidden_contact
from ledgerpost.gui.widgets.language import amount_text, date_edit_format, problem_line
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services.ledger import PostResult
from ledgerpost.services.printing import PrintCopy, print_document

SAVE, SAVE_AND_PRINT, SAVE_AND_SEND = "save", "save-and-print", "save-and-send"


class DocumentEditor(QDialog):
    """``send_requested(document_id)`` asks the window to open the send dialog."""

    saved = Signal(object)
    send_requested = Signal(int)

    def __init__(
        self,
        context: AppContext,
        document: Document | None = None,
        doc_type: DocumentType = DocumentType.INVOICE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.document = document
        self.doc_type = document.type if document else doc_type
        company = context.ledger.company()
        self.currency = document.currency if document else (company.currency if company else "EUR")
        self._settings = QSettings("LedgerPost", "LedgerPost")
        self.save_option = str(self._settings.value(self._option_key(), SAVE))
        self.resize(860, 600)

        self._terms = company.payment_terms_days if company else 14
        self._build_head()
        self._build_lines()
        self._build_buttons()
        self._lay_out()
        self._add_shortcuts()
        self.choose_save_option(self.save_option)
        self._load_parties()
        self._show(document)

    def _build_head(self) -> None:
        self.party = QComboBox()
        self.party.setAccessibleName(self.tr("Party"))
        self.party.setEditable(False)
        self.date = QDateEdit(QDate.currentDate())
        self.due = QDateEdit(QDate.currentDate().addDays(self._terms))
        for edit, name in ((self.date, self.tr("Date")), (self.due, self.tr("Due date"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
            edit.setAccessibleName(name)
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Reference"))
        self.recipients = QLineEdit()
        self.recipients.setAccessibleName(self.tr("Email to"))
        self.recipients.setPlaceholderText(self.tr("empty: the addresses on the card"))

    def _build_lines(self) -> None:
        self.lines = LinesModel(self.currency, self)
        self.table = QTableView()
        self.table.setModel(self.lines)
        self.table.setAccessibleName(self.tr("Lines"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.add_line = QPushButton(self.tr("Add line"))
        self.add_line.clicked.connect(self._add_line)
        self.remove_line = QPushButton(self.tr("Remove line"))
        self.remove_line.clicked.connect(
            lambda: self.lines.remove_line(self.table.currentIndex().row())
        )
        self.totals = QLabel()
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.totals.setAccessibleName(self.tr("Totals"))
        self.lines.changed.connect(self._show_totals)

        self.problems = QLabel()
        self.problems.setStyleSheet(style(Tone.PROBLEM))
        self.problems.setWordWrap(True)

    def _build_buttons(self) -> None:
        self.save_button = QToolButton()
        self.save_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.save_button.setAccessibleName(self.tr("Save"))
        menu = QMenu(self)
        self._options = {
            SAVE: menu.addAction(self.tr("Save")),
            SAVE_AND_PRINT: menu.addAction(self.tr("Save and print")),
            SAVE_AND_SEND: menu.addAction(self.tr("Save and send")),
        }
        for key, action in self._options.items():
            action.triggered.connect(lambda _=False, key=key: self.choose_save_option(key))
        self.save_button.setMenu(menu)
        self.save_button.clicked.connect(self.save)
        self.post_button = QPushButton(self.tr("Post"))
        self.post_button.clicked.connect(lambda: self.save(post_only=True))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_copy)
        self.mail_button = QPushButton(icon("mail-sent"), self.tr("Send by email…"))
        self.mail_button.clicked.connect(self._request_send)
        self.state = QLabel()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Party"), self.party)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Due date"), self.due)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.tr("Email to"), self.recipients)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state)
        buttons.addStretch(1)
        for widget in (self.mail_button, self.print_button, self.post_button, self.save_button):
            buttons.addWidget(widget)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_line)
        line_buttons.addWidget(self.remove_line)
        line_buttons.addStretch(1)
        line_buttons.addWidget(self.totals)
        top = QHBoxLayout()
        top.addLayout(form, 3)
        top.addStretch(2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(line_buttons)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)

    def _add_shortcuts(self) -> None:
        for key, handler in (
            ("Ctrl+S", self.save),
            ("Ctrl+P", self.print_copy),
            ("Ctrl+M", self._request_send),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(handler)
            self.addAction(action)

    # --- state --------------------------------------------------------------------------

    def _option_key(self) -> str:
        return f"save-option/{self.context.user or 'default'}"

    def choose_save_option(self, key: str) -> None:
        if key not in self._options:
            key = SAVE
        self.save_option = key
        self.save_button.setText(self._options[key].text())
        self._settings.setValue(self._option_key(), key)

    def _load_parties(self) -> None:
        """Fill the party list in the background; then select the document's party."""
        kinds = PARTY_KINDS[self.doc_type]
        ledger = self.context.ledger

        def fill(parties: list[Party]) -> None:
            for party in parties:
                if party.kind in kinds:
                    self.party.addItem(party.name, party.id)
            if self.document is not None:
                self.party.setCurrentIndex(self.party.findData(self.document.party_id))

        self.context.runner.run(ledger.parties, fill, self._failed, owner=self)

    def _show(self, document: Document | None) -> None:
        posted = document is not None and document.is_posted
        title = document_type_name(self.doc_type)
        if document and document.display_number:
            title += " " + document.display_number
        self.setWindowTitle(title)
        if document is not None:
            self.party.setCurrentIndex(self.party.findData(document.party_id))
            self.date.setDate(document.date)
            if document.due_date:
                self.due.setDate(document.due_date)
            else:  # the terms count from the document's own date, not from today
                self.due.setDate(QDate(document.date).addDays(self._terms))
            self.reference.setText(document.reference)
            self.recipients.setText(document.recipients)
            self.lines.set_lines(document.lines)
            self.state.setText(document_state_name(document.state))
        else:
            self._add_line()
            self.state.setText(self.tr("New draft"))
        for widget in (
            self.party,
            self.date,
            self.due,
            self.reference,
            self.recipients,
            self.add_line,
            self.remove_line,
            self.save_button,
            self.post_button,
        ):
            widget.setEnabled(not posted)
        self.lines.read_only = posted
        may_post, may_send = (
            self.context.may(Right.POST_DOCUMENTS),
            self.context.may(Right.SEND_EMAIL),
        )
        self.post_button.setEnabled(not posted and may_post)
        self._options[SAVE_AND_PRINT].setEnabled(may_post)
        self._options[SAVE_AND_SEND].setEnabled(may_post and may_send)
        self.mail_button.setEnabled(posted and may_send)
        if not self.context.may(Right.SEE_CONTACTS):
            self.recipients.setEnabled(False)
            self.recipients.setText("")
            self.recipients.setPlaceholderText(hidden_contact())
        self.print_button.setEnabled(document is not None)
        self._show_totals()

    def _add_line(self) -> None:
        row = self.lines.add_line()
        self.table.setCurrentIndex(self.lines.index(row, 0))

    def _show_totals(self) -> None:
        totals = compute_totals(self.lines.lines(), self.currency)
        self.totals.setText(
            self.tr("Net %1   VAT %2   Total %3 %4")
            .replace("%1", amount_text(totals.net, self.currency))
            .replace("%2", amount_text(totals.vat, self.currency))
            .replace("%3", amount_text(totals.gross, self.currency))
            .replace("%4", self.currency)
        )

    def draft(self) -> Document | None:
        party_id = self.party.currentData()
        if party_id is None:
            self.problems.setText(self.tr("Choose a party first."))
            return None
        date = self.date.date().toPython()
        due = self.due.date().toPython()
        assert isinstance(date, dt.date) and isinstance(due, dt.date)
        base = self.document or Document(self.doc_type, int(party_id), date, self.currency)
        return replace(
            base,
            party_id=int(party_id),
            date=date,
            due_date=due,
            reference=self.reference.text().strip(),
            recipients=(
                self.recipients.text().strip()
                if self.context.may(Right.SEE_CONTACTS)
                else (self.document.recipients if self.document else "")  # kept unseen
            ),
            lines=tuple(
                x for x in self.lines.lines() if x.description.strip() or x.unit_price != Decimal(0)
            ),
        )

    # --- actions ------------------------------------------------------------------------

    def save(self, post_only: bool = False) -> None:
        """Save the draft (never lost, even when it cannot be posted), then do the option."""
        draft = self.draft()
        if draft is None:
            return
        option = SAVE if post_only else self.save_option
        post = post_only or option != SAVE
        ledger, by = self.context.ledger, self.context.by

        def work() -> PostResult | Document:
            saved = ledger.save_draft(draft)
            return ledger.post(saved.id or 0, by) if post else saved

        def done(result: PostResult | Document) -> None:
            if isinstance(result, Document):
                self.document = result
                self.problems.clear()
            else:
                self.document = result.document
                self.problems.setText("\n".join(problem_line(p) for p in result.problems))
            self.context.changes.documents.emit()
            self.saved.emit(self.document)
            self._show(self.document)
            if isinstance(result, PostResult) and result.posted:
                if option == SAVE_AND_PRINT:
                    self.print_copy()
                elif option == SAVE_AND_SEND:
                    self._request_send()

        self.context.runner.run(work, done, self._failed, owner=self)

    def print_copy(self) -> None:
        if self.document is None or self.document.id is None:
            return
        document_id = self.document.id
        ledger = self.context.ledger

        def show(copy: PrintCopy) -> None:
            self.preview = PrintPreview(copy.pdf, copy.file_name, self)
            self.preview.show()

        self.context.runner.run(
            lambda: print_document(ledger, document_id), show, self._failed, owner=self
        )

    def _request_send(self) -> None:
        if self.document is not None and self.document.is_posted and self.document.id:
            self.send_requested.emit(self.document.id)

    def _failed(self, exc: Exception) -> None:
        errors.tell(exc, lambda text: QMessageBox.warning(self, self.windowTitle(), text))

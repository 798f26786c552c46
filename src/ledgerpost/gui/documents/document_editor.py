"""The document editor: a draft with lines and live totals; save, post, print, mail.

The Save button does the save option the user chose from its drop-down ("Save", "Save and
print", "Save and send"), remembered per user. Posted documents open read-only, with print and
the mail icon; a posted invoice offers "Credit note…" (credit_note_dialog.py). The head is
document_head.py (party, contact person, a credit note's invoice); a letter shows its own
fields instead of lines and totals (letter_fields.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.documents import HAS_LINES, Document, DocumentType, compute_totals
from ledgerpost.domain.users import Right
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.dispute_toggle import DisputeToggle
from ledgerpost.gui.documents.document_head import DocumentHead
from ledgerpost.gui.documents.letter_fields import LetterFields
from ledgerpost.gui.documents.lines_model import LinesModel
from ledgerpost.gui.documents.print_preview import preview_print_copy
from ledgerpost.gui.widgets.icons import icon
from ledgerpost.gui.widgets.labels import document_state_name, document_type_name
from ledgerpost.gui.widgets.language import amount_text, problem_line
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services.credit_notes import CreditTarget
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import PostResult

SAVE, SAVE_AND_PRINT, SAVE_AND_SEND = "save", "save-and-print", "save-and-send"


class DocumentEditor(QDialog):
    """``send_requested(document_id)`` asks the window to open the send dialog;
    ``editor_opened(DocumentEditor)`` hands it another editor to show (a new credit note)."""

    saved = Signal(object)
    send_requested = Signal(int)
    editor_opened = Signal(object)

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
        self.company_currency = company.currency if company else "EUR"
        self.currency = document.currency if document else self.company_currency
        self._settings = QSettings("LedgerPost", "LedgerPost")
        self.save_option = str(self._settings.value(self._option_key(), SAVE))
        self.resize(860, 600)

        self.has_lines = self.doc_type in HAS_LINES
        self._live_problems = ""
        """What a credit note's live check says as it is written."""
        self._posting_problems = ""
        """Why the last post refused; shown until the user changes something."""
        self._build_head(company.payment_terms_days if company else 14)
        self._build_lines()
        self._build_buttons()
        self._lay_out()
        self._add_shortcuts()
        self.choose_save_option(self.save_option)
        self.head.load_parties()
        self._show(document)

    def _build_head(self, terms_days: int) -> None:
        self.head = DocumentHead(
            self.context, self.doc_type, terms_days, company_currency=self.company_currency
        )
        self.head.failed.connect(self._failed)
        self.head.currency_changed.connect(self._currency_changed)
        self.head.rate.changed.connect(lambda: (self._show_totals(), self._edited()))
        self.head.credited.chosen.connect(self._invoice_chosen)
        self.head.credited.activated.connect(lambda _index: self._edited())
        head = self.head  # its fields by their names, as the editor always had them
        self.party, self.contact, self.credited = head.party, head.contact, head.credited
        self.date, self.due, self.reference = head.date, head.due, head.reference
        self.recipients = head.recipients

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
        self.lines.dataChanged.connect(lambda *_: self._edited())
        self.lines.rowsInserted.connect(lambda *_: self._edited())
        self.lines.rowsRemoved.connect(lambda *_: self._edited())

        self.problems = QLabel()
        self.problems.setStyleSheet(style(Tone.PROBLEM))
        self.problems.setWordWrap(True)
        self.letter_fields = LetterFields(self.context)

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
        self.credit_button = QPushButton(self.tr("Credit note…"))
        self.credit_button.setToolTip(self.tr("A new credit note for lines of this invoice"))
        self.credit_button.clicked.connect(self.credit_note)
        self.several_button = QPushButton(self.tr("Send to several…"))
        self.several_button.setToolTip(self.tr("This letter to many parties, each numbered"))
        self.several_button.clicked.connect(self.send_to_several)
        self.state = QLabel()
        self.dispute = DisputeToggle(self.context)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.state)
        buttons.addWidget(self.dispute)
        buttons.addStretch(1)
        for widget in (
            self.several_button,
            self.credit_button,
            self.mail_button,
            self.print_button,
            self.post_button,
            self.save_button,
        ):
            buttons.addWidget(widget)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_line)
        line_buttons.addWidget(self.remove_line)
        line_buttons.addStretch(1)
        line_buttons.addWidget(self.totals)
        top = QHBoxLayout()
        top.addWidget(self.head, 3)
        top.addStretch(2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        if self.has_lines:
            layout.addWidget(self.table)
            layout.addLayout(line_buttons)
            self.letter_fields.hide()
        else:  # a letter: its words instead of lines and totals
            layout.addWidget(self.letter_fields, 1)
            for unused in (self.table, self.add_line, self.remove_line, self.totals):
                unused.hide()
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

    def _show(self, document: Document | None) -> None:
        posted = document is not None and document.is_posted
        title = document_type_name(self.doc_type)
        if document and document.display_number:
            title += " " + document.display_number
        self.setWindowTitle(title)
        self.head.show_document(document)
        if document is not None:
            self.lines.set_lines(document.lines)
            self.letter_fields.set_letter(document.letter)
            self.state.setText(document_state_name(document.state))
        else:
            if self.has_lines:
                self._add_line()
            self.state.setText(self.tr("New draft"))
        self.head.set_editable(not posted)
        for widget in (self.add_line, self.remove_line, self.save_button, self.post_button):
            widget.setEnabled(not posted)
        self.lines.read_only = posted
        self.letter_fields.set_read_only(posted)
        self.dispute.show_for(document)
        self.credit_button.setVisible(
            posted
            and self.doc_type is DocumentType.INVOICE
            and self.context.may(Right.POST_DOCUMENTS)
        )
        may_post, may_send = (
            self.context.may(Right.POST_DOCUMENTS),
            self.context.may(Right.SEND_EMAIL),
        )
        self.post_button.setEnabled(not posted and may_post)
        self._options[SAVE_AND_PRINT].setEnabled(may_post)
        self._options[SAVE_AND_SEND].setEnabled(may_post and may_send)
        self.mail_button.setEnabled(posted and may_send)
        self.several_button.setVisible(self.doc_type is DocumentType.LETTER and not posted)
        self.several_button.setEnabled(may_post and may_send)
        self.print_button.setEnabled(document is not None and document.id is not None)
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
            + (self.head.rate.equivalent(totals.gross) if self.has_lines else "")
        )
        if self.doc_type is DocumentType.CREDIT_NOTE and not self.lines.read_only:
            draft = self.draft(quiet=True)  # said while it is written: posting would refuse it
            found = self.credited.problems(draft) if draft is not None else []
            live = "\n".join(problem_line(p) for p in found)
            self._live_problems = live
            self._show_problems()

    def _currency_changed(self, currency: str) -> None:
        """Amounts shown in the chosen currency's decimals."""
        self.currency = currency
        self.lines.currency = currency
        self.lines.layoutChanged.emit()
        self._show_totals()
        self._edited()

    def _edited(self) -> None:
        """The user changed the document: what the last post said gives way to the live check."""
        if self._posting_problems:
            self._posting_problems = ""
            self._show_problems()

    def _show_problems(self) -> None:
        self.problems.setText(self._posting_problems or self._live_problems)

    def _invoice_chosen(self, target: CreditTarget | None) -> None:
        """A credit note of no lines yet takes the chosen invoice's lines."""
        typed = any(x.description.strip() or x.unit_price for x in self.lines.lines())
        if target is not None and not typed and not self.lines.read_only:
            self.lines.set_lines(target.invoice.lines)
        if target is not None and not self.lines.read_only:  # corrected at the invoice's rate
            self.head.currency.choose(target.invoice.currency)
            self.head.rate.show_rate(target.invoice.rate)
        self._show_totals()

    def draft(self, quiet: bool = False) -> Document | None:
        """The document as the fields stand; None (and, unless ``quiet``, why) without a party."""
        party_id = self.head.party_id()
        if party_id is None:
            if not quiet:
                self.problems.setText(self.tr("Choose a party first."))
            return None
        today = dt.date.today()  # the head gives the date
        base = self.document or Document(self.doc_type, party_id, today, self.currency)
        try:
            head = self.head.applied(base)
        except LedgerError as error:
            if not quiet and error.problem is not None:
                self.problems.setText(problem_line(error.problem))
            return None
        if not self.has_lines:
            return replace(head, letter=self.letter_fields.letter())
        lines = tuple(
            x for x in self.lines.lines() if x.description.strip() or x.unit_price != Decimal(0)
        )
        return replace(head, lines=lines)

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
            found = () if isinstance(result, Document) else result.problems
            self.document = result if isinstance(result, Document) else result.document
            self.context.changes.documents.emit()
            self.saved.emit(self.document)
            self._show(self.document)
            self._posting_problems = "\n".join(problem_line(p) for p in found)
            self._show_problems()  # after _show: its reloads must not hide why
            if isinstance(result, PostResult) and result.posted:
                if option == SAVE_AND_PRINT:
                    self.print_copy()
                elif option == SAVE_AND_SEND:
                    self._request_send()

        self.context.runner.run(work, done, self._failed, owner=self)

    def print_copy(self) -> None:
        if self.document is not None and self.document.id is not None:
            preview_print_copy(self, self.context, self.document.id, self._failed, self._shown)

    def _shown(self, preview: QDialog) -> None:
        self.preview = preview

    def credit_note(self) -> None:
        """Choose lines of this posted invoice; the new credit note opens in an editor."""
        from ledgerpost.gui.documents.credit_note_dialog import ask_credit_note

        invoice = self.document
        if invoice is None or not invoice.is_posted or invoice.type is not DocumentType.INVOICE:
            return

        def made(draft: Document) -> None:
            self.editor_opened.emit(DocumentEditor(self.context, draft, parent=self.parentWidget()))

        self.credit_dialog = ask_credit_note(self, self.context, invoice, made)

    def send_to_several(self) -> None:
        """This letter draft to many parties at once (letter_batch_dialog.py)."""
        from ledgerpost.gui.documents.letter_batch_dialog import open_for

        def opened(dialog: QDialog, saved: Document) -> None:
            self.document, self.letter_batch = saved, dialog

        draft = self.draft()
        if draft is not None:
            open_for(self, self.context, draft, opened, self._failed)

    def _request_send(self) -> None:
        if self.document is not None and self.document.is_posted and self.document.id:
            self.send_requested.emit(self.document.id)

    def _failed(self, exc: Exception) -> None:
        errors.tell(exc, lambda text: QMessageBox.warning(self, self.windowTitle(), text))

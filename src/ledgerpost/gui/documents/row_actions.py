"""What the documents list offers on the chosen row, in its context menu: a credit note for a
posted invoice (the editor's flow: choose its lines, then the draft in an editor), and waiving
what is open of a posted payment reminder's fee (a credit note of the fee, after a yes)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QTableView, QWidget

from ledgerpost.domain.documents import Document, DocumentState, DocumentType
from ledgerpost.domain.listing import DocumentSummary
from ledgerpost.domain.users import Right
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.labels import right_name
from ledgerpost.gui.widgets.language import amount_text
from ledgerpost.services import reminder_fees


class DocumentRowActions(QObject):
    """The row actions of ``table``; ``chosen`` gives the row's document (or None)."""

    said = Signal(str)
    """What came of an action, for the status line."""
    editor_opened = Signal(object)
    """A ``DocumentEditor`` on a new credit note, for the window to show."""

    def __init__(
        self,
        context: AppContext,
        table: QTableView,
        chosen: Callable[[], DocumentSummary | None],
    ) -> None:
        super().__init__(table)
        self.context = context
        self.table = table
        self.chosen = chosen
        self.busy = False
        self.credit_note = QAction(self.tr("&Credit note…"), table)
        self.credit_note.triggered.connect(self.make_credit_note)
        table.addAction(self.credit_note)
        self.waive_fee = QAction(self.tr("&Waive reminder fee…"), table)
        self.waive_fee.triggered.connect(self.ask_waive_fee)
        table.addAction(self.waive_fee)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.update()

    def update(self) -> None:
        """Each action enabled for the row it fits, and only for whoever may do it."""
        summary = self.chosen()
        may_post = self.context.may(Right.POST_DOCUMENTS)
        fee_open = _fee_open(summary)
        self.waive_fee.setEnabled(fee_open and may_post and not self.busy)
        refused = self.tr("You do not have the right: %1").replace(
            "%1", right_name(Right.POST_DOCUMENTS)
        )
        invoice = _posted_invoice(summary)
        self.credit_note.setEnabled(invoice and may_post and not self.busy)
        self.credit_note.setToolTip(
            refused if invoice and not may_post else self.tr("A new credit note for this invoice")
        )
        self.waive_fee.setToolTip(
            refused if fee_open and not may_post else self.tr("Credit back the reminder's fee")
        )

    # --- a credit note for an invoice -------------------------------------------------------

    def make_credit_note(self) -> None:
        """The invoice read in the background, then its lines to credit, then the draft."""
        summary = self.chosen()
        if self.busy or not _posted_invoice(summary) or summary is None:
            return
        ledger, invoice_id = self.context.ledger, summary.id
        self.context.runner.run(
            lambda: ledger.document(invoice_id), self._choose_lines, self._failed, owner=self
        )

    def _choose_lines(self, invoice: Document) -> None:
        from ledgerpost.gui.documents.credit_note_dialog import ask_credit_note

        def made(draft: Document) -> None:
            from ledgerpost.gui.documents.document_editor import DocumentEditor

            parent = self.table.window()
            self.editor_opened.emit(DocumentEditor(self.context, draft, parent=parent))

        self.credit_dialog = ask_credit_note(self.table.window(), self.context, invoice, made)

    # --- waiving a reminder's fee -----------------------------------------------------------

    def ask_waive_fee(self) -> None:
        summary = self.chosen()
        if self.busy or summary is None or not _fee_open(summary):
            return
        left = amount_text(summary.open or 0, summary.currency)
        question = (
            self.tr(
                "Waive %1 %2 of the fee of %3 to %4? A credit note of the fee is posted; "
                "the reminder stays as it was sent."
            )
            .replace("%1", left)
            .replace("%2", summary.currency)
            .replace("%3", summary.display_number)
            .replace("%4", summary.party)
        )
        if self.confirm(self.tr("Waive reminder fee"), question, self.tr("&Waive fee")):
            self._waive(summary)

    def confirm(self, title: str, text: str, yes: str) -> bool:
        """Ask before posting the credit note, which cannot be undone."""
        parent = self.table.window()
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is accept

    def _waive(self, summary: DocumentSummary) -> None:
        ledger, by = self.context.ledger, self.context.by
        self.busy = True
        self.update()

        def done(note: Document | None) -> None:
            self.busy = False
            self.context.changes.documents.emit()  # the open items and the list again
            self.update()
            if note is None:
                self.said.emit(self.tr("Nothing of the fee was open any more."))
            else:
                self.said.emit(
                    self.tr("%1 waives the fee of %2.")
                    .replace("%1", note.display_number)
                    .replace("%2", summary.display_number)
                )

        self.context.runner.run(
            lambda: reminder_fees.waive_fee(ledger, summary.id, by=by),
            done,
            self._failed,
            owner=self,
        )

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        self.update()
        errors.tell(exc, self._warn)

    def _warn(self, text: str) -> None:
        parent: QWidget = self.table.window()
        QMessageBox.warning(parent, self.tr("Documents"), text)


def _posted_invoice(summary: DocumentSummary | None) -> bool:
    return (
        summary is not None
        and summary.type is DocumentType.INVOICE
        and summary.state is DocumentState.POSTED
    )


def _fee_open(summary: DocumentSummary | None) -> bool:
    """A posted payment reminder with something of its fee still open."""
    return (
        summary is not None
        and summary.type is DocumentType.REMINDER
        and summary.state is DocumentState.POSTED
        and (summary.open or 0) > 0
    )

"""On a posted invoice: "In dispute: no reminders for it" (``services.reminders``). The
customer's other invoices are reminded as usual; the whole customer is put in dispute on the
card. Read and written in the background; a refusal puts the box back and says why."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from ledgerpost.domain.documents import Document, DocumentType
from ledgerpost.domain.users import Right
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.labels import right_name
from ledgerpost.services import reminders


class DisputeToggle(QCheckBox):
    """Shown for a posted invoice only; enabled for a user who may post documents."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("In &dispute: no reminders for this invoice"), parent)
        self.context = context
        self.document_id: int | None = None
        self.setVisible(False)
        self.clicked.connect(self._chosen)

    def show_for(self, document: Document | None) -> None:
        """Show the box for ``document`` if it is a posted invoice, with its stored state."""
        invoice = (
            document is not None
            and document.id is not None
            and document.type is DocumentType.INVOICE
            and document.is_posted
        )
        self.setVisible(invoice)
        if not invoice or document is None or document.id is None:
            self.document_id = None
            return
        self.document_id = document.id
        may = self.context.may(Right.POST_DOCUMENTS)
        self.setEnabled(may)
        self.setToolTip(
            self.tr("Left out of payment reminders until the box is cleared")
            if may
            else self.tr("You do not have the right: %1").replace(
                "%1", right_name(Right.POST_DOCUMENTS)
            )
        )
        ledger, document_id = self.context.ledger, document.id
        self.context.runner.run(
            lambda: reminders.invoice_disputed(ledger, document_id), self._shown, owner=self
        )

    def _shown(self, disputed: bool) -> None:
        self.blockSignals(True)
        self.setChecked(disputed)
        self.blockSignals(False)

    def _chosen(self, disputed: bool) -> None:
        if self.document_id is None:
            return
        ledger, by, document_id = self.context.ledger, self.context.session, self.document_id
        self.context.runner.run(
            lambda: reminders.set_invoice_disputed(ledger, document_id, disputed, by=by),
            lambda _none: None,
            lambda exc: self._refused(exc, not disputed),
            owner=self,
        )

    def _refused(self, exc: Exception, was: bool) -> None:
        self._shown(was)
        errors.tell(exc, self.setToolTip)

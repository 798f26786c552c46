"""The credit note's own field in the editor: the posted invoice it corrects, each with what is
left to credit of it (``services.credit_notes``), and the live check that a credit note never
credits more than is left (the rule posting applies again)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ledgerpost.domain.documents import Document
from ledgerpost.domain.problems import Problem
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.language import amount_text, date_text
from ledgerpost.services.credit_notes import CreditTarget, credit_targets


class CreditedInvoice(QComboBox):
    """The party's posted invoices; ``chosen(CreditTarget)`` when the user picks one."""

    chosen = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(self.tr("Credits invoice"))
        self.setToolTip(self.tr("The posted invoice this credit note corrects"))
        self._targets: dict[int, CreditTarget] = {}
        self._wanted: int | None = None
        self._generation = 0
        self.activated.connect(self._picked)

    def load(self, party_id: int | None, invoice_id: int | None) -> None:
        """The invoices of ``party_id``, read in the background, ``invoice_id`` chosen."""
        self._wanted = invoice_id
        self._generation += 1
        self.clear()
        self._targets = {}
        if party_id is None:
            return
        ledger, generation = self.context.ledger, self._generation

        def fill(targets: list[CreditTarget]) -> None:
            if generation == self._generation:  # else another party was chosen meanwhile
                self._fill(targets)

        self.context.runner.run(lambda: credit_targets(ledger, party_id), fill, owner=self)

    def _fill(self, targets: list[CreditTarget]) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Choose the invoice…"), None)
        for target in targets:
            invoice = target.invoice
            assert invoice.id is not None
            self._targets[invoice.id] = target
            self.addItem(
                self.tr("%1 of %2 · left to credit %3 %4")
                .replace("%1", invoice.display_number)
                .replace("%2", date_text(invoice.date))
                .replace("%3", amount_text(target.left, invoice.currency))
                .replace("%4", invoice.currency),
                invoice.id,
            )
        self.setCurrentIndex(max(self.findData(self._wanted), 0))
        self.blockSignals(False)
        self.chosen.emit(self.target())

    def _picked(self, _index: int) -> None:
        self._wanted = self.currentData()
        self.chosen.emit(self.target())

    def target(self) -> CreditTarget | None:
        """The chosen invoice and what is left of it; None before one is chosen."""
        chosen = self.currentData()
        return self._targets.get(int(chosen)) if chosen is not None else None

    def problems(self, credit_note: Document) -> list[Problem]:
        """Why ``credit_note`` could not be posted against the chosen invoice (none chosen:
        nothing said yet, posting names it)."""
        target = self.target()
        return target.problems(credit_note) if target is not None else []

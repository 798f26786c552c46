""" "Credit note…" on a posted invoice: which of its lines to credit (all by default), with what
is left to credit of it; OK gives a new draft credit note naming the invoice, for the editor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.documents import Document, compute_totals
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.language import amount_text, quantity_text
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services.credit_notes import CreditTarget, credit_targets, new_credit_note


class CreditNoteDialog(QDialog):
    """Lines of ``invoice`` to credit; ``credit_note()`` is the draft once accepted."""

    def __init__(
        self, context: AppContext, invoice: Document, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.invoice = invoice
        self.target: CreditTarget | None = None
        self._draft: Document | None = None
        self.setWindowTitle(self.tr("Credit note for %1").replace("%1", invoice.display_number))
        self.resize(640, 360)
        self.left = QLabel(self.tr("Loading…"))
        self.left.setWordWrap(True)
        self.lines = QTableWidget(len(invoice.lines), 4)
        self.lines.setAccessibleName(self.tr("Lines to credit"))
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Description"), self.tr("Quantity"), self.tr("Unit price"), self.tr("VAT %")]
        )
        self.lines.verticalHeader().hide()
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fill_lines()
        self.total = QLabel()
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.problem = QLabel()
        self.problem.setStyleSheet(style(Tone.PROBLEM))
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Make the credit note"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self._make)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Tick the lines to credit; quantities can be changed in the draft."))
        hint.setStyleSheet(style(Tone.QUIET))
        for widget in (self.left, hint, self.lines, self.total, self.problem, self.buttons):
            layout.addWidget(widget)
        self.lines.itemChanged.connect(lambda _item: self._show_total())
        self._load()

    def _fill_lines(self) -> None:
        currency = self.invoice.currency
        for row, line in enumerate(self.invoice.lines):
            name = QTableWidgetItem(line.description)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked)
            self.lines.setItem(row, 0, name)
            for column, text in (
                (1, quantity_text(line.quantity)),
                (2, amount_text(line.unit_price, currency)),
                (3, quantity_text(line.vat_rate)),
            ):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.lines.setItem(row, column, cell)

    def _load(self) -> None:
        ledger, invoice = self.context.ledger, self.invoice
        invoice_id = invoice.id or 0

        def find() -> CreditTarget | None:
            targets = credit_targets(ledger, invoice.party_id)
            return next((t for t in targets if t.invoice.id == invoice_id), None)

        self.context.runner.run(find, self._loaded, self._failed, owner=self)

    def _loaded(self, target: CreditTarget | None) -> None:
        self.target = target
        if target is None:
            self.left.setText(self.tr("This invoice cannot be credited."))
            return
        self.left.setText(
            self.tr("Invoice %1, total %2; left to credit %3 %4")
            .replace("%1", self.invoice.display_number)
            .replace("%2", amount_text(self.invoice.totals.gross, self.invoice.currency))
            .replace("%3", amount_text(target.left, self.invoice.currency))
            .replace("%4", self.invoice.currency)
        )
        self._show_total()

    def chosen_rows(self) -> list[int]:
        return [
            row
            for row in range(self.lines.rowCount())
            if (item := self.lines.item(row, 0)) and item.checkState() == Qt.CheckState.Checked
        ]

    def _show_total(self) -> None:
        currency = self.invoice.currency
        chosen = tuple(self.invoice.lines[row] for row in self.chosen_rows())
        gross = compute_totals(chosen, currency).gross
        self.total.setText(
            self.tr("To credit: %1 %2")
            .replace("%1", amount_text(gross, currency))
            .replace("%2", currency)
        )
        problem = ""
        if self.target is not None and not chosen:
            problem = self.tr("Tick at least one line.")
        elif self.target is not None and gross > self.target.left:
            problem = self.tr(
                "That is more than is left to credit; take fewer lines, or lower a quantity "
                "in the draft."
            )
        self.problem.setText(problem)
        # More than is left may still be made a draft (a quantity lowered there fits it).
        self.ok.setEnabled(self.target is not None and self.target.left > 0 and bool(chosen))

    def _make(self) -> None:
        ledger, invoice_id = self.context.ledger, self.invoice.id or 0
        rows = self.chosen_rows()
        today = dt.date.today()

        def work() -> Document:
            draft = new_credit_note(ledger, invoice_id, on=max(today, self.invoice.date))
            return replace(draft, lines=tuple(draft.lines[row] for row in rows))

        self.ok.setEnabled(False)
        self.context.runner.run(work, self._made, self._failed, owner=self)

    def _made(self, draft: Document) -> None:
        self._draft = draft
        self.accept()

    def credit_note(self) -> Document | None:
        """The new, unsaved credit note (None until the dialog was accepted)."""
        return self._draft

    def _failed(self, exc: Exception) -> None:
        errors.tell(exc, self.problem.setText)


def ask_credit_note(
    parent: QWidget, context: AppContext, invoice: Document, made: Callable[[Document], None]
) -> CreditNoteDialog:
    """Open the dialog for ``invoice`` (deleted when closed); ``made(draft)`` gets the new
    credit note's draft once the user has chosen its lines. The caller keeps the dialog."""
    dialog = CreditNoteDialog(context, invoice, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted() -> None:
        draft = dialog.credit_note()
        if draft is not None:
            made(draft)

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog

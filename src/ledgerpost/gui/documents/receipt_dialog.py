"""Money received or paid: a receipt or payment voucher entered as an amount, and the open
invoices it settles (prefilled oldest due first, each changeable); Save posts the voucher and
its allocations in one transaction (``services.payments.record``). A posted voucher opens here
too: its allocations, their reversal, and the allocation of what is still on account."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.accounts import Account
from ledgerpost.domain.allocation import Settleable
from ledgerpost.domain.documents import MONEY_MOVES, Document, DocumentType, PaymentMethod
from ledgerpost.domain.open_items import SIDE_OF, OpenItem
from ledgerpost.domain.parties import Party
from ledgerpost.domain.problems import Problem
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.allocation_model import AllocationModel
from ledgerpost.gui.documents.voucher_allocations import VoucherAllocations
from ledgerpost.gui.documents.voucher_fields import VoucherFields
from ledgerpost.gui.widgets.labels import document_type_name
from ledgerpost.gui.widgets.language import amount_text, problem_line
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services import books, payments, receivables
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.payments import AllocationResult, Voucher

Start = tuple[list[Party], str, list[Account]]
"""The cards to choose from, the company's currency and its bank accounts."""


class ReceiptDialog(QDialog):
    """A new voucher of ``doc_type`` (``document`` None), or a posted one to look at."""

    posted = Signal(object)
    """The voucher as posted (a ``Document``)."""

    def __init__(
        self,
        context: AppContext,
        doc_type: DocumentType = DocumentType.RECEIPT,
        document: Document | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if document is not None:
            doc_type = document.type
        assert doc_type in MONEY_MOVES
        self.context = context
        self.doc_type = doc_type
        self.document: Document | None = None
        self._busy = False
        self._loaded: tuple[int | None, str] | None = None
        """Whose open items (party, currency) the table shows, or is reading."""
        self.left_on_document = Decimal(0)
        self.resize(760, 640)
        self.fields = VoucherFields(doc_type)
        self.model = AllocationModel(self)
        self._build_items()
        self.allocations = VoucherAllocations(context)
        self.allocations_box = QGroupBox(self.tr("Allocations"))
        QVBoxLayout(self.allocations_box).addWidget(self.allocations)
        self.allocations_box.setVisible(False)
        self.problems = QLabel()
        self.problems.setStyleSheet(style(Tone.PROBLEM))
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save and post"))
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.items_box, 1)
        layout.addWidget(self.allocations_box, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self._connect()
        if document is None:
            self.setWindowTitle(self.tr("New %1").replace("%1", document_type_name(doc_type)))
            self._start()
        else:
            self.show_posted(document)

    def _build_items(self) -> None:
        self.items = QTableView()
        self.items.setAccessibleName(self.tr("Open invoices"))
        self.items.setModel(self.model)
        self.items.verticalHeader().hide()
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(AllocationModel.COLUMNS)):
            self.items.setColumnWidth(column, 110)
        self.left = QLabel()
        self.left.setStyleSheet(style(Tone.QUIET))
        self.item_problems = QLabel()
        self.item_problems.setStyleSheet(style(Tone.PROBLEM))
        self.item_problems.setWordWrap(True)
        self.item_problems.setTextFormat(Qt.TextFormat.PlainText)
        self.items_box = QGroupBox(self.tr("Open invoices and fees it settles"))
        box = QVBoxLayout(self.items_box)
        box.addWidget(self.items, 1)
        box.addWidget(self.left)
        box.addWidget(self.item_problems)

    def _connect(self) -> None:
        self.fields.changed.connect(self._fields_changed)
        self.model.changed.connect(self._show_allocation)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.allocations.reversed.connect(self._after_reversal)

    # --- a new voucher --------------------------------------------------------------------

    def _start(self) -> None:
        ledger = self.context.ledger

        def read() -> Start:
            company = ledger.company()
            currency = company.currency if company else ""
            return ledger.parties(), currency, books.bank_accounts(ledger)

        self.context.runner.run(read, self._started, self._failed, owner=self)

    def _started(self, start: Start) -> None:
        parties, currency, bank_accounts = start
        if not self.fields.currency.text():
            self.fields.currency.setText(currency)
        self.fields.show_bank_accounts(bank_accounts)
        self.fields.set_company_currency(currency)
        self.fields.show_parties(parties)

    def _fields_changed(self) -> None:
        if self.document is not None:
            return
        wanted = (self.fields.party_id, self.fields.currency_code)
        if wanted != self._loaded:
            self._loaded = wanted
            self.model.set_items([])
            self._read_items(*wanted)
        self.model.set_source(self._new_money())

    def _new_money(self) -> Settleable:
        """The money being entered, as allocation sees it."""
        received = self.doc_type is DocumentType.RECEIPT
        return Settleable(
            id=0,
            type=self.doc_type,
            number=self.tr("this receipt") if received else self.tr("this payment"),
            party_id=self.fields.party_id or 0,
            date=self.fields.day,
            currency=self.fields.currency_code,
            total=max(self.fields.money or Decimal(0), Decimal(0)),
            allocated=Decimal(0),
        )

    def _read_items(self, party_id: int | None, currency: str) -> None:
        """The party's open invoices in the money's currency, read in the background."""
        if party_id is None:
            return
        ledger, side = self.context.ledger, SIDE_OF[self.doc_type]

        def read() -> list[OpenItem]:
            items = receivables.open_items(ledger, party_id=party_id, side=side, credits=False)
            return [i for i in items if i.currency == currency]

        self.context.runner.run(
            read, lambda items: self._items_read((party_id, currency), items), self._failed, self
        )

    def _items_read(self, key: tuple[int | None, str], items: list[OpenItem]) -> None:
        if key != self._loaded:
            return  # the user chose another party meanwhile
        self.model.set_items(items)

    def _show_allocation(self) -> None:
        """What stays on account, and what is wrong with the allocation as it stands."""
        currency = self.fields.currency_code
        left = self.model.left
        if left >= 0:
            self.left.setText(
                self.tr("%1 stays on account as credit").replace("%1", amount_text(left, currency))
            )
        else:
            self.left.setText("")
        problems = self.model.problems()
        self.item_problems.setText("\n".join(problem_line(p) for p in problems))
        if self.document is not None:
            self.save_button.setEnabled(not self._busy and bool(self.model.requests()))

    def save(self) -> None:
        """Post the voucher and its allocations, or allocate what is left of a posted one."""
        if self._busy:
            return
        self.fields.clear_problems()
        self.problems.clear()
        if self.document is not None:
            self._allocate_left()
            return
        voucher = self._voucher()
        if voucher is None or self.model.problems():
            return
        self._run(lambda: payments.record(self.context.ledger, voucher, by=self.context.by))

    def _voucher(self) -> Voucher | None:
        """The voucher as the fields stand; None (and the reason beside its field) if a field
        cannot be read."""
        party_id, money = self.fields.party_id, self.fields.money
        if party_id is None:
            self.fields.say("party", self.tr("Choose who the money is from or to."))
        if money is None:
            self.fields.say("amount", self.tr("Type the amount, for example 150.00."))
        try:
            rate = self.fields.exchange_rate()
        except LedgerError as error:
            if error.problem is not None:
                self.fields.show_problems([error.problem])
            return None
        if party_id is None or money is None:
            return None
        return Voucher(
            self.doc_type,
            party_id,
            self.fields.day,
            money,
            currency=self.fields.currency_code,
            rate=rate,
            method=self.fields.payment_method,
            reference=self.fields.reference.text().strip(),
            allocate=self.model.requests(),
            bank_account=self.fields.bank_account_code,
        )

    def _run(self, call: Callable[[], AllocationResult]) -> None:
        self._busy = True
        self.save_button.setEnabled(False)
        self.context.runner.run(call, self._done, self._failed, owner=self)

    def _done(self, result: AllocationResult) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        if not result.done:
            self._show_problems(list(result.problems))
            return
        self.context.changes.documents.emit()
        if result.document is not None:
            self.show_posted(result.document)
            self.posted.emit(result.document)

    def _show_problems(self, problems: list[Problem]) -> None:
        self.problems.setStyleSheet(style(Tone.PROBLEM))
        rest = self.model.refuse(problems)
        if self.document is None:
            rest = self.fields.show_problems(rest)
        self.problems.setText("\n".join(problem_line(p) for p in rest))

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        text = self.tr("Nothing was saved: %1")
        errors.tell(exc, lambda reason: self.problems.setText(text.replace("%1", reason)))

    # --- a posted voucher -----------------------------------------------------------------

    def show_posted(self, document: Document) -> None:
        """The posted voucher: its fields, its allocations, and what is left to allocate."""
        self.document = document
        self.setWindowTitle(
            self.tr("%1 %2")
            .replace("%1", document_type_name(document.type))
            .replace("%2", document.display_number)
        )
        self.fields.clear_problems()
        self.fields.show_document(document)
        self.save_button.setText(self.tr("&Allocate"))
        self.save_button.setToolTip(self.tr("Allocate what is still on account"))
        self.allocations_box.setVisible(True)
        self.allocations.load(document)
        self._read_left(document)
        self._read_bank_account(document)

    def _read_bank_account(self, document: Document) -> None:
        ledger = self.context.ledger

        def shown(accounts: list[Account]) -> None:
            self.fields.show_bank_accounts(accounts, document.bank_account)

        if document.method not in (None, PaymentMethod.CASH):
            self.context.runner.run(
                lambda: books.bank_accounts(ledger), shown, self._failed, owner=self
            )

    def _read_left(self, document: Document) -> None:
        ledger = self.context.ledger
        self.items_box.setVisible(False)
        self.save_button.setVisible(False)

        def read() -> tuple[Decimal, list[OpenItem]]:
            left = payments.left_of(ledger, document)
            if left <= 0:
                return left, []
            items = receivables.open_items(
                ledger, party_id=document.party_id, side=SIDE_OF[document.type], credits=False
            )
            return left, [i for i in items if i.currency == document.currency]

        self.context.runner.run(read, self._left_read, self._failed, owner=self)

    def _left_read(self, found: tuple[Decimal, list[OpenItem]]) -> None:
        left, items = found
        document = self.document
        assert document is not None and document.id is not None
        self.left_on_document = left
        gross = document.totals.gross
        self.model.set_items(items)
        self.model.set_source(
            Settleable(
                id=document.id,
                type=document.type,
                number=document.display_number,
                party_id=document.party_id,
                date=document.date,
                currency=document.currency,
                total=gross,
                allocated=gross - left,
            )
        )
        shown = left > 0 and bool(items)
        self.items_box.setTitle(self.tr("Open invoices what is on account may settle"))
        self.items_box.setVisible(shown)
        self.save_button.setVisible(shown)
        if left > 0 and not items:
            self.problems.setStyleSheet(style(Tone.QUIET))
            self.problems.setText(
                self.tr("%1 is on account as credit; no open invoice to settle.").replace(
                    "%1", amount_text(left, document.currency)
                )
            )

    def _allocate_left(self) -> None:
        document, requests = self.document, self.model.requests()
        if document is None or document.id is None or not requests or self.model.problems():
            return
        ledger, by, source = self.context.ledger, self.context.by, document.id
        self._run(lambda: payments.allocate(ledger, source, requests, by=by))

    def _after_reversal(self) -> None:
        self.context.changes.documents.emit()
        if self.document is not None:
            self._read_left(self.document)

    def reject(self) -> None:
        if not self._busy:
            super().reject()

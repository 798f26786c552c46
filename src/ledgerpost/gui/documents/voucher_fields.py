"""The head of a receipt or payment voucher: party, date, amount, currency, method, bank
account, reference, each with its problem line right under it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.accounts import Account, Role
from ledgerpost.domain.documents import PARTY_KINDS, Document, DocumentType, PaymentMethod
from ledgerpost.domain.parties import Party
from ledgerpost.domain.problems import Problem
from ledgerpost.gui.documents.currency_fields import RateField
from ledgerpost.gui.widgets.labels import payment_method_name
from ledgerpost.gui.widgets.language import (
    amount_text,
    date_edit_format,
    problem_message,
    read_decimal,
)
from ledgerpost.gui.widgets.palette import Tone, style

FIELD_OF = {
    "party": "party",
    "currency": "currency",
    "total": "amount",
    "amount": "amount",
    "lines": "amount",
    "line 1": "amount",
    "date": "date",
    "bank account": "bank_account",
    "rate": "rate",
}
"""Which field shows a problem the services report under a name of their own."""


class VoucherFields(QWidget):
    """The voucher's own fields; ``changed`` when one that moves the allocation changed."""

    changed = Signal()

    def __init__(self, doc_type: DocumentType, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc_type = doc_type
        self.problem_labels: dict[str, QLabel] = {}
        self.party = QComboBox()
        self.party.setEditable(True)
        self.party.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        finder = QCompleter(self.party.model(), self.party)
        finder.setFilterMode(Qt.MatchFlag.MatchContains)
        finder.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.party.setCompleter(finder)
        self.party.setMinimumWidth(260)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_edit_format())
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 150.00"))
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(70)
        self.company_currency = ""
        self.rate = RateField("")
        self._cells: dict[str, QWidget] = {}
        self._form: QFormLayout | None = None
        self.method = QComboBox()
        for method in PaymentMethod:
            self.method.addItem(payment_method_name(method), method.value)
        self.bank_account = QComboBox()
        self.bank_account.setToolTip(
            self.tr("The bank account the money went through (cash goes through none)")
        )
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("bank statement line, cash book number…"))
        self._lay_out()
        self.party.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.amount.textChanged.connect(lambda _t: self.changed.emit())
        self.currency.textChanged.connect(lambda _t: self._currency_changed())
        self.date.dateChanged.connect(lambda _d: self.changed.emit())
        self.method.currentIndexChanged.connect(lambda _i: self._method_changed())

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        received = self.doc_type is DocumentType.RECEIPT
        for key, label, widget in (
            ("party", self.tr("&Customer") if received else self.tr("&Paid to"), self.party),
            ("date", self.tr("&Date"), self.date),
            ("amount", self.tr("&Amount received") if received else self.tr("&Amount paid"),
             self.amount),
            ("currency", self.tr("C&urrency"), self.currency),
            ("rate", self.tr("Exchange &rate"), self.rate.edit),
            ("method", self.tr("&Method"), self.method),
            ("bank_account", self.tr("&Bank account"), self.bank_account),
            ("reference", self.tr("&Reference"), self.reference),
        ):  # fmt: skip
            widget.setAccessibleName(label.replace("&", ""))
            problem = QLabel()
            problem.setStyleSheet(style(Tone.PROBLEM))
            problem.setWordWrap(True)
            problem.setVisible(False)
            self.problem_labels[key] = problem
            cell = QWidget()
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            box.addWidget(self.rate if widget is self.rate.edit else widget)
            box.addWidget(problem)
            form.addRow(label, cell)
            self._cells[key] = cell
            # The label's mnemonic moves the focus to the field, not to its holder.
            found = form.labelForField(cell)
            if isinstance(found, QLabel):
                found.setBuddy(widget)
        self._form = form
        form.setRowVisible(self._cells["rate"], False)

    def set_company_currency(self, currency: str) -> None:
        """The books' currency: the rate row shows for money in another."""
        self.company_currency = currency
        self.rate.company_currency = currency
        self.rate.before.setText(f"1 {currency} =")
        self._currency_changed()

    def _currency_changed(self) -> None:
        code = self.currency_code
        self.rate.show_currency(code)
        if self._form is not None:
            foreign = bool(self.company_currency) and code not in ("", self.company_currency)
            self._form.setRowVisible(self._cells["rate"], foreign)
        self.changed.emit()

    def exchange_rate(self) -> Decimal | None:
        """The rate typed for money in another currency (None: none needed, or none typed);
        ``LedgerError`` when it is no number above zero."""
        if self.currency_code in ("", self.company_currency):
            return None
        return self.rate.rate()

    # --- filling and reading --------------------------------------------------------------

    def show_parties(self, parties: list[Party], chosen: int | None = None) -> None:
        kinds = PARTY_KINDS[self.doc_type]
        self.party.blockSignals(True)
        self.party.clear()
        for party in sorted(parties, key=lambda p: p.name.casefold()):
            if party.kind in kinds:
                self.party.addItem(party.name, party.id)
        at = self.party.findData(chosen) if chosen is not None else -1
        self.party.setCurrentIndex(at if at >= 0 else (0 if self.party.count() else -1))
        self.party.blockSignals(False)
        self.changed.emit()

    def show_bank_accounts(self, accounts: list[Account], chosen: str = "") -> None:
        """The bank accounts to choose from, the default one first (and chosen unless
        ``chosen`` names another)."""
        self.bank_account.clear()
        for account in accounts:
            code = "" if account.role is Role.BANK else account.code
            self.bank_account.addItem(f"{account.code} {account.name}", code)
        at = self.bank_account.findData(chosen)
        if at < 0 and chosen:
            self.bank_account.addItem(chosen, chosen)  # archived since: shown as it was posted
            at = self.bank_account.count() - 1
        self.bank_account.setCurrentIndex(max(at, 0) if self.bank_account.count() else -1)
        self._method_changed()

    def _method_changed(self) -> None:
        by_bank = self.payment_method is not PaymentMethod.CASH
        self.bank_account.setEnabled(by_bank and self.method.isEnabled())

    def show_document(self, document: Document) -> None:
        """A posted voucher: its fields as posted, none to change."""
        self.party.blockSignals(True)
        self.party.clear()
        self.party.addItem(document.party_name, document.party_id)
        self.party.blockSignals(False)
        self.date.setDate(QDate(document.date.year, document.date.month, document.date.day))
        self.amount.setText(amount_text(document.totals.gross, document.currency))
        self.currency.setText(document.currency)
        self.rate.show_rate(document.rate)
        if document.method is not None:
            self.method.setCurrentIndex(self.method.findData(document.method.value))
        else:
            self.method.setCurrentIndex(-1)
        self.reference.setText(document.reference)
        for widget in (self.party, self.date, self.method, self.bank_account):
            widget.setEnabled(False)
        for edit in (self.amount, self.currency, self.reference, self.rate.edit):
            edit.setReadOnly(True)

    @property
    def party_id(self) -> int | None:
        found = self.party.currentData()
        return int(found) if found is not None else None

    @property
    def day(self) -> dt.date:
        value = self.date.date().toPython()
        assert isinstance(value, dt.date)
        return value

    @property
    def money(self) -> Decimal | None:
        """The amount as typed; None when it is not a number."""
        text = self.amount.text().strip()
        return read_decimal(text) if text else None

    @property
    def currency_code(self) -> str:
        return self.currency.text().strip().upper()

    @property
    def payment_method(self) -> PaymentMethod:
        return PaymentMethod(self.method.currentData() or PaymentMethod.BANK.value)

    @property
    def bank_account_code(self) -> str:
        """The chosen bank account's code; empty for the default one, and for cash."""
        if self.payment_method is PaymentMethod.CASH:
            return ""
        return str(self.bank_account.currentData() or "")

    # --- problems -------------------------------------------------------------------------

    def clear_problems(self) -> None:
        for label in self.problem_labels.values():
            label.clear()
            label.setVisible(False)

    def say(self, key: str, text: str) -> None:
        label = self.problem_labels[key]
        label.setText("\n".join(filter(None, (label.text(), text))))
        label.setVisible(True)

    def show_problems(self, problems: list[Problem]) -> list[Problem]:
        """Each problem under its field; those of no field here are given back."""
        rest = []
        for problem in problems:
            key = FIELD_OF.get(problem.field)
            if key is None:
                rest.append(problem)
            else:
                self.say(key, _capital(problem_message(problem)))
        return rest


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]

"""What a batch sends: a document type (or customer statements) and a number or date range."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ledgerpost.domain.documents import DocumentState, DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.mail_accounts import MailAccount
from ledgerpost.domain.templates import OPEN_ITEMS, STATEMENT
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.labels import document_type_plural
from ledgerpost.gui.widgets.language import date_edit_format
from ledgerpost.services import mail_accounts

Selection = tuple[
    DocumentType | None,
    tuple[int, int] | None,
    tuple[dt.date, dt.date] | None,
    bool,
    str | None,
    str,
]
"""(type or None for statements, numbers, dates, send again, sending account's name or None
for each message's usual one, the statements' form)."""


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class BatchChoice(QGroupBox):
    """The choice, and a Preview button; ``changed`` whenever any part of the choice changes.
    Picking a type fills the number range with 1 to the highest number of that type. The
    sending account starts at each message's usual one; the row shows when there is a
    choice."""

    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        on_error: Callable[[Exception], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("What to send"), parent)
        self.context = context
        self._on_error = on_error
        self._build_fields()
        self._lay_out()
        self._connect()

    def _build_fields(self) -> None:
        """The type, the range by numbers or by dates, the resend box and Preview."""
        self.type_box = QComboBox()
        self.type_box.setAccessibleName(self.tr("Type of document"))
        for doc_type in DocumentType:
            self.type_box.addItem(document_type_plural(doc_type), doc_type.value)
        self.type_box.addItem(self.tr("Customer statements"), "")
        self.by_numbers = QRadioButton(self.tr("&Numbers"))
        self.by_dates = QRadioButton(self.tr("&Dates"))
        self.by_numbers.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_numbers)
        group.addButton(self.by_dates)
        self.number_from, self.number_to = QSpinBox(), QSpinBox()
        for box in (self.number_from, self.number_to):
            box.setRange(1, 99_999_999)
        self.number_from.setAccessibleName(self.tr("From number"))
        self.number_to.setAccessibleName(self.tr("To number"))
        today = QDate.currentDate()
        first = QDate(today.year(), today.month(), 1)
        self.date_from, self.date_to = QDateEdit(first.addMonths(-1)), QDateEdit(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to.setAccessibleName(self.tr("To date"))
        self.resend = QCheckBox(self.tr("Send again documents that were already sent"))
        self.form = QComboBox()
        self.form.setAccessibleName(self.tr("Form of the statements"))
        self.form.addItem(self.tr("Every movement of the period"), STATEMENT)
        self.form.addItem(self.tr("What is open at the period's end"), OPEN_ITEMS)
        self.form_label = QLabel(self.tr("Statement"))
        self.account = QComboBox()
        self.account.setAccessibleName(self.tr("Sending account"))
        self.account.setToolTip(
            self.tr("Every message of the batch goes from this account, at its sending pace")
        )
        self.account_label = QLabel(self.tr("Account"))
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setToolTip(self.tr("Count the messages and their cost; send nothing"))

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("Type")), 0, 0)
        grid.addWidget(self.type_box, 0, 1, 1, 3)
        grid.addWidget(self.by_numbers, 1, 0)
        grid.addWidget(self.number_from, 1, 1)
        grid.addWidget(QLabel("–"), 1, 2)
        grid.addWidget(self.number_to, 1, 3)
        grid.addWidget(self.by_dates, 2, 0)
        grid.addWidget(self.date_from, 2, 1)
        grid.addWidget(QLabel("–"), 2, 2)
        grid.addWidget(self.date_to, 2, 3)
        grid.addWidget(self.resend, 3, 0, 1, 4)
        grid.addWidget(self.form_label, 5, 0)
        grid.addWidget(self.form, 5, 1, 1, 3)
        grid.addWidget(self.account_label, 4, 0)
        grid.addWidget(self.account, 4, 1, 1, 3)
        self.show_accounts([])
        grid.addWidget(self.preview_button, 6, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def _connect(self) -> None:
        self.type_box.currentIndexChanged.connect(self._type_changed)
        for radio in (self.by_numbers, self.by_dates):
            radio.toggled.connect(self._changed)
        for spin in (self.number_from, self.number_to):
            spin.valueChanged.connect(self._changed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._changed)
        self.resend.toggled.connect(self._changed)
        self.account.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.form.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def start(self) -> None:
        """Fill the range for the first type and the accounts (in the background)."""
        self._type_changed()
        ledger = self.context.ledger
        self.context.runner.run(
            lambda: mail_accounts.accounts(ledger), self.show_accounts, self._on_error, owner=self
        )

    def show_accounts(self, accounts: list[MailAccount]) -> None:
        """Offer these accounts after "each message's usual account" (chosen: the user's card,
        the kind of document's account or the default decide per message, as a single send
        does); one account or none is no choice to show."""
        self.account.blockSignals(True)
        self.account.clear()
        self.account.addItem(self.tr("Each message's usual account"), "")
        for account in accounts:
            sender = account.smtp.from_address
            self.account.addItem(f"{account.name} — {sender}" if sender else account.name)
            self.account.setItemData(self.account.count() - 1, account.name)
        self.account.setCurrentIndex(0)
        self.account.blockSignals(False)
        for widget in (self.account, self.account_label):
            widget.setVisible(len(accounts) > 1)
        self.changed.emit()

    def account_name(self) -> str | None:
        """The sending account chosen for every message (None: each message's usual one)."""
        value = self.account.currentData()
        return str(value) if value else None

    def doc_type(self) -> DocumentType | None:
        value = self.type_box.currentData()
        return DocumentType(value) if value else None

    def selection(self) -> Selection:
        doc_type = self.doc_type()
        if self.by_numbers.isChecked() and doc_type is not None:
            low, high = sorted((self.number_from.value(), self.number_to.value()))
            return (doc_type, (low, high), None, self.resend.isChecked(), self.account_name(),
                    STATEMENT)  # fmt: skip
        dates = (_date(self.date_from.date()), _date(self.date_to.date()))
        resend = self.resend.isChecked() and doc_type is not None
        form = str(self.form.currentData()) if doc_type is None else STATEMENT
        return doc_type, None, dates, resend, self.account_name(), form

    def _changed(self) -> None:
        numbers = self.by_numbers.isChecked()
        for spin in (self.number_from, self.number_to):
            spin.setEnabled(numbers)
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(not numbers)
        self.changed.emit()

    def _type_changed(self) -> None:
        doc_type = self.doc_type()
        self.by_numbers.setEnabled(doc_type is not None)
        self.resend.setEnabled(doc_type is not None)
        for widget in (self.form, self.form_label):  # a statement's form: statements only
            widget.setVisible(doc_type is None)
        if doc_type is None:
            self.by_dates.setChecked(True)
        self._changed()
        if doc_type is None:
            return
        ledger = self.context.ledger
        posted = DocumentFilter(type=doc_type, state=DocumentState.POSTED)

        def highest() -> int:
            # Numbers are gapless from 1 in a series; the newest ones cover a second series.
            latest = ledger.documents(posted, limit=50, newest_first=True)
            return max([ledger.count_documents(posted), *(d.number or 1 for d in latest), 1])

        asked = (self.number_from.value(), self.number_to.value())

        def show(number: int) -> None:
            untouched = (self.number_from.value(), self.number_to.value()) == asked
            if self.doc_type() is doc_type and untouched:
                self.number_from.setValue(1)
                self.number_to.setValue(number)

        self.context.runner.run(highest, show, self._on_error, owner=self)

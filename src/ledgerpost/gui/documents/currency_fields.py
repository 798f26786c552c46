"""The currency of a document in the editor, and its exchange rate to the company's currency:
the rate row shows only when the currency is not the company's, read as "1 EUR = 1.0850 USD"
(how many of the document's currency one of the company's buys, as the ledger keeps it)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from ledgerpost.domain.documents import canonical_decimal
from ledgerpost.domain.exchange import to_company
from ledgerpost.gui.widgets.language import amount_text, read_decimal
from ledgerpost.services.errors import LedgerError

COMMON = ("EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "JPY")
"""Offered in the list; any other ISO code can be typed."""


class CurrencyChoice(QComboBox):
    """The document's currency: the company's first, then the common ones; typed codes too."""

    def __init__(self, company_currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.company_currency = company_currency
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setAccessibleName(self.tr("Currency"))
        self.setMaximumWidth(90)
        code = QRegularExpression("[A-Za-z]{0,3}")
        self.setValidator(QRegularExpressionValidator(code, self))
        for currency in (company_currency, *(c for c in COMMON if c != company_currency)):
            self.addItem(currency)

    def code(self) -> str:
        return self.currentText().strip().upper()

    def choose(self, currency: str) -> None:
        at = self.findText(currency)
        if at < 0:
            self.addItem(currency)
            at = self.count() - 1
        self.setCurrentIndex(at)


class RateField(QWidget):
    """``1 EUR = [1.0850] USD``: the rate to the company's currency."""

    changed = Signal()

    def __init__(self, company_currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.company_currency = company_currency
        self.before = QLabel(f"1 {company_currency} =")
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("Exchange rate"))
        self.edit.setPlaceholderText(self.tr("e.g. 1.0850"))
        self.edit.setMaximumWidth(120)
        self.edit.setToolTip(
            self.tr("How many units of the document's currency one unit of %1 buys").replace(
                "%1", company_currency
            )
        )
        self.after = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.before)
        row.addWidget(self.edit)
        row.addWidget(self.after)
        row.addStretch(1)
        self.edit.textChanged.connect(lambda _t: self.changed.emit())

    def show_currency(self, currency: str) -> None:
        self.after.setText(currency)

    def show_rate(self, rate: Decimal | None) -> None:
        # Written plainly (no grouping): a rate of 1.085 must never read as 1085.
        self.edit.setText("" if rate is None else canonical_decimal(rate))

    def hint(self, rate: Decimal | None) -> None:
        """The rate last used with the party, as a hint in the empty field."""
        if rate is None:
            self.edit.setPlaceholderText(self.tr("e.g. 1.0850"))
        else:
            self.edit.setPlaceholderText(self.tr("last: %1").replace("%1", canonical_decimal(rate)))

    def rate(self) -> Decimal | None:
        """The rate as typed; None when empty (posting then asks for it). ``LedgerError`` for
        what is not a number, or not above zero."""
        text = self.edit.text().strip()
        if not text:
            return None
        # A comma or a point is the decimal sign, whatever the language: rates have no groups.
        value = read_decimal(text.replace(",", "."), "en") if text.count(",") < 2 else None
        if value is None or not value.is_finite():
            raise LedgerError.of("rate-number", "rate", value=text)
        if value <= 0:
            raise LedgerError.of("rate-not-positive", "rate", rate=value)
        return value

    def equivalent(self, gross: Decimal) -> str:
        """`` (= 100.00 EUR)`` after a total in another currency, once its rate is typed."""
        currency = self.after.text()
        if not currency or currency == self.company_currency:
            return ""
        try:
            rate = self.rate()
        except LedgerError:
            return ""
        if rate is None:
            return ""
        booked = to_company(gross, rate, self.company_currency)
        return (
            self.tr(" (= %1 %2)")
            .replace("%1", amount_text(booked, self.company_currency))
            .replace("%2", self.company_currency)
        )

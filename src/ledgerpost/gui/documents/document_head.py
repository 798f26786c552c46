"""The head of a document in the editor: party, contact person, the invoice a credit note
corrects, date, due date, reference, currency (and its rate, when not the company's) and the
addresses it is mailed to. Which rows show depends on the document's type (a letter has no due
date, reference or currency)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLineEdit, QWidget

from ledgerpost.domain.documents import HAS_LINES, PARTY_KINDS, Document, DocumentType
from ledgerpost.domain.parties import Party
from ledgerpost.domain.users import Right
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.contact_choice import ContactChoice
from ledgerpost.gui.documents.credit_fields import CreditedInvoice
from ledgerpost.gui.documents.currency_fields import CurrencyChoice, RateField
from ledgerpost.gui.widgets.labels import hidden_contact
from ledgerpost.gui.widgets.language import date_edit_format

DUE_DATES = frozenset({DocumentType.INVOICE, DocumentType.QUOTATION, DocumentType.PURCHASE_INVOICE})
"""Documents with a due date (a quotation's is "valid until")."""


class DocumentHead(QWidget):
    """The head's fields; ``failed(Exception)`` when the cards cannot be read."""

    failed = Signal(Exception)
    currency_changed = Signal(str)

    def __init__(
        self,
        context: AppContext,
        doc_type: DocumentType,
        terms_days: int,
        parent: QWidget | None = None,
        company_currency: str = "EUR",
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.doc_type = doc_type
        self._terms = terms_days
        self.company_currency = company_currency
        self._document: Document | None = None
        self._parties: dict[int, Party] = {}
        self._build()
        self._lay_out()

    def _build(self) -> None:
        self.party = QComboBox()
        self.party.setAccessibleName(self.tr("Party"))
        self.party.setEditable(False)
        self.contact = ContactChoice()
        self.credited = CreditedInvoice(self.context)
        self.date = QDateEdit(QDate.currentDate())
        self.due = QDateEdit(QDate.currentDate().addDays(self._terms))
        for edit, name in ((self.date, self.tr("Date")), (self.due, self.tr("Due date"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_edit_format())
            edit.setAccessibleName(name)
        self.reference = QLineEdit()
        self.reference.setAccessibleName(self.tr("Reference"))
        self.currency = CurrencyChoice(self.company_currency)
        self.rate = RateField(self.company_currency)
        self.currency.currentTextChanged.connect(lambda _t: self._currency_changed())
        self.recipients = QLineEdit()
        self.recipients.setAccessibleName(self.tr("Email to"))
        self.recipients.setPlaceholderText(
            self.tr("empty: the contact person's addresses, else the card's")
        )
        self.party.currentIndexChanged.connect(lambda _index: self._party_changed())

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        credit_note = self.doc_type is DocumentType.CREDIT_NOTE
        for label, widget, shown in (
            (self.tr("Party"), self.party, True),
            (self.tr("Contact person"), self.contact, True),
            (self.tr("Credits invoice"), self.credited, credit_note),
            (self.tr("Date"), self.date, True),
            (self.tr("Due date"), self.due, self.doc_type in DUE_DATES),
            (self.tr("Reference"), self.reference, self.doc_type in HAS_LINES and not credit_note),
            (self.tr("Currency"), self.currency, self.doc_type in HAS_LINES),
            (self.tr("Exchange rate"), self.rate, False),
            (self.tr("Email to"), self.recipients, True),
        ):
            form.addRow(label, widget)
            form.setRowVisible(widget, shown)
        self._form = form

    def _currency_changed(self) -> None:
        """The rate row shows for another currency than the company's only."""
        code = self.currency.code()
        self.rate.show_currency(code)
        foreign = self.doc_type in HAS_LINES and code != self.company_currency
        self._form.setRowVisible(self.rate, foreign)
        if len(code) == 3:
            self.currency_changed.emit(code)

    def load_parties(self) -> None:
        """Fill the party list in the background; then select the document's party."""
        kinds = PARTY_KINDS[self.doc_type]
        ledger = self.context.ledger

        def fill(parties: list[Party]) -> None:
            for party in parties:
                if party.kind in kinds and party.id is not None:
                    self._parties[party.id] = party
                    self.party.addItem(party.name, party.id)
            if self._document is not None:
                self.party.setCurrentIndex(self.party.findData(self._document.party_id))
            self._party_changed()

        self.context.runner.run(ledger.parties, fill, self.failed.emit, owner=self)

    def _party_changed(self) -> None:
        """The chosen party's contact persons, and for a credit note its invoices; what the
        document named stays chosen while its party does."""
        party_id = self.party.currentData()
        document = self._document
        if document is not None and party_id != document.party_id:
            document = None
        party = self._parties.get(int(party_id)) if party_id is not None else None
        self.contact.show_party(party, document.contact_id if document else None)
        if self.doc_type is DocumentType.CREDIT_NOTE:
            self.credited.load(party_id, document.credited_document_id if document else None)
        elif self._document is None and party_id is not None and self.doc_type in HAS_LINES:
            self._suggest_currency(int(party_id))

    def _suggest_currency(self, party_id: int) -> None:
        """A new document starts in the currency of the party's latest one; its rate then is
        offered as a hint, not filled in (today's rate is the user's to give)."""
        ledger = self.context.ledger

        def chosen(found: tuple[str, Decimal | None] | None) -> None:
            if self._document is not None or self.party_id() != party_id:
                return  # another party chosen meanwhile, or a document shown
            currency, rate = found or (self.company_currency, None)
            self.currency.choose(currency)
            self.rate.hint(rate)

        self.context.runner.run(
            lambda: ledger.party_currency(party_id), chosen, self.failed.emit, owner=self
        )

    def show_document(self, document: Document | None) -> None:
        """The fields of ``document`` (a new one: today, due after the company's terms)."""
        self._document = document
        if document is None:
            return
        self.party.setCurrentIndex(self.party.findData(document.party_id))
        self.date.setDate(QDate(document.date))
        if document.due_date:
            self.due.setDate(QDate(document.due_date))
        else:  # the terms count from the document's own date, not from today
            self.due.setDate(QDate(document.date).addDays(self._terms))
        self.reference.setText(document.reference)
        self.currency.choose(document.currency)
        self.rate.show_rate(document.rate)
        self.recipients.setText(document.recipients)
        self._party_changed()

    def set_editable(self, editable: bool) -> None:
        widgets = (self.party, self.contact, self.credited, self.date, self.due, self.reference)
        for widget in (*widgets, self.currency, self.rate, self.recipients):
            widget.setEnabled(editable)
        if not self.context.may(Right.SEE_CONTACTS):
            self.recipients.setEnabled(False)
            self.recipients.setText("")
            self.recipients.setPlaceholderText(hidden_contact())

    def party_id(self) -> int | None:
        chosen = self.party.currentData()
        return int(chosen) if chosen is not None else None

    def applied(self, base: Document) -> Document:
        """``base`` with the head as the fields stand; ``LedgerError`` (field ``rate``) when
        the rate typed is no number above zero."""
        date = self.date.date().toPython()
        due = self.due.date().toPython()
        assert isinstance(date, dt.date) and isinstance(due, dt.date)
        reference = self.reference.text().strip()
        credited = base.credited_document_id
        if self.doc_type is DocumentType.CREDIT_NOTE:
            target = self.credited.target()
            if target is not None:
                credited, reference = target.invoice.id, target.invoice.display_number
            elif self.credited.count():  # the invoices are read and none is chosen
                credited, reference = None, ""
            else:
                reference = base.reference
        currency = base.currency
        rate = base.rate
        if self.doc_type in HAS_LINES:
            currency = self.currency.code() or self.company_currency
            rate = None if currency == self.company_currency else self.rate.rate()
        return replace(
            base,
            currency=currency,
            rate=rate,
            party_id=self.party_id() or base.party_id,
            contact_id=self.contact.contact_id(),
            credited_document_id=credited,
            date=date,
            due_date=due if self.doc_type in DUE_DATES else None,
            reference=reference,
            recipients=(
                self.recipients.text().strip()
                if self.context.may(Right.SEE_CONTACTS)
                else base.recipients  # kept unseen
            ),
        )

"""The party card editor: name and codes, language, postal address, the e-invoice fields
(einvoice_fields.py), several email addresses each with its use (invoices, statements,
general), the default CC and BCC (party_copies.py), and contact persons with their own; an
employee's card sends the employee's report (employee_report.py), a customer's card its
statement of account (statement_send.py).

Saving runs in the background and writes nothing while any problem remains; every problem is
listed at once. For a user who may not see contact addresses, the addresses read "hidden
contact" and cannot be changed (the service keeps them as stored).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from ledgerpost.domain.addresses import split_list
from ledgerpost.domain.parties import (
    LANGUAGES,
    AddressRole,
    ContactPerson,
    EmailAddress,
    Party,
    PartyKind,
)
from ledgerpost.domain.users import Right
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.people.bounce_marks import BounceMarks
from ledgerpost.gui.people.einvoice_fields import EInvoiceFields
from ledgerpost.gui.people.employee_report import send_employee_report
from ledgerpost.gui.people.party_balance import PartyBalance
from ledgerpost.gui.people.party_copies import PartyCopies
from ledgerpost.gui.people.reminder_flags import ReminderFlags
from ledgerpost.gui.people.statement_send import send_statement
from ledgerpost.gui.settings.templates import LANGUAGE_NAMES
from ledgerpost.gui.widgets.labels import address_role_name, hidden_contact, party_kind_name
from ledgerpost.gui.widgets.language import problem_line
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services import parties
from ledgerpost.services.parties import PartyCard, SaveResult


class PartyEditor(QDialog):
    saved = Signal(object)
    """The ``PartyCard`` as saved."""

    def __init__(self, context: AppContext, card: PartyCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.card = card
        self._busy = False
        party = card.party
        kind = party_kind_name(party.kind)
        self.setWindowTitle(
            self.tr("%1 — %2").replace("%1", kind).replace("%2", party.name)
            if party.id is not None
            else self.tr("New %1").replace("%1", kind.lower())
        )
        self.resize(1000, 700)
        form = self._build_form(party)
        self.einvoice = EInvoiceFields(party)
        self.vat_number = self.einvoice.vat_number
        email_box, contact_box = self._build_tables(party)
        self.copies = PartyCopies(party, card.hidden)
        self._build_notes(card)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.einvoice, 1)
        self.balance = PartyBalance(context, party.id)
        layout = QVBoxLayout(self)
        layout.addWidget(self.balance)
        layout.addLayout(top)
        layout.addWidget(email_box, 1)
        self.bounce_marks = BounceMarks(context, None if card.hidden else party.id)
        layout.addWidget(self.bounce_marks)
        layout.addWidget(self.copies)
        self.reminder_flags = ReminderFlags(context, party.id)
        self.reminder_flags.setVisible(party.kind is PartyKind.CUSTOMER)
        layout.addWidget(self.reminder_flags)
        layout.addWidget(contact_box, 1)
        layout.addWidget(self.hidden_note)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self._connect()

    def _build_form(self, party: Party) -> QFormLayout:
        """Name, code, language and postal address."""
        self.name = QLineEdit(party.name)
        self.code = QLineEdit(party.code)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(self.language.findData(party.language), 0))
        self.language.setToolTip(self.tr("Documents and messages go out in this language"))
        self.street = QLineEdit(party.address.street)
        self.postal_code = QLineEdit(party.address.postal_code)
        self.city = QLineEdit(party.address.city)
        self.country = QLineEdit(party.address.country)
        form = QFormLayout()
        for label, widget in (
            (self.tr("&Name"), self.name),
            (self.tr("Co&de"), self.code),
            (self.tr("&Language"), self.language),
            (self.tr("&Street"), self.street),
            (self.tr("&Postal code"), self.postal_code),
            (self.tr("&City"), self.city),
            (self.tr("Co&untry"), self.country),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label, widget)
        return form

    def _build_tables(self, party: Party) -> tuple[QGroupBox, QGroupBox]:
        """The email addresses and the contact persons, each with its add and remove."""
        self.emails = QTableWidget(0, 2)
        self.emails.setAccessibleName(self.tr("Email addresses"))
        self.emails.setHorizontalHeaderLabels([self.tr("Address"), self.tr("Used for")])
        self.add_email = QPushButton(self.tr("Add &address"))
        self.remove_email = QPushButton(self.tr("Remove address"))
        for email in party.emails:
            self._add_email_row(email)
        email_box = self._table_box(
            self.tr("Email addresses"), self.emails, self.add_email, self.remove_email
        )

        self.contacts = QTableWidget(0, 2)
        self.contacts.setAccessibleName(self.tr("Contact persons"))
        self.contacts.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Email addresses (separate with commas)")]
        )
        self.add_contact = QPushButton(self.tr("Add &person"))
        self.remove_contact = QPushButton(self.tr("Remove person"))
        for person in party.contacts:
            self._add_contact_row(person)
        contact_box = self._table_box(
            self.tr("Contact persons"), self.contacts, self.add_contact, self.remove_contact
        )
        return email_box, contact_box

    def _build_notes(self, card: PartyCard) -> None:
        """The note on hidden contacts, the problem line and Save / Cancel."""
        self.hidden_note = QLabel(
            self.tr(
                "You may not see contact addresses: they read “hidden contact” here and stay "
                "as they are when you save."
            )
        )
        self.hidden_note.setWordWrap(True)
        self.hidden_note.setStyleSheet(style(Tone.QUIET))
        self.hidden_note.setVisible(card.hidden)
        if card.hidden:
            self._hide_addresses()

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(style(Tone.PROBLEM))
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        party = card.party
        if party.kind is PartyKind.EMPLOYEE and party.id is not None:
            self.send_report = self.buttons.addButton(
                self.tr("Send report…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            party_id = party.id
            self.send_report.clicked.connect(
                lambda: send_employee_report(self.context, party_id, self)
            )
        if party.kind is PartyKind.CUSTOMER and party.id is not None:
            self.send_statement = self.buttons.addButton(
                self.tr("Send statement…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.send_statement.setToolTip(self.tr("The statement of account for a period"))
            self.send_statement.setEnabled(self.context.may(Right.SEND_EMAIL))
            customer_id = party.id
            self.send_statement.clicked.connect(
                lambda: send_statement(self.context, customer_id, self)
            )

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.add_email.clicked.connect(lambda: self._add_email_row(EmailAddress(""), edit=True))
        self.remove_email.clicked.connect(lambda: self._remove_row(self.emails))
        self.add_contact.clicked.connect(lambda: self._add_contact_row(ContactPerson(""), True))
        self.remove_contact.clicked.connect(lambda: self._remove_row(self.contacts))
        self.einvoice.changed.connect(self._show_gaps)
        for edit in (self.name, self.postal_code, self.city):
            edit.textChanged.connect(self._show_gaps)
        self.emails.itemChanged.connect(self._show_gaps)
        self._show_gaps()

    def _show_gaps(self) -> None:
        self.einvoice.show_gaps(self.party())

    # --- building ------------------------------------------------------------------------

    def _table_box(
        self, title: str, table: QTableWidget, add: QPushButton, remove: QPushButton
    ) -> QGroupBox:
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setStretchLastSection(True)
        box = QGroupBox(title)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        row = QHBoxLayout(box)
        row.addWidget(table, 1)
        row.addLayout(buttons)
        return box

    def _add_email_row(self, email: EmailAddress, edit: bool = False) -> None:
        row = self.emails.rowCount()
        self.emails.insertRow(row)
        address = QTableWidgetItem(email.address)
        self.emails.setItem(row, 0, address)
        role = QComboBox()
        role.setAccessibleName(self.tr("Used for"))
        for choice in AddressRole:
            role.addItem(address_role_name(choice), choice.value)
        role.setCurrentIndex(role.findData(email.role.value))
        self.emails.setCellWidget(row, 1, role)
        if edit:
            self.emails.setCurrentCell(row, 0)
            self.emails.editItem(address)

    def _add_contact_row(self, person: ContactPerson, edit: bool = False) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        name = QTableWidgetItem(person.name)
        name.setData(Qt.ItemDataRole.UserRole, person.id)
        self.contacts.setItem(row, 0, name)
        self.contacts.setItem(row, 1, QTableWidgetItem(", ".join(e.address for e in person.emails)))
        if edit:
            self.contacts.setCurrentCell(row, 0)
            self.contacts.editItem(name)

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)

    def _hide_addresses(self) -> None:
        """What a user without the contact right sees: no address, nothing to change."""
        self.emails.setRowCount(0)
        self.emails.insertRow(0)
        self.emails.setItem(0, 0, _read_only(hidden_contact()))
        self.emails.setItem(0, 1, _read_only(""))
        for row in range(self.contacts.rowCount()):
            name = self.contacts.item(row, 0)
            self.contacts.setItem(row, 0, _read_only(name.text() if name else ""))
            self.contacts.setItem(row, 1, _read_only(hidden_contact()))
        for widget in (self.add_email, self.remove_email, self.add_contact, self.remove_contact):
            widget.setEnabled(False)
        for table in (self.emails, self.contacts):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    # --- reading and saving --------------------------------------------------------------

    def party(self) -> Party:
        """The card as the fields stand; what the editor does not show stays as it was."""
        emails: list[EmailAddress] = []
        contacts: list[ContactPerson] = []
        if not self.card.hidden:
            for row in range(self.emails.rowCount()):
                item = self.emails.item(row, 0)
                role = self.emails.cellWidget(row, 1)
                text = item.text().strip() if item else ""
                if text and isinstance(role, QComboBox):
                    emails.append(EmailAddress(text, AddressRole(role.currentData())))
            for row in range(self.contacts.rowCount()):
                name = self.contacts.item(row, 0)
                addresses = self.contacts.item(row, 1)
                person_emails = tuple(
                    EmailAddress(a) for a in split_list(addresses.text() if addresses else "")
                )
                if name is None or (not name.text().strip() and not person_emails):
                    continue  # an empty row added and left
                contacts.append(
                    ContactPerson(name.text(), person_emails, name.data(Qt.ItemDataRole.UserRole))
                )
        edited = replace(
            self.card.party,
            name=self.name.text(),
            code=self.code.text().strip(),
            language=str(self.language.currentData()),
            address=replace(
                self.card.party.address,
                street=self.street.text().strip(),
                postal_code=self.postal_code.text().strip(),
                city=self.city.text().strip(),
                country=self.country.text().strip(),
            ),
            emails=tuple(emails),
            contacts=tuple(contacts),
        )
        return self.copies.apply(self.einvoice.apply(edited))

    def save(self) -> None:
        if self._busy:
            return
        self._busy = True
        self.save_button.setEnabled(False)
        self.problems.setText(self.tr("Saving…"))
        ledger, party, by = self.context.ledger, self.party(), self.context.by
        flags = self.reminder_flags.saver(ledger, by)

        def save() -> SaveResult:
            result = parties.save(ledger, party, by)
            if result.saved and result.card is not None and result.card.party.id is not None:
                flags(result.card.party.id)  # the reminder flags, with the card
            return result

        self.context.runner.run(save, self._saved, self._failed, owner=self)

    def _saved(self, result: SaveResult) -> None:
        if not Shiboken.isValid(self):
            return
        self._busy = False
        self.save_button.setEnabled(True)
        self.einvoice.show_problems(list(result.problems))
        if not result.saved or result.card is None:
            self.problems.setText("\n".join(_capital(problem_line(p)) for p in result.problems))
            return
        self.problems.clear()
        self.card = result.card
        self.saved.emit(result.card)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.save_button.setEnabled(True)
        text = self.tr("Nothing was saved: %1")
        errors.tell(exc, lambda reason: self.problems.setText(text.replace("%1", reason)))

    def reject(self) -> None:
        if not self._busy:
            super().reject()


def _read_only(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    item.setForeground(Qt.GlobalColor.gray)
    return item


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]

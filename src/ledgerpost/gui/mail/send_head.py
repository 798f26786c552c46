"""The head of the send dialog's message (From, To, CC, BCC, subject, attachments, credits) and
its earlier sends. Their texts keep the dialog's translation context."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ledgerpost.domain.addresses import Field
from ledgerpost.gui.mail.outbox_model import outcome_line
from ledgerpost.gui.mail.send_parts import AttachmentList, buddy, local_date, local_time
from ledgerpost.gui.widgets.address_field import AddressField, apply_direction
from ledgerpost.gui.widgets.labels import document_type_name, hidden_contact
from ledgerpost.services.send_form import EarlierSend, SendForm


class MessageHead(QWidget):
    """The fields above the message text, in one form (the send dialog's left column)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.from_line = QLineEdit()
        self.from_line.setReadOnly(True)
        self.from_line.setAccessibleName(QCoreApplication.translate("SendDialog", "From"))
        self.account = QComboBox()
        self.account.setAccessibleName(QCoreApplication.translate("SendDialog", "Sending account"))
        self.account.setToolTip(
            QCoreApplication.translate(
                "SendDialog", "The account this message goes from; its From address follows"
            )
        )
        self.to = AddressField(Field.TO, QCoreApplication.translate("SendDialog", "To"))
        self.cc = AddressField(Field.CC, QCoreApplication.translate("SendDialog", "CC"))
        self.bcc = AddressField(Field.BCC, QCoreApplication.translate("SendDialog", "BCC"))
        self.subject = QLineEdit()
        self.subject.setAccessibleName(QCoreApplication.translate("SendDialog", "Subject"))
        self.attachments = AttachmentList()
        self.credits = QLabel()
        self.credits.setAccessibleName(QCoreApplication.translate("SendDialog", "Credits"))
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("SendDialog", "From"), self.from_line)
        form.addRow(QCoreApplication.translate("SendDialog", "Account"), self.account)
        form.setRowVisible(self.account, False)  # shown when there is a choice
        self.form = form
        form.addRow(buddy(QCoreApplication.translate("SendDialog", "&To"), self.to), self.to)
        form.addRow(QCoreApplication.translate("SendDialog", "CC"), self.cc)
        form.addRow(QCoreApplication.translate("SendDialog", "BCC"), self.bcc)
        subject = buddy(QCoreApplication.translate("SendDialog", "S&ubject"), self.subject)
        form.addRow(subject, self.subject)
        form.addRow(QCoreApplication.translate("SendDialog", "Attachments"), self.attachments)
        form.addRow(QCoreApplication.translate("SendDialog", "Credits"), self.credits)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addStretch(1)

    def fill(self, form: SendForm) -> None:
        """The fields as the loaded form has them: From, To, CC and BCC (the card's default
        copies, removable for this message), the subject."""
        check = form.preflight
        no_sender = QCoreApplication.translate("SendDialog", "(no sender address set)")
        self.show_sender(str(check.sender) if check.sender else no_sender)
        for field in (self.to, self.cc, self.bcc):
            field.set_card(form.card)
        self.to.setText(form.request.to or "")
        self.cc.setText(form.request.cc)
        self.bcc.setText(form.request.bcc)
        if form.hidden:
            for field in (self.to, self.cc, self.bcc):
                field.line.setPlaceholderText(hidden_contact())
        self.subject.setText(check.subject)
        apply_direction(self.subject, check.subject)

    def show_sender(self, sender: str) -> None:
        self.from_line.setText(sender)
        apply_direction(self.from_line, sender)

    def show_accounts(self, accounts: list[tuple[str, str]]) -> None:
        """Offer these (name, From address) accounts; one or none is no choice to show."""
        self.account.blockSignals(True)
        self.account.clear()
        for name, sender in accounts:
            self.account.addItem(f"{name} — {sender}" if sender else name, name)
        self.account.blockSignals(False)
        self.form.setRowVisible(self.account, len(accounts) > 1)

    def show_account(self, name: str) -> None:
        """Select the account the check says the message goes from."""
        index = self.account.findData(name)
        if index >= 0 and index != self.account.currentIndex():
            self.account.blockSignals(True)
            self.account.setCurrentIndex(index)
            self.account.blockSignals(False)


def message_title(form: SendForm) -> str:
    """What is sent: the document's type and number, or the period report and its dates."""
    if form.document_type is not None:
        return f"{document_type_name(form.document_type)} {form.document_number}".strip()
    start, end = form.request.period or (dt.date.today(), dt.date.today())
    if form.request.report == "employee-report":
        title = QCoreApplication.translate("SendDialog", "Employee report %1 – %2")
    elif form.request.report == "open-items":
        title = QCoreApplication.translate("SendDialog", "Open items %1 – %2")
    else:
        title = QCoreApplication.translate("SendDialog", "Statement %1 – %2")
    return title.replace("%1", local_date(start)).replace("%2", local_date(end))


class EarlierSends(QWidget):
    """When the document was sent or queued before, and the box to send it again all the same."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.earlier = QLabel()
        self.earlier.setWordWrap(True)
        self.earlier.setTextFormat(Qt.TextFormat.PlainText)
        self.resend = QCheckBox(QCoreApplication.translate("SendDialog", "Send &again"))
        self.resend.setAccessibleName(
            QCoreApplication.translate("SendDialog", "Send again although already sent")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.earlier, 1)
        row.addWidget(self.resend)
        self.show_earlier(())

    def show_earlier(self, earlier: tuple[EarlierSend, ...]) -> None:
        lines = []
        for item in earlier:
            if item.status.value == "sent":
                text = QCoreApplication.translate("SendDialog", "Already sent on %1 to %2.")
            else:
                text = QCoreApplication.translate(
                    "SendDialog", "Already in the outbox since %1 for %2."
                )
            lines.append(text.replace("%1", local_time(item.when)).replace("%2", item.to))
            if item.refused:
                lines.append(
                    QCoreApplication.translate("SendDialog", "%1 of %2 accepted. %3")
                    .replace("%1", str(item.accepted))
                    .replace("%2", str(item.total))
                    .replace("%3", "; ".join(outcome_line(r) for r in item.refused))
                )
        self.earlier.setText("\n".join(lines))
        self.earlier.setVisible(bool(lines))
        self.resend.setVisible(bool(lines))

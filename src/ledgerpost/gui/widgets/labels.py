"""Translated names for domain values, as the window shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ledgerpost.domain.allocation import PaidState
from ledgerpost.domain.documents import DocumentState, DocumentType, PaymentMethod
from ledgerpost.domain.listing import MailState
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.parties import AddressRole, PartyKind
from ledgerpost.domain.users import Right


def document_type_plural(doc_type: DocumentType) -> str:
    return {
        DocumentType.INVOICE: QCoreApplication.translate("labels", "Sales invoices"),
        DocumentType.CREDIT_NOTE: QCoreApplication.translate("labels", "Credit notes"),
        DocumentType.QUOTATION: QCoreApplication.translate("labels", "Quotations"),
        DocumentType.RECEIPT: QCoreApplication.translate("labels", "Receipt vouchers"),
        DocumentType.PAYMENT: QCoreApplication.translate("labels", "Payment vouchers"),
        DocumentType.PURCHASE_INVOICE: QCoreApplication.translate("labels", "Purchase invoices"),
        DocumentType.LETTER: QCoreApplication.translate("labels", "Customer letters"),
        DocumentType.REMINDER: QCoreApplication.translate("labels", "Payment reminders"),
    }[doc_type]


def document_type_name(doc_type: DocumentType) -> str:
    return {
        DocumentType.INVOICE: QCoreApplication.translate("labels", "Sales invoice"),
        DocumentType.CREDIT_NOTE: QCoreApplication.translate("labels", "Credit note"),
        DocumentType.QUOTATION: QCoreApplication.translate("labels", "Quotation"),
        DocumentType.RECEIPT: QCoreApplication.translate("labels", "Receipt voucher"),
        DocumentType.PAYMENT: QCoreApplication.translate("labels", "Payment voucher"),
        DocumentType.PURCHASE_INVOICE: QCoreApplication.translate("labels", "Purchase invoice"),
        DocumentType.LETTER: QCoreApplication.translate("labels", "Customer letter"),
        DocumentType.REMINDER: QCoreApplication.translate("labels", "Payment reminder"),
    }[doc_type]


def document_state_name(state: DocumentState) -> str:
    return {
        DocumentState.DRAFT: QCoreApplication.translate("labels", "Draft"),
        DocumentState.POSTED: QCoreApplication.translate("labels", "Posted"),
    }[state]


def mail_status_name(status: OutboxStatus) -> str:
    return {
        OutboxStatus.HELD: QCoreApplication.translate("labels", "Held (send later)"),
        OutboxStatus.QUEUED: QCoreApplication.translate("labels", "Waiting to be sent"),
        OutboxStatus.SENDING: QCoreApplication.translate("labels", "Being sent"),
        OutboxStatus.SENT: QCoreApplication.translate("labels", "Sent"),
        OutboxStatus.RETRY: QCoreApplication.translate("labels", "Will be tried again"),
        OutboxStatus.FAILED: QCoreApplication.translate("labels", "Failed"),
        OutboxStatus.UNCERTAIN: QCoreApplication.translate("labels", "Uncertain: may have arrived"),
        OutboxStatus.NO_CREDIT: QCoreApplication.translate("labels", "Waiting for credits"),
        OutboxStatus.CANCELLED: QCoreApplication.translate("labels", "Cancelled"),
    }[status]


def mail_state_name(state: MailState) -> str:
    """The choices of the documents list's mail filter."""
    return {
        MailState.NOT_SENT: QCoreApplication.translate("labels", "Not sent"),
        MailState.WAITING: QCoreApplication.translate("labels", "Waiting in the email queue"),
        MailState.SENT: QCoreApplication.translate("labels", "Sent by email"),
        MailState.FAILED: QCoreApplication.translate("labels", "Sending failed"),
    }[state]


def paid_state_name(state: PaidState) -> str:
    """Where an invoice stands with its payment (the documents list's paid column and filter)."""
    return {
        PaidState.OPEN: QCoreApplication.translate("labels", "Open"),
        PaidState.PARTLY: QCoreApplication.translate("labels", "Partly paid"),
        PaidState.PAID: QCoreApplication.translate("labels", "Paid"),
        PaidState.OVERDUE: QCoreApplication.translate("labels", "Overdue"),
    }[state]


def payment_method_name(method: PaymentMethod) -> str:
    return {
        PaymentMethod.BANK: QCoreApplication.translate("labels", "Bank transfer"),
        PaymentMethod.CASH: QCoreApplication.translate("labels", "Cash"),
        PaymentMethod.CARD: QCoreApplication.translate("labels", "Card"),
    }[method]


def party_kind_plural(kind: PartyKind) -> str:
    return {
        PartyKind.CUSTOMER: QCoreApplication.translate("labels", "Customers"),
        PartyKind.SUPPLIER: QCoreApplication.translate("labels", "Suppliers"),
        PartyKind.EMPLOYEE: QCoreApplication.translate("labels", "Employees"),
    }[kind]


def party_kind_name(kind: PartyKind) -> str:
    return {
        PartyKind.CUSTOMER: QCoreApplication.translate("labels", "Customer"),
        PartyKind.SUPPLIER: QCoreApplication.translate("labels", "Supplier"),
        PartyKind.EMPLOYEE: QCoreApplication.translate("labels", "Employee"),
    }[kind]


def address_role_name(role: AddressRole) -> str:
    return {
        AddressRole.BILLING: QCoreApplication.translate("labels", "Invoices"),
        AddressRole.STATEMENTS: QCoreApplication.translate("labels", "Statements"),
        AddressRole.GENERAL: QCoreApplication.translate("labels", "General"),
    }[role]


def hidden_contact() -> str:
    """What a user who may not see contact addresses reads in their place."""
    return QCoreApplication.translate("labels", "hidden contact")


def reserved_note() -> str:
    """Why the send and batch dialogs count fewer credits than the Message credits page."""
    return QCoreApplication.translate(
        "labels",
        "Available: the balance less one credit for each message still waiting in the email "
        "queue. The Message credits page shows the whole balance.",
    )


def right_name(right: Right) -> str:
    return {
        Right.POST_DOCUMENTS: QCoreApplication.translate("labels", "Post documents"),
        Right.SEND_EMAIL: QCoreApplication.translate("labels", "Send email"),
        Right.SEE_CONTACTS: QCoreApplication.translate("labels", "See contact addresses"),
        Right.MANAGE_SETTINGS: QCoreApplication.translate("labels", "Manage settings"),
        Right.MANAGE_CREDITS: QCoreApplication.translate("labels", "Manage credits"),
        Right.MANAGE_USERS: QCoreApplication.translate("labels", "Manage users"),
    }[right]

"""Translated names for domain values, as the window shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ledgerpost.domain.documents import DocumentState, DocumentType
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.parties import AddressRole, PartyKind
from ledgerpost.domain.users import Right


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def document_type_plural(doc_type: DocumentType) -> str:
    return {
        DocumentType.INVOICE: _tr("Sales invoices"),
        DocumentType.CREDIT_NOTE: _tr("Credit notes"),
        DocumentType.QUOTATION: _tr("Quotations"),
        DocumentType.RECEIPT: _tr("Receipt vouchers"),
        DocumentType.PAYMENT: _tr("Payment vouchers"),
        DocumentType.PURCHASE_INVOICE: _tr("Purchase invoices"),
        DocumentType.LETTER: _tr("Customer letters"),
    }[doc_type]


def document_type_name(doc_type: DocumentType) -> str:
    return {
        DocumentType.INVOICE: _tr("Sales invoice"),
        DocumentType.CREDIT_NOTE: _tr("Credit note"),
        DocumentType.QUOTATION: _tr("Quotation"),
        DocumentType.RECEIPT: _tr("Receipt voucher"),
        DocumentType.PAYMENT: _tr("Payment voucher"),
        DocumentType.PURCHASE_INVOICE: _tr("Purchase invoice"),
        DocumentType.LETTER: _tr("Customer letter"),
    }[doc_type]


def document_state_name(state: DocumentState) -> str:
    return {DocumentState.DRAFT: _tr("Draft"), DocumentState.POSTED: _tr("Posted")}[state]


def mail_status_name(status: OutboxStatus) -> str:
    return {
        OutboxStatus.HELD: _tr("Held (send later)"),
        OutboxStatus.QUEUED: _tr("Waiting to be sent"),
        OutboxStatus.SENDING: _tr("Being sent"),
        OutboxStatus.SENT: _tr("Sent"),
        OutboxStatus.RETRY: _tr("Will be tried again"),
        OutboxStatus.FAILED: _tr("Failed"),
        OutboxStatus.UNCERTAIN: _tr("Uncertain: may have arrived"),
        OutboxStatus.NO_CREDIT: _tr("Waiting for credits"),
        OutboxStatus.CANCELLED: _tr("Cancelled"),
    }[status]


def party_kind_plural(kind: PartyKind) -> str:
    return {
        PartyKind.CUSTOMER: _tr("Customers"),
        PartyKind.SUPPLIER: _tr("Suppliers"),
        PartyKind.EMPLOYEE: _tr("Employees"),
    }[kind]


def party_kind_name(kind: PartyKind) -> str:
    return {
        PartyKind.CUSTOMER: _tr("Customer"),
        PartyKind.SUPPLIER: _tr("Supplier"),
        PartyKind.EMPLOYEE: _tr("Employee"),
    }[kind]


def address_role_name(role: AddressRole) -> str:
    return {
        AddressRole.BILLING: _tr("Invoices"),
        AddressRole.STATEMENTS: _tr("Statements"),
        AddressRole.GENERAL: _tr("General"),
    }[role]


def hidden_contact() -> str:
    """What a user who may not see contact addresses reads in their place."""
    return _tr("hidden contact")


def right_name(right: Right) -> str:
    return {
        Right.POST_DOCUMENTS: _tr("Post documents"),
        Right.SEND_EMAIL: _tr("Send email"),
        Right.SEE_CONTACTS: _tr("See contact addresses"),
        Right.MANAGE_SETTINGS: _tr("Manage settings"),
        Right.MANAGE_CREDITS: _tr("Manage credits"),
        Right.MANAGE_USERS: _tr("Manage users"),
    }[right]

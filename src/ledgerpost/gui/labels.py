"""Translated names for domain values, as the window shows them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ledgerpost.domain.documents import DocumentState, DocumentType
from ledgerpost.domain.outbox import OutboxStatus


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

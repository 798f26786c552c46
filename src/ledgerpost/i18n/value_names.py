"""The words for the values a sentence may hold, as they read inside a sentence in the
reader's language: a document type ("there is no credit note numbered CN-5", not
"credit-note") and a kind of card. :mod:`ledgerpost.i18n.problems` puts them in for a problem's
value of these types; the titles printed on a document are ``document_pdf.document_title``."""

from __future__ import annotations

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.parties import PartyKind
from ledgerpost.i18n.translate import Translator


def sentence_name(words: Translator, value: DocumentType | PartyKind) -> str:
    """``value``'s name inside a sentence in ``words``' language."""
    names = {
        DocumentType.INVOICE: words.pgettext("in a sentence", "invoice"),
        DocumentType.CREDIT_NOTE: words.pgettext("in a sentence", "credit note"),
        DocumentType.QUOTATION: words.pgettext("in a sentence", "quotation"),
        DocumentType.RECEIPT: words.pgettext("in a sentence", "receipt voucher"),
        DocumentType.PAYMENT: words.pgettext("in a sentence", "payment voucher"),
        DocumentType.PURCHASE_INVOICE: words.pgettext("in a sentence", "purchase invoice"),
        DocumentType.LETTER: words.pgettext("in a sentence", "letter"),
        DocumentType.REMINDER: words.pgettext("in a sentence", "payment reminder"),
        PartyKind.CUSTOMER: words.pgettext("in a sentence", "customer"),
        PartyKind.SUPPLIER: words.pgettext("in a sentence", "supplier"),
        PartyKind.EMPLOYEE: words.pgettext("in a sentence", "employee"),
    }
    return names[value]

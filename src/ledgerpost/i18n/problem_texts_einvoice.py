"""Problems of e-invoices: EN 16931 fields, imports, the company's fields, CIUS-RO.

English sentences by problem code; see :mod:`ledgerpost.i18n.problem_catalogue`."""

from __future__ import annotations

EINVOICE_TEXTS: dict[str, str] = {
    # e-invoices (EN 16931, XRechnung): each missing field named by its BT id
    "einvoice-type": "a {type} has no e-invoice form; only invoices and credit notes have one",
    "einvoice-seller-vat": "the company's VAT id (BT-31) is missing",
    "einvoice-seller-country": "the company's country code (BT-40), such as DE, is missing",
    "einvoice-seller-city": "the company's city (BT-37) is missing",
    "einvoice-seller-postcode": "the company's post code (BT-38) is missing",
    "einvoice-seller-contact": "the company's contact person (BT-41) is missing",
    "einvoice-seller-phone": "the company's contact telephone (BT-42) is missing",
    "einvoice-seller-email": "the company's contact email (BT-43) is missing",
    "einvoice-seller-address": "the company's electronic address (BT-34) is missing",
    "einvoice-seller-iban": "the company's IBAN (BT-84) is missing",
    "einvoice-buyer-vat": "the buyer's VAT id (BT-48) is missing",
    "einvoice-buyer-country": "the buyer's country code (BT-55), such as DE, is missing",
    "einvoice-buyer-city": "the buyer's city (BT-52) is missing",
    "einvoice-buyer-postcode": "the buyer's post code (BT-53) is missing",
    "einvoice-buyer-reference": (
        "the buyer reference (BT-10) is missing; a German public buyer's is its Leitweg-ID"
    ),
    "einvoice-buyer-address": "the buyer's electronic address (BT-49) is missing",
    "einvoice-preceding": "the credit note names no invoice it corrects (BT-25)",
    "einvoice-currency": "{currency} has more than two decimals; EN 16931 amounts have two (BT-5)",
    "einvoice-vat-rounding": (
        "the VAT at {rate}% is {ledger}, but EN 16931 rounding gives {expected} (BT-117); "
        "split the document"
    ),
    "einvoice-rule": "the e-invoice breaks rule {rule}: {text}",
    "voucher-vat": "a receipt or payment is an amount received or paid; it carries no VAT",
    # received e-invoices imported as draft purchase invoices
    "einvoice-import-unreadable": "the file cannot be read as an e-invoice: {reason}",
    "einvoice-import-no-xml": (
        "the PDF carries no e-invoice XML (factur-x.xml or zugferd-invoice.xml)"
    ),
    "einvoice-import-type": (
        "an e-invoice of type {code} (BT-3) cannot become a purchase invoice; "
        "a credit note is entered by hand"
    ),
    "einvoice-import-number": "the e-invoice has no invoice number (BT-1)",
    "einvoice-import-lines": "the e-invoice has no lines (BG-25)",
    "einvoice-import-total": (
        "the invoice's {field_id} is {invoice} {currency}, but its lines make {ledger} "
        "(allowances, charges or a prepaid amount are not taken over)"
    ),
    "einvoice-import-supplier": (
        "no supplier card has the VAT id or electronic address of {seller} ({vat_id}); "
        "add the card or import with --create-supplier"
    ),
    "einvoice-import-duplicate": (
        "invoice {number} of this supplier is already booked as {document}"
    ),
    "einvoice-import-duplicate-draft": (
        "invoice {number} of this supplier is already entered, as draft purchase invoice {draft}"
    ),
    "einvoice-import-buyer": (
        "the invoice is made out to {buyer} with VAT id {vat_id}, not to this company"
    ),
    # the company's e-invoice fields
    "company-bic": "{value} is not a BIC: 8 or 11 letters and digits, such as BYLADEM1001",
    "company-phone": "{value} is not a telephone number: it needs at least three digits",
    "company-scheme": (
        "{value} is not an electronic address scheme: EM for an email address, "
        "or a four-digit EAS code such as 9930"
    ),
    # CIUS-RO (Romania)
    "einvoice-ro-seller-county": (
        "the company's county (BT-39, ISO 3166-2:RO) cannot be told: a Romanian address "
        "needs its six-digit postal code"
    ),
    "einvoice-ro-buyer-county": (
        "the buyer's county (BT-54, ISO 3166-2:RO) cannot be told: a Romanian address "
        "needs its six-digit postal code"
    ),
    "einvoice-ro-seller-street": "the company's street (BT-35) is missing; CIUS-RO requires it",
    "einvoice-ro-buyer-street": "the buyer's street (BT-50) is missing; CIUS-RO requires it",
    "einvoice-ro-currency": (
        "CIUS-RO asks the VAT of an invoice in {currency} in RON too (BT-6, BT-111); "
        "LedgerPost writes CIUS-RO invoices in RON only"
    ),
    "einvoice-ro-buyer-id": "the buyer's VAT id or registration number (BT-47, BT-48) is missing",
}

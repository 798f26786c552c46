"""A received EN 16931 e-invoice as a draft purchase invoice: its lines, the supplier card it
names, and the checks that the draft's totals are the invoice's own (BT-112, BT-115).

Pure: the XML is read by :mod:`ledgerpost.einvoice`, the draft saved by the services.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.domain.einvoice import TYPE_CODES, EInvoice, InvoiceLine, TradeParty
from ledgerpost.domain.money import round_money
from ledgerpost.domain.parties import EmailAddress, Party, PartyKind, PostalAddress
from ledgerpost.domain.problems import Problem

INVOICE_CODES = frozenset({TYPE_CODES[DocumentType.INVOICE], "383", "384", "389", "751"})
"""UNTDID 1001 codes taken as a purchase invoice: commercial, debit note, corrected,
self-billed, invoice information (a credit note, 381, has no purchase form in the ledger)."""


def compact(value: str) -> str:
    """A VAT id or electronic address as compared: no spaces, dots or dashes, upper case."""
    return re.sub(r"[\s.\-]", "", value).upper()


def supplier_of(parties: Iterable[Party], seller: TradeParty) -> Party | None:
    """The supplier card of ``seller`` among ``parties``: the one with its VAT id (BT-31),
    else the one with its electronic address (BT-34)."""
    suppliers = [p for p in parties if p.kind is PartyKind.SUPPLIER]
    for key, of_card in ((seller.vat_id, "vat"), (seller.electronic_address, "address")):
        wanted = compact(key)
        for party in suppliers if wanted else ():
            held = party.vat_number if of_card == "vat" else party.electronic_address
            if compact(held) == wanted:
                return party
    return None


def supplier_card(seller: TradeParty, language: str) -> Party:
    """A new supplier card from what the invoice says of its seller (BG-4)."""
    emails = (EmailAddress(seller.contact_email),) if "@" in seller.contact_email else ()
    return Party(
        PartyKind.SUPPLIER,
        seller.name.strip(),
        language,
        vat_number=seller.vat_id.strip(),
        address=PostalAddress(
            seller.street, seller.postal_code, seller.city, "", seller.country_code.upper()
        ),
        emails=emails,
        electronic_address=seller.electronic_address.strip(),
        electronic_scheme=seller.electronic_scheme.strip(),
    )


def _line(line: InvoiceLine, currency: str) -> Line:
    """The line as the ledger keeps it: quantity x price when that is its net amount (BT-131),
    else one unit at the net amount (a price per base quantity, a line allowance)."""
    if round_money(line.quantity * line.net_price, currency) == line.net_amount:
        return Line(line.name, line.quantity, line.net_price, line.vat_rate)
    name = f"{line.name} ({line.quantity} x {line.net_price})"
    return Line(name, Decimal(1), line.net_amount, line.vat_rate)


def payment_note(invoice: EInvoice) -> str:
    """Where the supplier asks to be paid (BT-84, BT-86, BT-83), for the draft's notes."""
    payment = invoice.payment
    parts = [f"IBAN {payment.iban}"] if payment.iban else []
    if payment.bic:
        parts.append(f"BIC {payment.bic}")
    if payment.reference:
        parts.append(f"ref. {payment.reference}")
    return ", ".join(parts)


def purchase_draft(invoice: EInvoice, supplier_id: int, company_currency: str = "") -> Document:
    """The draft purchase invoice of ``invoice`` from the supplier card ``supplier_id``: the
    supplier's number (BT-1) is its reference. In another currency whose VAT the supplier
    states in ``company_currency`` too (BT-6, BT-111), the rate is the one those two imply."""
    notes = "\n".join(text for text in (payment_note(invoice), invoice.note) if text)
    return Document(
        DocumentType.PURCHASE_INVOICE,
        supplier_id,
        invoice.issue_date,
        invoice.currency,
        tuple(_line(line, invoice.currency) for line in invoice.lines),
        due_date=invoice.due_date,
        reference=invoice.number,
        notes=notes,
        rate=_implied_rate(invoice, company_currency),
    )


def _implied_rate(invoice: EInvoice, company_currency: str) -> Decimal | None:
    """BT-110 over BT-111, to six places, when BT-6 is the company's currency."""
    in_books = invoice.tax_total_in_tax_currency
    if not company_currency or invoice.currency == company_currency:
        return None
    if invoice.tax_currency != company_currency or not in_books or not invoice.totals.tax_total:
        return None
    return (invoice.totals.tax_total / in_books).quantize(Decimal("0.000001"))


def import_problems(invoice: EInvoice, draft: Document) -> list[Problem]:
    """Why ``invoice`` cannot become ``draft``: a type the ledger has no purchase form of, or
    totals the ledger's lines would not reach (BT-112, BT-115)."""
    found = []
    if invoice.type_code not in INVOICE_CODES:
        found.append(Problem.of("einvoice-import-type", "BT-3", code=invoice.type_code))
    if not invoice.number.strip():
        found.append(Problem.of("einvoice-import-number", "BT-1"))
    if not invoice.lines:
        found.append(Problem.of("einvoice-import-lines", "BG-25"))
    gross = draft.totals.gross
    for field, value in (("BT-112", invoice.totals.grand_total), ("BT-115", invoice.totals.due)):
        if value != gross:
            found.append(
                Problem.of(
                    "einvoice-import-total",
                    field,
                    field_id=field,
                    invoice=value,
                    ledger=gross,
                    currency=invoice.currency,
                )
            )
    return found

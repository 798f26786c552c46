"""A UBL 2.1 Invoice or CreditNote read into the domain value, for round trips and the import
of received e-invoices (the counterpart of :mod:`ledgerpost.einvoice.cii_reader`).

Only what :class:`~ledgerpost.domain.einvoice.EInvoice` holds is read. Malformed XML or a
document that is no UBL invoice raises :class:`~ledgerpost.einvoice.cii_reader.CiiReadError`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from lxml import etree

from ledgerpost.domain.einvoice import (
    DocumentTotals,
    EInvoice,
    InvoiceLine,
    Payment,
    TradeParty,
    VatBreakdown,
    VatCategory,
)
from ledgerpost.einvoice.cii_reader import CiiReadError
from ledgerpost.einvoice.ubl import CAC, CBC, CREDIT_NOTE, INVOICE

_Element = etree._Element
NAMESPACES = {"cac": CAC, "cbc": CBC}


def _text(element: _Element, path: str) -> str:
    return str(element.xpath(f"string({path})", namespaces=NAMESPACES)).strip()


def _decimal(element: _Element, path: str) -> Decimal:
    text = _text(element, path)
    try:
        return Decimal(text) if text else Decimal(0)
    except InvalidOperation as exc:
        raise CiiReadError(f"{path}: {text!r} is not a number") from exc


def _date(element: _Element, path: str) -> dt.date | None:
    text = _text(element, path)
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise CiiReadError(f"{path}: {text!r} is not a date") from exc


def _all(element: _Element, path: str) -> list[_Element]:
    found = element.xpath(path, namespaces=NAMESPACES)
    assert isinstance(found, list)
    return [item for item in found if isinstance(item, etree._Element)]


def _category(text: str) -> VatCategory:
    try:
        return VatCategory(text)
    except ValueError as exc:
        raise CiiReadError(f"VAT category {text!r} is not one LedgerPost knows") from exc


def _party(root: _Element, holder: str) -> TradeParty:
    found = _all(root, f"cac:{holder}/cac:Party")
    if not found:
        return TradeParty(name="")
    party = found[0]
    address = "cac:PostalAddress/"
    name = _text(party, "cac:PartyName/cbc:Name") or _text(
        party, "cac:PartyLegalEntity/cbc:RegistrationName"
    )
    return TradeParty(
        name=name,
        vat_id=_text(party, "cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='VAT']/cbc:CompanyID"),
        legal_id=_text(party, "cac:PartyLegalEntity/cbc:CompanyID"),
        street=_text(party, address + "cbc:StreetName"),
        postal_code=_text(party, address + "cbc:PostalZone"),
        city=_text(party, address + "cbc:CityName"),
        country_code=_text(party, address + "cac:Country/cbc:IdentificationCode"),
        electronic_address=_text(party, "cbc:EndpointID"),
        electronic_scheme=_text(party, "cbc:EndpointID/@schemeID"),
        contact_name=_text(party, "cac:Contact/cbc:Name"),
        contact_phone=_text(party, "cac:Contact/cbc:Telephone"),
        contact_email=_text(party, "cac:Contact/cbc:ElectronicMail"),
    )


def _lines(root: _Element, credit: bool) -> tuple[InvoiceLine, ...]:
    tag, quantity = (
        ("cac:CreditNoteLine", "cbc:CreditedQuantity")
        if credit
        else ("cac:InvoiceLine", "cbc:InvoicedQuantity")
    )
    category = "cac:Item/cac:ClassifiedTaxCategory/"
    return tuple(
        InvoiceLine(
            id=_text(line, "cbc:ID"),
            name=_text(line, "cac:Item/cbc:Name"),
            quantity=_decimal(line, quantity),
            unit_code=_text(line, f"{quantity}/@unitCode"),
            net_price=_decimal(line, "cac:Price/cbc:PriceAmount"),
            net_amount=_decimal(line, "cbc:LineExtensionAmount"),
            vat_category=_category(_text(line, category + "cbc:ID")),
            vat_rate=_decimal(line, category + "cbc:Percent"),
        )
        for line in _all(root, tag)
    )


def _vat(root: _Element) -> tuple[VatBreakdown, ...]:
    category = "cac:TaxCategory/"
    return tuple(
        VatBreakdown(
            category=_category(_text(subtotal, category + "cbc:ID")),
            rate=_decimal(subtotal, category + "cbc:Percent"),
            taxable=_decimal(subtotal, "cbc:TaxableAmount"),
            tax=_decimal(subtotal, "cbc:TaxAmount"),
            exemption_code=_text(subtotal, category + "cbc:TaxExemptionReasonCode"),
            exemption_reason=_text(subtotal, category + "cbc:TaxExemptionReason"),
        )
        for subtotal in _all(root, "cac:TaxTotal/cac:TaxSubtotal")
    )


def _totals(root: _Element, currency: str) -> DocumentTotals:
    summation = "cac:LegalMonetaryTotal/cbc:"
    return DocumentTotals(
        line_total=_decimal(root, summation + "LineExtensionAmount"),
        tax_basis=_decimal(root, summation + "TaxExclusiveAmount"),
        tax_total=_decimal(root, f"cac:TaxTotal/cbc:TaxAmount[@currencyID='{currency}']"),
        grand_total=_decimal(root, summation + "TaxInclusiveAmount"),
        due=_decimal(root, summation + "PayableAmount"),
    )


def _tax_currency(root: _Element, currency: str) -> dict[str, Any]:
    """BT-6 and BT-111, when the VAT is accounted in another currency than the invoice's."""
    tax_currency = _text(root, "cbc:TaxCurrencyCode")
    if not tax_currency or tax_currency == currency:
        return {}
    path = f"cac:TaxTotal/cbc:TaxAmount[@currencyID='{tax_currency}']"
    found = _text(root, path)
    return {
        "tax_currency": tax_currency,
        "tax_total_in_tax_currency": _decimal(root, path) if found else None,
    }


def _payment(root: _Element) -> Payment:
    means = "cac:PaymentMeans/"
    account = means + "cac:PayeeFinancialAccount/"
    return Payment(
        means_code=_text(root, means + "cbc:PaymentMeansCode"),
        iban=_text(root, account + "cbc:ID"),
        bic=_text(root, account + "cac:FinancialInstitutionBranch/cbc:ID"),
        account_name=_text(root, account + "cbc:Name"),
        reference=_text(root, means + "cbc:PaymentID"),
    )


def _root(xml: bytes) -> _Element:
    try:
        root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        raise CiiReadError(f"not well-formed XML: {exc}") from exc
    if root.tag not in (f"{{{INVOICE}}}Invoice", f"{{{CREDIT_NOTE}}}CreditNote"):
        raise CiiReadError(f"the root element is {root.tag}, not a UBL Invoice or CreditNote")
    return root


def from_ubl(xml: bytes) -> EInvoice:
    """The e-invoice in ``xml``."""
    root = _root(xml)
    credit = root.tag.endswith("CreditNote")
    issue_date = _date(root, "cbc:IssueDate")
    if issue_date is None:
        raise CiiReadError("the invoice has no issue date (BT-2)")
    currency = _text(root, "cbc:DocumentCurrencyCode")
    preceding = "cac:BillingReference/cac:InvoiceDocumentReference/"
    due = "cac:PaymentMeans/cbc:PaymentDueDate" if credit else "cbc:DueDate"
    return EInvoice(
        number=_text(root, "cbc:ID"),
        issue_date=issue_date,
        type_code=_text(root, "cbc:CreditNoteTypeCode" if credit else "cbc:InvoiceTypeCode"),
        currency=currency,
        seller=_party(root, "AccountingSupplierParty"),
        buyer=_party(root, "AccountingCustomerParty"),
        lines=_lines(root, credit),
        vat=_vat(root),
        totals=_totals(root, currency),
        **_tax_currency(root, currency),
        payment=_payment(root),
        due_date=_date(root, due),
        payment_terms=_text(root, "cac:PaymentTerms/cbc:Note"),
        buyer_reference=_text(root, "cbc:BuyerReference"),
        order_reference=_text(root, "cac:OrderReference/cbc:ID"),
        preceding_number=_text(root, preceding + "cbc:ID"),
        preceding_date=_date(root, preceding + "cbc:IssueDate"),
        note=_text(root, "cbc:Note"),
        delivery_date=_date(root, "cac:Delivery/cbc:ActualDeliveryDate"),
    )

"""An e-invoice as OASIS UBL 2.1: an ``Invoice`` (380) or a ``CreditNote`` (381, which names the
invoice it corrects, BT-25), for XRechnung 3.0 UBL, Peppol BIS Billing 3.0 or CIUS-RO (the
customization id, BT-24, says which). Validation: ``validation.validate_ubl``.

Elements come in the order the UBL 2.1 schema's sequences require.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from lxml import etree

from ledgerpost.domain import einvoice_ro as ro
from ledgerpost.domain.documents import canonical_decimal
from ledgerpost.domain.einvoice import (
    PEPPOL_PROCESS,
    EInvoice,
    InvoiceLine,
    Profile,
    TradeParty,
    VatBreakdown,
)
from ledgerpost.domain.money import minor_units

INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"

_Element = etree._Element


class UblFlavour(StrEnum):
    """The CIUS a UBL e-invoice follows."""

    XRECHNUNG = "xrechnung-ubl"
    PEPPOL = "peppol-ubl"
    CIUSRO = "ciusro-ubl"

    @property
    def customization(self) -> str:
        """BT-24."""
        return CUSTOMIZATIONS[self]

    @property
    def profile(self) -> Profile:
        """The fields the ledger's check asks for (Peppol's extra rules are the schematron's)."""
        return Profile.XRECHNUNG if self is UblFlavour.XRECHNUNG else Profile.EN16931


CUSTOMIZATIONS = {
    UblFlavour.XRECHNUNG: "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0",
    UblFlavour.PEPPOL: "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0",
    UblFlavour.CIUSRO: ro.CUSTOMIZATION,
}


def _sub(parent: _Element, tag: str, text: str | None = None, **attributes: str) -> _Element:
    prefix, name = tag.split(":")
    element = etree.SubElement(parent, f"{{{CAC if prefix == 'cac' else CBC}}}{name}", attributes)
    if text is not None:
        element.text = text
    return element


def _amount(parent: _Element, tag: str, value: Decimal, currency: str) -> None:
    places = min(minor_units(currency), 2)
    _sub(parent, tag, f"{value:.{places}f}", currencyID=currency)


def _day(value: dt.date) -> str:
    return value.isoformat()


def to_ubl(invoice: EInvoice, flavour: UblFlavour = UblFlavour.PEPPOL) -> bytes:
    """The UBL XML of ``invoice`` (UTF-8, with its declaration)."""
    credit = invoice.is_credit_note
    root_ns = CREDIT_NOTE if credit else INVOICE
    root = etree.Element(
        f"{{{root_ns}}}{'CreditNote' if credit else 'Invoice'}",
        nsmap={None: root_ns, "cac": CAC, "cbc": CBC},  # type: ignore[dict-item]
    )
    _sub(root, "cbc:CustomizationID", flavour.customization)
    _sub(root, "cbc:ProfileID", PEPPOL_PROCESS)
    _sub(root, "cbc:ID", invoice.number)
    _sub(root, "cbc:IssueDate", _day(invoice.issue_date))
    if invoice.due_date and not credit:
        _sub(root, "cbc:DueDate", _day(invoice.due_date))
    _sub(root, "cbc:CreditNoteTypeCode" if credit else "cbc:InvoiceTypeCode", invoice.type_code)
    if invoice.note:
        _sub(root, "cbc:Note", invoice.note)
    _sub(root, "cbc:DocumentCurrencyCode", invoice.currency)
    if invoice.tax_currency:  # BT-6
        _sub(root, "cbc:TaxCurrencyCode", invoice.tax_currency)
    if invoice.buyer_reference:
        _sub(root, "cbc:BuyerReference", invoice.buyer_reference)
    if invoice.order_reference:
        _sub(_sub(root, "cac:OrderReference"), "cbc:ID", invoice.order_reference)
    if invoice.preceding_number:
        preceding = _sub(_sub(root, "cac:BillingReference"), "cac:InvoiceDocumentReference")
        _sub(preceding, "cbc:ID", invoice.preceding_number)
        if invoice.preceding_date:
            _sub(preceding, "cbc:IssueDate", _day(invoice.preceding_date))
    romanian = flavour is UblFlavour.CIUSRO
    _party(_sub(root, "cac:AccountingSupplierParty"), invoice.seller, romanian)
    _party(_sub(root, "cac:AccountingCustomerParty"), invoice.buyer, romanian)
    if invoice.delivery_date is not None:
        _sub(_sub(root, "cac:Delivery"), "cbc:ActualDeliveryDate", _day(invoice.delivery_date))
    _payment(root, invoice)
    _taxes(root, invoice)
    _totals(root, invoice)
    for line in invoice.lines:
        _line(root, line, invoice.currency, credit)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _party(holder: _Element, party: TradeParty, romanian: bool = False) -> None:
    """BG-4 or BG-7; for CIUS-RO with the county (BT-39/BT-54) and Bucharest's sector."""
    element = _sub(holder, "cac:Party")
    if party.electronic_address:
        _sub(element, "cbc:EndpointID", party.electronic_address, schemeID=party.electronic_scheme)
    _sub(_sub(element, "cac:PartyName"), "cbc:Name", party.name)
    address = _sub(element, "cac:PostalAddress")
    for tag, value in (
        ("cbc:StreetName", party.street),
        ("cbc:CityName", ro.city(party) if romanian else party.city),
        ("cbc:PostalZone", party.postal_code),
        ("cbc:CountrySubentity", ro.county(party) if romanian else ""),
    ):
        if value:
            _sub(address, tag, value)
    _sub(_sub(address, "cac:Country"), "cbc:IdentificationCode", party.country_code)
    if party.vat_id:
        scheme = _sub(element, "cac:PartyTaxScheme")
        _sub(scheme, "cbc:CompanyID", party.vat_id)
        _sub(_sub(scheme, "cac:TaxScheme"), "cbc:ID", "VAT")
    legal = _sub(element, "cac:PartyLegalEntity")
    _sub(legal, "cbc:RegistrationName", party.name)
    if party.legal_id:
        _sub(legal, "cbc:CompanyID", party.legal_id)
    if party.contact_name or party.contact_phone or party.contact_email:
        contact = _sub(element, "cac:Contact")
        for tag, value in (
            ("cbc:Name", party.contact_name),
            ("cbc:Telephone", party.contact_phone),
            ("cbc:ElectronicMail", party.contact_email),
        ):
            if value:
                _sub(contact, tag, value)


def _payment(root: _Element, invoice: EInvoice) -> None:
    payment = invoice.payment
    means = _sub(root, "cac:PaymentMeans")
    _sub(means, "cbc:PaymentMeansCode", payment.means_code)
    if invoice.is_credit_note and invoice.due_date:
        _sub(means, "cbc:PaymentDueDate", _day(invoice.due_date))
    if payment.reference:
        _sub(means, "cbc:PaymentID", payment.reference)
    if payment.iban:
        account = _sub(means, "cac:PayeeFinancialAccount")
        _sub(account, "cbc:ID", payment.iban)
        if payment.account_name:
            _sub(account, "cbc:Name", payment.account_name)
        if payment.bic:
            _sub(_sub(account, "cac:FinancialInstitutionBranch"), "cbc:ID", payment.bic)
    if invoice.payment_terms:
        _sub(_sub(root, "cac:PaymentTerms"), "cbc:Note", invoice.payment_terms)


def _category(parent: _Element, tag: str, code: str, rate: Decimal) -> _Element:
    category = _sub(parent, tag)
    _sub(category, "cbc:ID", code)
    _sub(category, "cbc:Percent", canonical_decimal(rate))
    return category


def _subtotal(total: _Element, vat: VatBreakdown, currency: str) -> None:
    subtotal = _sub(total, "cac:TaxSubtotal")
    _amount(subtotal, "cbc:TaxableAmount", vat.taxable, currency)
    _amount(subtotal, "cbc:TaxAmount", vat.tax, currency)
    category = _category(subtotal, "cac:TaxCategory", vat.category.value, vat.rate)
    if vat.exemption_code:
        _sub(category, "cbc:TaxExemptionReasonCode", vat.exemption_code)
    if vat.exemption_reason:
        _sub(category, "cbc:TaxExemptionReason", vat.exemption_reason)
    _sub(_sub(category, "cac:TaxScheme"), "cbc:ID", "VAT")


def _taxes(root: _Element, invoice: EInvoice) -> None:
    total = _sub(root, "cac:TaxTotal")
    _amount(total, "cbc:TaxAmount", invoice.totals.tax_total, invoice.currency)
    for vat in invoice.vat:
        _subtotal(total, vat, invoice.currency)
    if invoice.tax_currency and invoice.tax_total_in_tax_currency is not None:  # BT-111
        in_tax_currency = _sub(root, "cac:TaxTotal")
        _amount(
            in_tax_currency,
            "cbc:TaxAmount",
            invoice.tax_total_in_tax_currency,
            invoice.tax_currency,
        )


def _totals(root: _Element, invoice: EInvoice) -> None:
    totals, currency = invoice.totals, invoice.currency
    summation = _sub(root, "cac:LegalMonetaryTotal")
    _amount(summation, "cbc:LineExtensionAmount", totals.line_total, currency)
    _amount(summation, "cbc:TaxExclusiveAmount", totals.tax_basis, currency)
    _amount(summation, "cbc:TaxInclusiveAmount", totals.grand_total, currency)
    _amount(summation, "cbc:PayableAmount", totals.due, currency)


def _line(root: _Element, line: InvoiceLine, currency: str, credit: bool) -> None:
    element = _sub(root, "cac:CreditNoteLine" if credit else "cac:InvoiceLine")
    _sub(element, "cbc:ID", line.id)
    quantity = "cbc:CreditedQuantity" if credit else "cbc:InvoicedQuantity"
    _sub(element, quantity, canonical_decimal(line.quantity), unitCode=line.unit_code)
    _amount(element, "cbc:LineExtensionAmount", line.net_amount, currency)
    item = _sub(element, "cac:Item")
    _sub(item, "cbc:Name", line.name)
    category = _category(item, "cac:ClassifiedTaxCategory", line.vat_category.value, line.vat_rate)
    _sub(_sub(category, "cac:TaxScheme"), "cbc:ID", "VAT")
    price = _sub(element, "cac:Price")
    _sub(price, "cbc:PriceAmount", canonical_decimal(line.net_price), currencyID=currency)

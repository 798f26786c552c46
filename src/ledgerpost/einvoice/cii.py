"""An e-invoice as UN/CEFACT Cross Industry Invoice D16B XML, for the EN 16931 profile or
XRechnung 3.0 (the guideline id, BT-24, says which). The reader is :mod:`.cii_reader`.

Elements come in the order the D16B schema's sequences require.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from lxml import etree

from ledgerpost.domain.documents import canonical_decimal
from ledgerpost.domain.einvoice import (
    PEPPOL_PROCESS,
    EInvoice,
    InvoiceLine,
    Payment,
    Profile,
    TradeParty,
    VatBreakdown,
)
from ledgerpost.domain.money import minor_units

RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
NAMESPACES = {"rsm": RSM, "ram": RAM, "udt": UDT, "qdt": QDT}

_Element = etree._Element


def _sub(parent: _Element, tag: str, text: str | None = None, **attributes: str) -> _Element:
    prefix, name = tag.split(":")
    element = etree.SubElement(parent, f"{{{NAMESPACES[prefix]}}}{name}", attributes)
    if text is not None:
        element.text = text
    return element


def _date(parent: _Element, tag: str, day: dt.date, kind: str = "udt") -> None:
    _sub(_sub(parent, tag), f"{kind}:DateTimeString", day.strftime("%Y%m%d"), format="102")


def _amount(value: Decimal, currency: str) -> str:
    places = min(minor_units(currency), 2)
    return f"{value:.{places}f}"


def _number(value: Decimal) -> str:
    return canonical_decimal(value)


def to_cii(invoice: EInvoice, profile: Profile = Profile.EN16931) -> bytes:
    """The CII XML of ``invoice`` (UTF-8, with its declaration)."""
    root = etree.Element(f"{{{RSM}}}CrossIndustryInvoice", nsmap=NAMESPACES)
    context = _sub(root, "rsm:ExchangedDocumentContext")
    if profile is Profile.XRECHNUNG:
        _sub(
            _sub(context, "ram:BusinessProcessSpecifiedDocumentContextParameter"),
            "ram:ID",
            PEPPOL_PROCESS,
        )
    _sub(
        _sub(context, "ram:GuidelineSpecifiedDocumentContextParameter"), "ram:ID", profile.guideline
    )
    document = _sub(root, "rsm:ExchangedDocument")
    _sub(document, "ram:ID", invoice.number)
    _sub(document, "ram:TypeCode", invoice.type_code)
    _date(document, "ram:IssueDateTime", invoice.issue_date)
    if invoice.note:
        _sub(_sub(document, "ram:IncludedNote"), "ram:Content", invoice.note)
    transaction = _sub(root, "rsm:SupplyChainTradeTransaction")
    for line in invoice.lines:
        _line(transaction, line, invoice.currency)
    _agreement(transaction, invoice)
    delivery = _sub(transaction, "ram:ApplicableHeaderTradeDelivery")
    if invoice.delivery_date is not None:
        _date(
            _sub(delivery, "ram:ActualDeliverySupplyChainEvent"),
            "ram:OccurrenceDateTime",
            invoice.delivery_date,
        )
    _settlement(transaction, invoice)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _line(transaction: _Element, line: InvoiceLine, currency: str) -> None:
    item = _sub(transaction, "ram:IncludedSupplyChainTradeLineItem")
    _sub(_sub(item, "ram:AssociatedDocumentLineDocument"), "ram:LineID", line.id)
    _sub(_sub(item, "ram:SpecifiedTradeProduct"), "ram:Name", line.name)
    agreement = _sub(item, "ram:SpecifiedLineTradeAgreement")
    _sub(
        _sub(agreement, "ram:NetPriceProductTradePrice"),
        "ram:ChargeAmount",
        _number(line.net_price),
    )
    delivery = _sub(item, "ram:SpecifiedLineTradeDelivery")
    _sub(delivery, "ram:BilledQuantity", _number(line.quantity), unitCode=line.unit_code)
    settlement = _sub(item, "ram:SpecifiedLineTradeSettlement")
    tax = _sub(settlement, "ram:ApplicableTradeTax")
    _sub(tax, "ram:TypeCode", "VAT")
    _sub(tax, "ram:CategoryCode", line.vat_category.value)
    _sub(tax, "ram:RateApplicablePercent", _number(line.vat_rate))
    summation = _sub(settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation")
    _sub(summation, "ram:LineTotalAmount", _amount(line.net_amount, currency))


def _contact(element: _Element, party: TradeParty) -> None:
    if not (party.contact_name or party.contact_phone or party.contact_email):
        return
    contact = _sub(element, "ram:DefinedTradeContact")
    if party.contact_name:
        _sub(contact, "ram:PersonName", party.contact_name)
    if party.contact_phone:
        phone = _sub(contact, "ram:TelephoneUniversalCommunication")
        _sub(phone, "ram:CompleteNumber", party.contact_phone)
    if party.contact_email:
        email = _sub(contact, "ram:EmailURIUniversalCommunication")
        _sub(email, "ram:URIID", party.contact_email)


def _address(element: _Element, party: TradeParty) -> None:
    address = _sub(element, "ram:PostalTradeAddress")
    for tag, value in (
        ("ram:PostcodeCode", party.postal_code),
        ("ram:LineOne", party.street),
        ("ram:CityName", party.city),
    ):
        if value:
            _sub(address, tag, value)
    _sub(address, "ram:CountryID", party.country_code)


def _party(parent: _Element, tag: str, party: TradeParty) -> None:
    element = _sub(parent, tag)
    _sub(element, "ram:Name", party.name)
    if party.legal_id:
        _sub(_sub(element, "ram:SpecifiedLegalOrganization"), "ram:ID", party.legal_id)
    _contact(element, party)
    _address(element, party)
    if party.electronic_address:
        uri = _sub(element, "ram:URIUniversalCommunication")
        _sub(uri, "ram:URIID", party.electronic_address, schemeID=party.electronic_scheme)
    if party.vat_id:
        registration = _sub(element, "ram:SpecifiedTaxRegistration")
        _sub(registration, "ram:ID", party.vat_id, schemeID="VA")


def _agreement(transaction: _Element, invoice: EInvoice) -> None:
    agreement = _sub(transaction, "ram:ApplicableHeaderTradeAgreement")
    if invoice.buyer_reference:
        _sub(agreement, "ram:BuyerReference", invoice.buyer_reference)
    _party(agreement, "ram:SellerTradeParty", invoice.seller)
    _party(agreement, "ram:BuyerTradeParty", invoice.buyer)
    if invoice.order_reference:
        order = _sub(agreement, "ram:BuyerOrderReferencedDocument")
        _sub(order, "ram:IssuerAssignedID", invoice.order_reference)


def _tax(settlement: _Element, vat: VatBreakdown, currency: str) -> None:
    tax = _sub(settlement, "ram:ApplicableTradeTax")
    _sub(tax, "ram:CalculatedAmount", _amount(vat.tax, currency))
    _sub(tax, "ram:TypeCode", "VAT")
    if vat.exemption_reason:
        _sub(tax, "ram:ExemptionReason", vat.exemption_reason)
    _sub(tax, "ram:BasisAmount", _amount(vat.taxable, currency))
    _sub(tax, "ram:CategoryCode", vat.category.value)
    if vat.exemption_code:
        _sub(tax, "ram:ExemptionReasonCode", vat.exemption_code)
    _sub(tax, "ram:RateApplicablePercent", _number(vat.rate))


def _means(settlement: _Element, payment: Payment) -> None:
    means = _sub(settlement, "ram:SpecifiedTradeSettlementPaymentMeans")
    _sub(means, "ram:TypeCode", payment.means_code)
    if payment.iban:
        account = _sub(means, "ram:PayeePartyCreditorFinancialAccount")
        _sub(account, "ram:IBANID", payment.iban)
        if payment.account_name:
            _sub(account, "ram:AccountName", payment.account_name)
    if payment.bic:
        bank = _sub(means, "ram:PayeeSpecifiedCreditorFinancialInstitution")
        _sub(bank, "ram:BICID", payment.bic)


def _settlement(transaction: _Element, invoice: EInvoice) -> None:
    currency = invoice.currency
    settlement = _sub(transaction, "ram:ApplicableHeaderTradeSettlement")
    if invoice.payment.reference:
        _sub(settlement, "ram:PaymentReference", invoice.payment.reference)
    if invoice.tax_currency:  # BT-6
        _sub(settlement, "ram:TaxCurrencyCode", invoice.tax_currency)
    _sub(settlement, "ram:InvoiceCurrencyCode", currency)
    _means(settlement, invoice.payment)
    for vat in invoice.vat:
        _tax(settlement, vat, currency)
    if invoice.payment_terms or invoice.due_date:
        terms = _sub(settlement, "ram:SpecifiedTradePaymentTerms")
        if invoice.payment_terms:
            _sub(terms, "ram:Description", invoice.payment_terms)
        if invoice.due_date:
            _date(terms, "ram:DueDateDateTime", invoice.due_date)
    totals = invoice.totals
    summation = _sub(settlement, "ram:SpecifiedTradeSettlementHeaderMonetarySummation")
    _sub(summation, "ram:LineTotalAmount", _amount(totals.line_total, currency))
    _sub(summation, "ram:TaxBasisTotalAmount", _amount(totals.tax_basis, currency))
    _sub(summation, "ram:TaxTotalAmount", _amount(totals.tax_total, currency), currencyID=currency)
    if invoice.tax_currency and invoice.tax_total_in_tax_currency is not None:  # BT-111
        in_tax_currency = _amount(invoice.tax_total_in_tax_currency, invoice.tax_currency)
        _sub(summation, "ram:TaxTotalAmount", in_tax_currency, currencyID=invoice.tax_currency)
    _sub(summation, "ram:GrandTotalAmount", _amount(totals.grand_total, currency))
    _sub(summation, "ram:DuePayableAmount", _amount(totals.due, currency))
    if invoice.preceding_number:
        preceding = _sub(settlement, "ram:InvoiceReferencedDocument")
        _sub(preceding, "ram:IssuerAssignedID", invoice.preceding_number)
        if invoice.preceding_date:
            _date(preceding, "ram:FormattedIssueDateTime", invoice.preceding_date, "qdt")

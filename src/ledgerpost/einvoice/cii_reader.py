"""A CII D16B invoice read back into the domain value, for round trips and a later import.

Only what :class:`~ledgerpost.domain.einvoice.EInvoice` holds is read; the rest of a foreign
invoice is ignored. Malformed XML raises :class:`CiiReadError`.
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
    Profile,
    TradeParty,
    VatBreakdown,
    VatCategory,
)
from ledgerpost.einvoice.cii import NAMESPACES

_Element = etree._Element
_SETTLEMENT = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/"
_AGREEMENT = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/"


class CiiReadError(ValueError):
    """The bytes are not a CII invoice this reader understands."""


def _text(element: _Element, path: str) -> str:
    found = element.xpath(f"string({path})", namespaces=NAMESPACES)
    return str(found).strip()


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
        return dt.datetime.strptime(text, "%Y%m%d").date()
    except ValueError as exc:
        raise CiiReadError(f"{path}: {text!r} is not a date of format 102") from exc


def _all(element: _Element, path: str) -> list[_Element]:
    found = element.xpath(path, namespaces=NAMESPACES)
    return [e for e in found if isinstance(e, etree._Element)] if isinstance(found, list) else []


def _one(element: _Element, path: str) -> _Element | None:
    found = element.xpath(path, namespaces=NAMESPACES)
    first = found[0] if isinstance(found, list) and found else None
    return first if isinstance(first, etree._Element) else None


def _party(element: _Element | None) -> TradeParty:
    if element is None:
        return TradeParty(name="")
    contact = "ram:DefinedTradeContact/"
    address = "ram:PostalTradeAddress/"
    return TradeParty(
        name=_text(element, "ram:Name"),
        vat_id=_text(element, "ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']"),
        legal_id=_text(element, "ram:SpecifiedLegalOrganization/ram:ID"),
        street=_text(element, address + "ram:LineOne"),
        postal_code=_text(element, address + "ram:PostcodeCode"),
        city=_text(element, address + "ram:CityName"),
        country_code=_text(element, address + "ram:CountryID"),
        electronic_address=_text(element, "ram:URIUniversalCommunication/ram:URIID"),
        electronic_scheme=_text(element, "ram:URIUniversalCommunication/ram:URIID/@schemeID"),
        contact_name=_text(element, contact + "ram:PersonName"),
        contact_phone=_text(
            element, contact + "ram:TelephoneUniversalCommunication/ram:CompleteNumber"
        ),
        contact_email=_text(element, contact + "ram:EmailURIUniversalCommunication/ram:URIID"),
    )


def _category(text: str) -> VatCategory:
    try:
        return VatCategory(text)
    except ValueError as exc:
        raise CiiReadError(f"VAT category {text!r} is not one LedgerPost issues") from exc


def _lines(root: _Element) -> tuple[InvoiceLine, ...]:
    items = root.xpath(
        "rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem",
        namespaces=NAMESPACES,
    )
    assert isinstance(items, list)
    tax = "ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/"
    return tuple(
        InvoiceLine(
            id=_text(item, "ram:AssociatedDocumentLineDocument/ram:LineID"),
            name=_text(item, "ram:SpecifiedTradeProduct/ram:Name"),
            quantity=_decimal(item, "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity"),
            unit_code=_text(item, "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity/@unitCode"),
            net_price=_decimal(
                item,
                "ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount",
            ),
            net_amount=_decimal(
                item,
                "ram:SpecifiedLineTradeSettlement/"
                "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount",
            ),
            vat_category=_category(_text(item, tax + "ram:CategoryCode")),
            vat_rate=_decimal(item, tax + "ram:RateApplicablePercent"),
        )
        for item in items
        if isinstance(item, etree._Element)
    )


def _vat(root: _Element) -> tuple[VatBreakdown, ...]:
    taxes = root.xpath(_SETTLEMENT + "ram:ApplicableTradeTax", namespaces=NAMESPACES)
    assert isinstance(taxes, list)
    return tuple(
        VatBreakdown(
            category=_category(_text(tax, "ram:CategoryCode")),
            rate=_decimal(tax, "ram:RateApplicablePercent"),
            taxable=_decimal(tax, "ram:BasisAmount"),
            tax=_decimal(tax, "ram:CalculatedAmount"),
            exemption_code=_text(tax, "ram:ExemptionReasonCode"),
            exemption_reason=_text(tax, "ram:ExemptionReason"),
        )
        for tax in taxes
        if isinstance(tax, etree._Element)
    )


_SUMMATION = _SETTLEMENT + "ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:"


def _tax_total(root: _Element, currency: str) -> Decimal:
    """BT-110 (or, in the VAT accounting currency, BT-111): the TaxTotalAmount in
    ``currency``, else the one without a currency."""
    path = _SUMMATION + "TaxTotalAmount"
    found = [e for e in _all(root, path) if e.get("currencyID") in (currency, None)]
    exact = [e for e in found if e.get("currencyID") == currency] or found
    if not exact:
        return Decimal(0)
    try:
        return Decimal((exact[0].text or "0").strip())
    except InvalidOperation as exc:
        raise CiiReadError(f"{path}: {exact[0].text!r} is not a number") from exc


def _totals(root: _Element, currency: str) -> DocumentTotals:
    summation = _SUMMATION
    return DocumentTotals(
        line_total=_decimal(root, summation + "LineTotalAmount"),
        tax_basis=_decimal(root, summation + "TaxBasisTotalAmount"),
        tax_total=_tax_total(root, currency),
        grand_total=_decimal(root, summation + "GrandTotalAmount"),
        due=_decimal(root, summation + "DuePayableAmount"),
    )


def _payment(root: _Element) -> Payment:
    means = _SETTLEMENT + "ram:SpecifiedTradeSettlementPaymentMeans/"
    return Payment(
        means_code=_text(root, means + "ram:TypeCode"),
        iban=_text(root, means + "ram:PayeePartyCreditorFinancialAccount/ram:IBANID"),
        bic=_text(root, means + "ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID"),
        account_name=_text(root, means + "ram:PayeePartyCreditorFinancialAccount/ram:AccountName"),
        reference=_text(root, _SETTLEMENT + "ram:PaymentReference"),
    )


def profile_of(xml: bytes) -> Profile | None:
    """The profile a CII invoice claims (BT-24), None when it is neither of ours."""
    guideline = _text(
        _root(xml),
        "rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID",
    )
    return next((p for p in Profile if p.guideline == guideline), None)


def _root(xml: bytes) -> _Element:
    try:
        root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        raise CiiReadError(f"not well-formed XML: {exc}") from exc
    if root.tag != f"{{{NAMESPACES['rsm']}}}CrossIndustryInvoice":
        raise CiiReadError(f"the root element is {root.tag}, not rsm:CrossIndustryInvoice")
    return root


def from_cii(xml: bytes) -> EInvoice:
    """The e-invoice in ``xml``."""
    root = _root(xml)
    document = "rsm:ExchangedDocument/"
    issue_date = _date(root, document + "ram:IssueDateTime/udt:DateTimeString")
    currency = _text(root, _SETTLEMENT + "ram:InvoiceCurrencyCode")
    if issue_date is None:
        raise CiiReadError("the invoice has no issue date (BT-2)")
    preceding = _SETTLEMENT + "ram:InvoiceReferencedDocument/"
    terms = _SETTLEMENT + "ram:SpecifiedTradePaymentTerms/"
    return EInvoice(
        number=_text(root, document + "ram:ID"),
        issue_date=issue_date,
        type_code=_text(root, document + "ram:TypeCode"),
        currency=currency,
        seller=_party(_one(root, _AGREEMENT + "ram:SellerTradeParty")),
        buyer=_party(_one(root, _AGREEMENT + "ram:BuyerTradeParty")),
        lines=_lines(root),
        vat=_vat(root),
        totals=_totals(root, currency),
        payment=_payment(root),
        due_date=_date(root, terms + "ram:DueDateDateTime/udt:DateTimeString"),
        payment_terms=_text(root, terms + "ram:Description"),
        buyer_reference=_text(root, _AGREEMENT + "ram:BuyerReference"),
        order_reference=_text(
            root, _AGREEMENT + "ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID"
        ),
        preceding_number=_text(root, preceding + "ram:IssuerAssignedID"),
        preceding_date=_date(root, preceding + "ram:FormattedIssueDateTime/qdt:DateTimeString"),
        note=_text(root, document + "ram:IncludedNote/ram:Content"),
        delivery_date=_date(
            root,
            "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery/"
            "ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString",
        ),
        **_tax_currency(root, currency),
    )


def _tax_currency(root: _Element, currency: str) -> dict[str, Any]:
    """BT-6 and BT-111, when the VAT is accounted in another currency than the invoice's."""
    tax_currency = _text(root, _SETTLEMENT + "ram:TaxCurrencyCode")
    if not tax_currency or tax_currency == currency:
        return {}
    totals = _all(root, _SUMMATION + "TaxTotalAmount")
    in_it = any(e.get("currencyID") == tax_currency for e in totals)
    return {
        "tax_currency": tax_currency,
        "tax_total_in_tax_currency": _tax_total(root, tax_currency) if in_it else None,
    }

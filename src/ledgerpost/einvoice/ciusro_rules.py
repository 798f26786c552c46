"""LedgerPost's own check of a UBL invoice against the national rules of CIUS-RO 1.0.1
(BR-RO-*), as published with RO e-Factura's validation artefacts.

The official schematron is not in any package this product can install, so the rules that
concern what an invoice of ours or a supplier's carries are written here as XPath tests (the
length rules for fields LedgerPost writes, the required addresses, the county and sector code
lists, the buyer's and seller's ids, currency, type codes and BT-24). Each failure is fatal,
as the official rules flag them.
"""

from __future__ import annotations

from lxml import etree

from ledgerpost.domain.einvoice_ro import COUNTIES, CUSTOMIZATION, SECTORS
from ledgerpost.einvoice.ubl import CAC, CBC
from ledgerpost.einvoice.validation import RuleFailure, RuleSet

_NS = {"cac": CAC, "cbc": CBC}
COUNTY_CODES = frozenset(COUNTIES.values()) | {"RO-B"}
SELLER = "cac:AccountingSupplierParty/cac:Party/"
BUYER = "cac:AccountingCustomerParty/cac:Party/"

LENGTHS: tuple[tuple[str, str, int, str], ...] = (
    ("BR-RO-L155", "cbc:ID", 200, "Invoice number (BT-1)"),
    ("BR-RO-L0201", SELLER + "cac:PostalAddress/cbc:PostalZone", 20, "Seller post code (BT-38)"),
    ("BR-RO-L0202", BUYER + "cac:PostalAddress/cbc:PostalZone", 20, "Buyer post code (BT-53)"),
    ("BR-RO-L0501", SELLER + "cac:PostalAddress/cbc:CityName", 50, "Seller city (BT-37)"),
    ("BR-RO-L0502", BUYER + "cac:PostalAddress/cbc:CityName", 50, "Buyer city (BT-52)"),
    ("BR-RO-L1004", SELLER + "cac:Contact/cbc:Name", 100, "Seller contact point (BT-41)"),
    ("BR-RO-L1005", SELLER + "cac:Contact/cbc:Telephone", 100, "Seller telephone (BT-42)"),
    ("BR-RO-L1006", SELLER + "cac:Contact/cbc:ElectronicMail", 100, "Seller email (BT-43)"),
    (
        "BR-RO-L201",
        SELLER + "cac:PartyLegalEntity/cbc:RegistrationName",
        200,
        "Seller name (BT-27)",
    ),
    ("BR-RO-L203", BUYER + "cac:PartyLegalEntity/cbc:RegistrationName", 200, "Buyer name (BT-44)"),
    ("BR-RO-L301", "cac:PaymentTerms/cbc:Note", 300, "Payment terms (BT-20)"),
    ("BR-RO-L140", "cac:PaymentMeans/cbc:PaymentID", 140, "Remittance information (BT-83)"),
    (
        "BR-RO-L208",
        "cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:Name",
        200,
        "Payment account name (BT-85)",
    ),
)
"""Rule id, path from the root, the most characters and what it is."""


def _text(root: etree._Element, path: str) -> str:
    return " ".join(str(root.xpath(f"string({path})", namespaces=_NS)).split())


def _all(root: etree._Element, path: str) -> list[etree._Element]:
    found = root.xpath(path, namespaces=_NS)
    assert isinstance(found, list)
    return [e for e in found if isinstance(e, etree._Element)]


def _failure(rule: str, text: str, location: str = "/") -> RuleFailure:
    return RuleFailure(rule, "fatal", f"[{rule}] {text}", location, RuleSet.CIUSRO)


def _head(root: etree._Element) -> list[RuleFailure]:
    found = []
    if _text(root, "cbc:CustomizationID") != CUSTOMIZATION:
        found.append(
            _failure("BR-RO-001", f"The specification identifier (BT-24) must be {CUSTOMIZATION}.")
        )
    if not any(c.isdigit() for c in _text(root, "cbc:ID")):
        found.append(
            _failure("BR-RO-010", "Invoice number (BT-1) must include at least one digit (0-9).")
        )
    invoice_type = _text(root, "cbc:InvoiceTypeCode")
    credit_type = _text(root, "cbc:CreditNoteTypeCode")
    if (invoice_type and invoice_type not in ("380", "384", "389", "751")) or (
        credit_type and credit_type != "381"
    ):
        found.append(
            _failure("BR-RO-020", "The invoice type code (BT-3) must be 380, 384, 389, 751 or 381.")
        )
    currency, vat_currency = (
        _text(root, "cbc:DocumentCurrencyCode"),
        _text(root, "cbc:TaxCurrencyCode"),
    )
    if currency != "RON" and vat_currency != "RON":
        found.append(
            _failure(
                "BR-RO-030",
                "If the invoice currency (BT-5) is not RON, "
                "the VAT accounting currency (BT-6) must be RON.",
            )
        )
    notes = len(_all(root, "cbc:Note"))
    if notes > 20:
        found.append(_failure("BR-RO-A020", f"At most 20 invoice notes (BG-1), not {notes}."))
    return found


def _ids(root: etree._Element) -> list[RuleFailure]:
    found = []
    if not (
        _text(root, SELLER + "cac:PartyTaxScheme/cbc:CompanyID")
        or _text(root, "cac:TaxRepresentativeParty/cac:PartyTaxScheme/cbc:CompanyID")
    ):
        found.append(
            _failure(
                "BR-RO-065",
                "The Seller VAT identifier (BT-31), tax registration identifier (BT-32) "
                "or tax representative VAT identifier (BT-63) shall be present.",
            )
        )
    if not (
        _text(root, BUYER + "cac:PartyTaxScheme/cbc:CompanyID")
        or _text(root, BUYER + "cac:PartyLegalEntity/cbc:CompanyID")
    ):
        found.append(
            _failure(
                "BR-RO-120",
                "The Buyer legal registration identifier (BT-47) and/or "
                "VAT identifier (BT-48) shall be present.",
            )
        )
    return found


def _address(
    root: etree._Element, party: str, rules: tuple[str, ...], who: str, bts: tuple[str, ...]
) -> list[RuleFailure]:
    """Street, city, Bucharest's sector and the county code of the seller's or buyer's address."""
    street_rule, city_rule, sector_rule, county_rule = rules
    street_bt, city_bt, county_bt, country_bt = bts
    address = party + "cac:PostalAddress/"
    where = f"/{party}cac:PostalAddress"
    found = []
    if not _text(root, address + "cbc:StreetName"):
        found.append(
            _failure(street_rule, f"{who} address line 1 ({street_bt}) must be provided.", where)
        )
    city = _text(root, address + "cbc:CityName")
    if not city:
        found.append(_failure(city_rule, f"{who} city ({city_bt}) must be provided.", where))
    if _text(root, address + "cac:Country/cbc:IdentificationCode") != "RO":
        return found
    county = _text(root, address + "cbc:CountrySubentity")
    if county == "RO-B" and city not in SECTORS:
        found.append(
            _failure(
                sector_rule,
                f"If the {who} country code ({country_bt}) is RO and the subdivision "
                f"({county_bt}) is RO-B, the city ({city_bt}) must be one of SECTOR1..SECTOR6.",
                where,
            )
        )
    if county not in COUNTY_CODES:
        found.append(
            _failure(
                county_rule,
                f"If the {who} country code ({country_bt}) is RO, the subdivision "
                f"({county_bt}) must be an ISO 3166-2:RO code, such as RO-B or RO-AB.",
                where,
            )
        )
    return found


def _lengths(root: etree._Element) -> list[RuleFailure]:
    found = [
        _failure(rule, f"The allowed maximum number of characters for the {what} is {limit}.")
        for rule, path, limit, what in LENGTHS
        if len(_text(root, path)) > limit
    ]
    for line in _all(root, "cac:InvoiceLine | cac:CreditNoteLine"):
        if len(_text(line, "cac:Item/cbc:Name")) > 100:
            line_id = _text(line, "cbc:ID")
            found.append(
                _failure(
                    "BR-RO-L1024",
                    f"The Item name (BT-153) of line {line_id} has more than 100 characters.",
                )
            )
    return found


def ciusro_failures(document: etree._ElementTree) -> list[RuleFailure]:
    """The BR-RO rules a UBL Invoice or CreditNote breaks."""
    root = document.getroot()
    return [
        *_head(root),
        *_ids(root),
        *_address(
            root,
            SELLER,
            ("BR-RO-081", "BR-RO-091", "BR-RO-100", "BR-RO-110"),
            "Seller",
            ("BT-35", "BT-37", "BT-39", "BT-40"),
        ),
        *_address(
            root,
            BUYER,
            ("BR-RO-082", "BR-RO-092", "BR-RO-101", "BR-RO-111"),
            "Buyer",
            ("BT-50", "BT-52", "BT-54", "BT-55"),
        ),
        *_lengths(root),
    ]

"""The data of an EN 16931 e-invoice, made from a posted document, its party and the company.

Pure: the XML is :mod:`ledgerpost.einvoice`. Amounts are the ledger's own Decimals, so the
totals equal the ledger's (and the print copy's): VAT is kept per line, rounded, then summed
per rate, as the ledger posts it. EN 16931 computes a category's VAT from its taxable amount
(BR-CO-17) and accepts a deviation of up to one currency unit; a document whose VAT would
deviate more is refused with ``einvoice-vat-rounding`` rather than sent with other totals.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from ledgerpost.domain.documents import Document, DocumentType
from ledgerpost.domain.exchange import to_company
from ledgerpost.domain.money import minor_units, round_money
from ledgerpost.domain.parties import AddressRole, Company, Party, PostalAddress
from ledgerpost.domain.problems import Problem


class Profile(StrEnum):
    """Which rules an e-invoice follows: EN 16931 itself, or XRechnung (its German CIUS)."""

    EN16931 = "en16931"
    XRECHNUNG = "xrechnung"

    @property
    def guideline(self) -> str:
        """BT-24, the specification identifier."""
        return GUIDELINES[self]


GUIDELINES = {
    Profile.EN16931: "urn:cen.eu:en16931:2017",
    Profile.XRECHNUNG: "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0",
}
PEPPOL_PROCESS = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
"""BT-23, the business process; XRechnung asks for it."""

TYPE_CODES: dict[DocumentType, str] = {
    DocumentType.INVOICE: "380",
    DocumentType.CREDIT_NOTE: "381",
}
"""The document types with an e-invoice form and their UNTDID 1001 code (BT-3)."""

UNIT = "C62"
"""UN/ECE Recommendation 20 'one': the ledger keeps no unit per line, so every line is in units."""
CREDIT_TRANSFER = "58"
"""UNTDID 4461 SEPA credit transfer (BT-81)."""

EU_COUNTRIES = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    ]
)


class VatCategory(StrEnum):
    """UNTDID 5305 VAT category codes (BT-118, BT-151): the first four are those the ledger's
    lines map to; the others are read from received invoices only."""

    STANDARD = "S"
    ZERO = "Z"
    REVERSE_CHARGE = "AE"
    EXPORT = "G"
    EXEMPT = "E"
    INTRA_COMMUNITY = "K"
    OUTSIDE_SCOPE = "O"
    CANARY_ISLANDS = "L"
    CEUTA_MELILLA = "M"


EXEMPTIONS: dict[VatCategory, tuple[str, str]] = {
    VatCategory.REVERSE_CHARGE: ("VATEX-EU-AE", "Reverse charge"),
    VatCategory.EXPORT: ("VATEX-EU-G", "Export outside the EU"),
}
"""The exemption reason code (BT-121) and text (BT-120) a category needs."""


@dataclass(frozen=True, slots=True)
class TradeParty:
    """The seller (BG-4) or the buyer (BG-7)."""

    name: str
    vat_id: str = ""
    legal_id: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country_code: str = ""
    electronic_address: str = ""
    electronic_scheme: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    """BG-25: BT-126 id, BT-153 name, BT-129/130 quantity and unit, BT-146 net price (never
    negative: a discount line has a negative quantity), BT-131 net amount, BT-151/152 VAT."""

    id: str
    name: str
    quantity: Decimal
    unit_code: str
    net_price: Decimal
    net_amount: Decimal
    vat_category: VatCategory
    vat_rate: Decimal


@dataclass(frozen=True, slots=True)
class VatBreakdown:
    """BG-23: BT-116 taxable amount, BT-117 tax, BT-118 category, BT-119 rate, BT-120/121."""

    category: VatCategory
    rate: Decimal
    taxable: Decimal
    tax: Decimal
    exemption_code: str = ""
    exemption_reason: str = ""


@dataclass(frozen=True, slots=True)
class DocumentTotals:
    """BG-22: BT-106 lines, BT-109 without VAT, BT-110 VAT, BT-112 with VAT, BT-115 due."""

    line_total: Decimal
    tax_basis: Decimal
    tax_total: Decimal
    grand_total: Decimal
    due: Decimal


@dataclass(frozen=True, slots=True)
class Payment:
    """BG-16: the means (BT-81), the seller's IBAN (BT-84) and BIC (BT-86), BT-83 reference."""

    means_code: str
    iban: str
    bic: str = ""
    account_name: str = ""
    reference: str = ""


@dataclass(frozen=True, slots=True)
class EInvoice:
    """Everything EN 16931 asks of one invoice or credit note, as values."""

    number: str
    issue_date: dt.date
    type_code: str
    currency: str
    seller: TradeParty
    buyer: TradeParty
    lines: tuple[InvoiceLine, ...]
    vat: tuple[VatBreakdown, ...]
    totals: DocumentTotals
    payment: Payment
    due_date: dt.date | None = None
    payment_terms: str = ""
    buyer_reference: str = ""
    order_reference: str = ""
    preceding_number: str = ""
    preceding_date: dt.date | None = None
    note: str = ""
    delivery_date: dt.date | None = None
    """BT-72, the date of supply: German VAT law asks every invoice for it (XRechnung rule
    BR-DE-TMP-32). The ledger records goods and services as supplied on the document's date,
    and the print copy says so."""
    tax_currency: str = ""
    """BT-6, the VAT accounting currency (the company's) when the invoice is in another."""
    tax_total_in_tax_currency: Decimal | None = None
    """BT-111, the VAT total in ``tax_currency``: the invoice's VAT at its rate, as booked."""

    @property
    def is_credit_note(self) -> bool:
        return self.type_code == TYPE_CODES[DocumentType.CREDIT_NOTE]

    def problems(self, profile: Profile = Profile.EN16931) -> list[Problem]:
        """Every required field that is missing, named by its BT id; empty when complete."""
        from ledgerpost.domain.einvoice_checks import einvoice_problems

        return einvoice_problems(self, profile)


def document_problems(document: Document) -> list[Problem]:
    """Why ``document`` has no e-invoice at all: not posted, or a type without the form."""
    if document.type not in TYPE_CODES:
        return [Problem.of("einvoice-type", "document", type=document.type)]
    if not document.is_posted:
        return [Problem.of("not-posted", "document")]
    return []


def vat_category(rate: Decimal, seller: PostalAddress, buyer: PostalAddress) -> VatCategory:
    """A positive rate is standard; 0 % is reverse charge to another EU country, an export
    outside the EU, and zero-rated at home."""
    if rate > 0:
        return VatCategory.STANDARD
    home, there = seller.country_code.upper(), buyer.country_code.upper()
    if there and there != home and there in EU_COUNTRIES:
        return VatCategory.REVERSE_CHARGE
    if there and there not in EU_COUNTRIES:
        return VatCategory.EXPORT
    return VatCategory.ZERO


def _electronic(address: str, scheme: str, fallback_email: str) -> tuple[str, str]:
    if address.strip():
        return address.strip(), scheme.strip() or "EM"
    email = fallback_email.strip()
    if "@" in email and " " not in email:
        return email, "EM"
    return "", ""


def seller_of(company: Company) -> TradeParty:
    address, scheme = _electronic(
        company.electronic_address, company.electronic_scheme, company.sender_address
    )
    return TradeParty(
        name=company.name,
        vat_id=company.vat_number.strip(),
        legal_id=company.registration_number.strip(),
        street=company.address.street,
        postal_code=company.address.postal_code,
        city=company.address.city,
        country_code=company.address.country_code.upper(),
        electronic_address=address,
        electronic_scheme=scheme,
        contact_name=company.sender_name or company.name,
        contact_phone=company.phone,
        contact_email=company.sender_address,
    )


def buyer_of(party: Party) -> TradeParty:
    billing = party.emails_for(AddressRole.BILLING)
    address, scheme = _electronic(
        party.electronic_address, party.electronic_scheme, billing[0] if billing else ""
    )
    return TradeParty(
        name=party.name,
        vat_id=party.vat_number.strip(),
        street=party.address.street,
        postal_code=party.address.postal_code,
        city=party.address.city,
        country_code=party.address.country_code.upper(),
        electronic_address=address,
        electronic_scheme=scheme,
    )


def _lines(document: Document, categories: dict[Decimal, VatCategory]) -> tuple[InvoiceLine, ...]:
    return tuple(
        InvoiceLine(
            id=str(index),
            name=line.description,
            quantity=-line.quantity if line.unit_price < 0 else line.quantity,
            unit_code=UNIT,
            net_price=abs(line.unit_price),
            net_amount=line.net(document.currency),
            vat_category=categories[line.vat_rate],
            vat_rate=line.vat_rate,
        )
        for index, line in enumerate(document.lines, start=1)
    )


def _breakdown(
    document: Document, categories: dict[Decimal, VatCategory]
) -> tuple[VatBreakdown, ...]:
    found = []
    for summary in document.totals.by_rate:
        category = categories[summary.rate]
        code, reason = EXEMPTIONS.get(category, ("", ""))
        found.append(VatBreakdown(category, summary.rate, summary.net, summary.vat, code, reason))
    return tuple(found)


def build_einvoice(
    document: Document, party: Party, company: Company, credited: Document | None = None
) -> EInvoice:
    """The e-invoice of a posted invoice or credit note (``credited``: the invoice it corrects).

    See :func:`document_problems` first: a type without an e-invoice form raises ValueError.
    """
    if document.type not in TYPE_CODES:
        raise ValueError(f"a {document.type.value} has no e-invoice form")
    categories = {
        line.vat_rate: vat_category(line.vat_rate, company.address, party.address)
        for line in document.lines
    }
    totals = document.totals
    due_date = document.due_date or document.date + dt.timedelta(days=company.payment_terms_days)
    number = document.display_number
    return EInvoice(
        number=number,
        issue_date=document.date,
        type_code=TYPE_CODES[document.type],
        currency=document.currency,
        seller=seller_of(company),
        buyer=buyer_of(party),
        lines=_lines(document, categories),
        vat=_breakdown(document, categories),
        totals=DocumentTotals(totals.net, totals.net, totals.vat, totals.gross, totals.gross),
        payment=Payment(
            CREDIT_TRANSFER,
            iban="".join(company.bank_account.split()).upper(),
            bic="".join(company.bank_bic.split()).upper(),
            account_name=company.name,
            reference=number,
        ),
        due_date=due_date,
        payment_terms=f"Payable by {due_date.isoformat()} ({company.payment_terms_days} days).",
        buyer_reference=party.buyer_reference.strip(),
        order_reference=document.reference.strip(),
        preceding_number=credited.display_number if credited is not None else "",
        preceding_date=credited.date if credited is not None else None,
        note=document.notes.strip(),
        delivery_date=document.date,
        **_tax_currency(document, company.currency),
    )


def _tax_currency(document: Document, company_currency: str) -> dict[str, Any]:
    """BT-6 and BT-111 when the invoice is in another currency than the company's books."""
    if document.currency == company_currency or document.rate is None:
        return {}
    return {
        "tax_currency": company_currency,
        "tax_total_in_tax_currency": to_company(
            document.totals.vat, document.rate, company_currency
        ),
    }


def en16931_tax(taxable: Decimal, rate: Decimal, currency: str) -> Decimal:
    """A category's VAT as EN 16931 computes it (BR-CO-17): taxable x rate, rounded once."""
    return round_money(taxable * rate / 100, currency)


def has_cents_beyond_two(currency: str) -> bool:
    """EN 16931 amounts have at most two decimals (BR-DEC-*)."""
    return minor_units(currency) > 2

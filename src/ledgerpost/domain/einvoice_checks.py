"""What an e-invoice lacks before it can go out, each named by its BT id (EN 16931 and the
XRechnung CIUS), as problems: the batch preview skips such documents, the send dialog says why.
"""

from __future__ import annotations

from decimal import Decimal

from ledgerpost.domain.einvoice import (
    EInvoice,
    Profile,
    TradeParty,
    VatCategory,
    en16931_tax,
    has_cents_beyond_two,
)
from ledgerpost.domain.problems import Problem

BR_CO_17_SLACK = Decimal(1)
"""How far a category's VAT may lie from taxable x rate in the CEN rules (BR-CO-17)."""


def _country(code: str) -> str:
    return code if len(code) == 2 and code.isascii() and code.isalpha() else ""


def _missing(checks: list[tuple[str, Problem]]) -> list[Problem]:
    return [problem for value, problem in checks if not value.strip()]


def _seller_problems(seller: TradeParty, xrechnung: bool) -> list[Problem]:
    checks = [
        (seller.vat_id, Problem.of("einvoice-seller-vat", "BT-31")),
        (_country(seller.country_code), Problem.of("einvoice-seller-country", "BT-40")),
    ]
    if xrechnung:
        checks += [
            (seller.city, Problem.of("einvoice-seller-city", "BT-37")),
            (seller.postal_code, Problem.of("einvoice-seller-postcode", "BT-38")),
            (seller.contact_name, Problem.of("einvoice-seller-contact", "BT-41")),
            (seller.contact_phone, Problem.of("einvoice-seller-phone", "BT-42")),
            (seller.contact_email, Problem.of("einvoice-seller-email", "BT-43")),
            (seller.electronic_address, Problem.of("einvoice-seller-address", "BT-34")),
        ]
    return _missing(checks)


def _buyer_problems(buyer: TradeParty, xrechnung: bool) -> list[Problem]:
    checks = [(_country(buyer.country_code), Problem.of("einvoice-buyer-country", "BT-55"))]
    if xrechnung:
        checks += [
            (buyer.city, Problem.of("einvoice-buyer-city", "BT-52")),
            (buyer.postal_code, Problem.of("einvoice-buyer-postcode", "BT-53")),
            (buyer.electronic_address, Problem.of("einvoice-buyer-address", "BT-49")),
        ]
    return _missing(checks)


def einvoice_problems(invoice: EInvoice, profile: Profile = Profile.EN16931) -> list[Problem]:
    """Every required field ``invoice`` lacks for ``profile``; empty when it is complete."""
    xrechnung = profile is Profile.XRECHNUNG
    problems = _seller_problems(invoice.seller, xrechnung)
    problems += _buyer_problems(invoice.buyer, xrechnung)
    reverse = any(v.category is VatCategory.REVERSE_CHARGE for v in invoice.vat)
    if reverse and not invoice.buyer.vat_id:
        problems.append(Problem.of("einvoice-buyer-vat", "BT-48"))
    if xrechnung and not invoice.buyer_reference:
        problems.append(Problem.of("einvoice-buyer-reference", "BT-10"))
    if not invoice.payment.iban:
        problems.append(Problem.of("einvoice-seller-iban", "BT-84"))
    if invoice.is_credit_note and not invoice.preceding_number:
        problems.append(Problem.of("einvoice-preceding", "BT-25"))
    if has_cents_beyond_two(invoice.currency):
        problems.append(Problem.of("einvoice-currency", "BT-5", currency=invoice.currency))
    problems += _rounding_problems(invoice)
    return problems


def _rounding_problems(invoice: EInvoice) -> list[Problem]:
    problems = []
    for vat in invoice.vat:
        expected = en16931_tax(vat.taxable, vat.rate, invoice.currency)
        if abs(expected - vat.tax) > BR_CO_17_SLACK:
            problems.append(
                Problem.of(
                    "einvoice-vat-rounding",
                    "BT-117",
                    rate=vat.rate,
                    ledger=vat.tax,
                    expected=expected,
                )
            )
    return problems


def buyer_problems(
    buyer: TradeParty, buyer_reference: str, profile: Profile = Profile.EN16931
) -> list[Problem]:
    """What the buyer's card lacks for ``profile``, before any document: the party card shows it."""
    problems = _buyer_problems(buyer, profile is Profile.XRECHNUNG)
    if profile is Profile.XRECHNUNG and not buyer_reference.strip():
        problems.append(Problem.of("einvoice-buyer-reference", "BT-10"))
    return problems

"""What an e-invoice lacks before it can go out, each named by its BT id (EN 16931 and the
XRechnung CIUS), as problems: the batch preview skips such documents, the send dialog says why.
"""

from __future__ import annotations

from collections.abc import Callable
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

Check = tuple[str, str, Callable[[TradeParty], str]]

_SELLER: tuple[Check, ...] = (
    ("einvoice-seller-vat", "BT-31", lambda p: p.vat_id),
    ("einvoice-seller-country", "BT-40", lambda p: _country(p.country_code)),
)
_SELLER_XRECHNUNG: tuple[Check, ...] = (
    ("einvoice-seller-city", "BT-37", lambda p: p.city),
    ("einvoice-seller-postcode", "BT-38", lambda p: p.postal_code),
    ("einvoice-seller-contact", "BT-41", lambda p: p.contact_name),
    ("einvoice-seller-phone", "BT-42", lambda p: p.contact_phone),
    ("einvoice-seller-email", "BT-43", lambda p: p.contact_email),
    ("einvoice-seller-address", "BT-34", lambda p: p.electronic_address),
)
_BUYER: tuple[Check, ...] = (("einvoice-buyer-country", "BT-55", lambda p: _country(p.country_code)),)
_BUYER_XRECHNUNG: tuple[Check, ...] = (
    ("einvoice-buyer-city", "BT-52", lambda p: p.city),
    ("einvoice-buyer-postcode", "BT-53", lambda p: p.postal_code),
    ("einvoice-buyer-address", "BT-49", lambda p: p.electronic_address),
)


def _country(code: str) -> str:
    return code if len(code) == 2 and code.isascii() and code.isalpha() else ""


def _missing(party: TradeParty, checks: tuple[Check, ...]) -> list[Problem]:
    return [Problem.of(code, bt) for code, bt, value in checks if not value(party).strip()]


def einvoice_problems(invoice: EInvoice, profile: Profile = Profile.EN16931) -> list[Problem]:
    """Every required field ``invoice`` lacks for ``profile``; empty when it is complete."""
    xrechnung = profile is Profile.XRECHNUNG
    problems = _missing(invoice.seller, _SELLER + (_SELLER_XRECHNUNG if xrechnung else ()))
    problems += _missing(invoice.buyer, _BUYER + (_BUYER_XRECHNUNG if xrechnung else ()))
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

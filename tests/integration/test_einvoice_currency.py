"""An e-invoice in another currency than the seller's books: amounts in the invoice's currency,
and the VAT accounting currency (BT-6) with the VAT total in it (BT-111); it passes the official
rules in CII and UBL alike."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from lxml import etree

from ledgerpost.domain.einvoice import Profile, build_einvoice
from ledgerpost.einvoice.cii import to_cii
from ledgerpost.einvoice.ubl import CBC, UblFlavour, to_ubl
from ledgerpost.einvoice.validation import validate_cii, validate_ubl
from tests.helpers.einvoice_parties import PUBLIC_BUYER, SELLER, posted_invoice
from tests.integration.test_einvoice_ubl import CUSTOMERS, PEPPOL_SELLER

RATE = Decimal("1.0850")  # 1 EUR = 1.0850 USD


def _in_dollars():  # type: ignore[no-untyped-def]
    invoice = posted_invoice()
    return dataclasses.replace(invoice, currency="USD", rate=RATE)


def test_the_vat_in_euros_is_the_vat_in_dollars_at_the_rate() -> None:
    invoice = _in_dollars()
    built = build_einvoice(invoice, PUBLIC_BUYER, SELLER)
    assert built.currency == "USD" and built.tax_currency == "EUR"
    expected = (invoice.totals.vat / RATE).quantize(Decimal("0.01"))
    assert built.tax_total_in_tax_currency == expected
    same = build_einvoice(posted_invoice(), PUBLIC_BUYER, SELLER)
    assert same.tax_currency == "" and same.tax_total_in_tax_currency is None


@pytest.mark.parametrize("profile", [Profile.EN16931, Profile.XRECHNUNG])
def test_cii_names_the_accounting_currency_and_passes(profile: Profile) -> None:
    invoice = _in_dollars()
    xml = to_cii(build_einvoice(invoice, PUBLIC_BUYER, SELLER), profile)
    validation = validate_cii(xml, profile)
    assert validation.fatal == () and validation.valid, validation.failures
    root = etree.fromstring(xml)
    ram = {
        "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
    }
    assert root.findtext(".//ram:TaxCurrencyCode", namespaces=ram) == "EUR"
    totals = {
        t.get("currencyID"): t.text for t in root.iterfind(".//ram:TaxTotalAmount", namespaces=ram)
    }
    assert set(totals) == {"USD", "EUR"}
    assert Decimal(totals["EUR"]) == (invoice.totals.vat / RATE).quantize(Decimal("0.01"))


@pytest.mark.parametrize("flavour", list(CUSTOMERS))
def test_ubl_names_the_accounting_currency_and_passes(flavour: UblFlavour) -> None:
    xml = to_ubl(build_einvoice(_in_dollars(), CUSTOMERS[flavour], PEPPOL_SELLER), flavour)
    validation = validate_ubl(xml)
    assert validation.fatal == () and validation.valid, validation.failures
    root = etree.fromstring(xml)
    assert root.findtext(f"{{{CBC}}}TaxCurrencyCode") == "EUR"
    amounts = [t.get("currencyID") for t in root.iterfind(f"{{*}}TaxTotal/{{{CBC}}}TaxAmount")]
    assert amounts == ["USD", "EUR"]


@pytest.mark.parametrize("form", ["cii", "ubl"])
def test_reading_back_gives_the_accounting_currency_and_the_rate_it_implies(form: str) -> None:
    from ledgerpost.domain.einvoice_import import purchase_draft
    from ledgerpost.einvoice.cii_reader import from_cii
    from ledgerpost.einvoice.ubl_reader import from_ubl

    invoice = _in_dollars()
    if form == "cii":
        back = from_cii(to_cii(build_einvoice(invoice, PUBLIC_BUYER, SELLER), Profile.EN16931))
    else:
        flavour = UblFlavour.PEPPOL
        back = from_ubl(to_ubl(build_einvoice(invoice, CUSTOMERS[flavour], PEPPOL_SELLER), flavour))
    assert back.currency == "USD" and back.tax_currency == "EUR"
    assert back.totals.tax_total == invoice.totals.vat  # BT-110, in dollars
    draft = purchase_draft(back, 7, "EUR")
    assert draft.rate is not None and abs(draft.rate - RATE) < Decimal("0.001")
    assert purchase_draft(back, 7, "USD").rate is None

"""CII XML for EN 16931 and XRechnung: every form passes the schema and the official
schematron, reads back to the same data, and broken invoices fail the rule that says why."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from ledgerpost.domain.einvoice import EInvoice, Profile, build_einvoice
from ledgerpost.einvoice.cii import to_cii
from ledgerpost.einvoice.cii_reader import CiiReadError, from_cii, profile_of
from ledgerpost.einvoice.validation import RuleSet, validate_cii
from tests.helpers.einvoice_parties import (
    PUBLIC_BUYER,
    SELLER,
    posted_credit_note,
    posted_invoice,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "einvoice"
HAND_WRITTEN = sorted(DATA.glob("*.xml"))


def forms() -> dict[str, EInvoice]:
    invoice = posted_invoice()
    return {
        "invoice": build_einvoice(invoice, PUBLIC_BUYER, SELLER),
        "credit-note": build_einvoice(posted_credit_note(invoice), PUBLIC_BUYER, SELLER, invoice),
    }


@pytest.mark.parametrize("profile", list(Profile))
@pytest.mark.parametrize("form", ["invoice", "credit-note"])
def test_each_form_passes_the_official_rules_and_reads_back(form: str, profile: Profile) -> None:
    invoice = forms()[form]
    xml = to_cii(invoice, profile)
    validation = validate_cii(xml, profile)
    assert validation.fatal == ()
    assert validation.valid
    assert profile_of(xml) is profile
    back = from_cii(xml)
    assert back == invoice
    assert back.totals.grand_total == invoice.totals.grand_total


def test_the_xrechnung_rules_run_only_for_xrechnung() -> None:
    invoice = dataclasses.replace(forms()["invoice"], buyer_reference="")
    assert validate_cii(to_cii(invoice, Profile.EN16931), Profile.EN16931).valid
    failed = validate_cii(to_cii(invoice, Profile.XRECHNUNG), Profile.XRECHNUNG)
    assert [(f.rule, f.rules) for f in failed.fatal] == [("BR-DE-15", RuleSet.XRECHNUNG)]


@pytest.mark.parametrize("path", HAND_WRITTEN, ids=[p.stem for p in HAND_WRITTEN])
def test_invoices_written_by_hand_to_the_specs_pass(path: Path) -> None:
    xml = path.read_bytes()
    profile = profile_of(xml)
    assert profile is not None
    assert validate_cii(xml, profile).failures == ()
    invoice = from_cii(xml)
    totals = invoice.totals
    assert sum(line.net_amount for line in invoice.lines) == totals.line_total
    assert sum(v.tax for v in invoice.vat) == totals.tax_total
    assert totals.tax_basis + totals.tax_total == totals.grand_total


def test_there_are_hand_written_invoices_of_both_profiles_and_a_credit_note() -> None:
    read = [from_cii(p.read_bytes()) for p in HAND_WRITTEN]
    profiles = {profile_of(p.read_bytes()) for p in HAND_WRITTEN}
    assert len(read) >= 3 and profiles == set(Profile)
    assert any(i.is_credit_note and i.preceding_number for i in read)


def test_a_wrong_total_fails_the_business_rule() -> None:
    xml = (DATA / "de-domestic-two-rates-en16931.xml").read_bytes()
    broken = xml.replace(b"<ram:GrandTotalAmount>1004.43", b"<ram:GrandTotalAmount>1004.44")
    validation = validate_cii(broken)
    assert not validation.valid
    assert "BR-CO-15" in {f.rule for f in validation.fatal}
    (failure,) = [f for f in validation.fatal if f.rule == "BR-CO-15"]
    assert "BT-112" in failure.text and failure.location.startswith("/")


def test_a_missing_country_fails_the_schema() -> None:
    xml = (DATA / "reverse-charge-ee-to-de-en16931.xml").read_bytes()
    broken = xml.replace(b"<ram:CountryID>DE</ram:CountryID>", b"", 1)
    validation = validate_cii(broken)
    assert RuleSet.SCHEMA in {f.rules for f in validation.fatal}
    assert not validation.valid


def test_xml_that_is_not_well_formed_is_one_fatal_failure() -> None:
    validation = validate_cii(b"<rsm:CrossIndustryInvoice")
    assert [f.rule for f in validation.failures] == ["XML"] and not validation.valid
    with pytest.raises(CiiReadError):
        from_cii(b"<Invoice/>")


@pytest.mark.parametrize("form", ["invoice", "credit-note"])
def test_the_date_of_supply_is_given_so_xrechnung_has_no_warning_of_it(form: str) -> None:
    """German VAT law asks an invoice for the date of supply (BT-72); without it the KoSIT
    rules warn with BR-DE-TMP-32, which becomes an error in later XRechnung releases."""
    invoice = forms()[form]
    assert invoice.delivery_date == invoice.issue_date
    xml = to_cii(invoice, Profile.XRECHNUNG)
    validation = validate_cii(xml, Profile.XRECHNUNG)
    assert [f.rule for f in validation.failures if "TMP-32" in f.rule] == []
    assert from_cii(xml).delivery_date == invoice.issue_date
    without = dataclasses.replace(invoice, delivery_date=None)
    warned = validate_cii(to_cii(without, Profile.XRECHNUNG), Profile.XRECHNUNG)
    assert "BR-DE-TMP-32" in [f.rule for f in warned.failures]

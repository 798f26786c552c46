"""The EN 16931 data of a posted document: parties, lines, VAT breakdown, totals equal to the
ledger's, and every missing required field named by its BT id."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.domain.einvoice import (
    Profile,
    VatCategory,
    build_einvoice,
    document_problems,
    vat_category,
)
from ledgerpost.domain.parties import EInvoiceFormat, Party, PartyKind, PostalAddress
from tests.helpers.einvoice_parties import (
    FRENCH_BUSINESS,
    PUBLIC_BUYER,
    SELLER,
    posted_credit_note,
    posted_invoice,
)


def codes(problems: list) -> list[tuple[str, str]]:
    return [(p.code, p.field) for p in problems]


def test_the_invoice_carries_the_ledgers_totals_and_vat_per_rate() -> None:
    document = posted_invoice()
    invoice = build_einvoice(document, PUBLIC_BUYER, SELLER)
    totals = document.totals
    assert (invoice.number, invoice.type_code, invoice.currency) == ("INV-17", "380", "EUR")
    assert invoice.totals.line_total == invoice.totals.tax_basis == totals.net
    assert invoice.totals.tax_total == totals.vat
    assert invoice.totals.grand_total == invoice.totals.due == totals.gross
    assert [(v.category, v.rate, v.taxable, v.tax) for v in invoice.vat] == [
        (VatCategory.STANDARD, s.rate, s.net, s.vat) for s in totals.by_rate
    ]
    assert sum(line.net_amount for line in invoice.lines) == totals.net
    assert (invoice.order_reference, invoice.buyer_reference) == ("PO-2027-17", "991-01234-44")
    assert invoice.due_date == dt.date(2027, 1, 18)


def test_a_discount_line_has_a_positive_price_and_a_negative_quantity() -> None:
    invoice = build_einvoice(posted_invoice(), PUBLIC_BUYER, SELLER)
    discount = invoice.lines[2]
    assert (discount.quantity, discount.net_price, discount.net_amount) == (
        Decimal(-1),
        Decimal("15.00"),
        Decimal("-15.00"),
    )
    assert [line.id for line in invoice.lines] == ["1", "2", "3"]
    assert {line.unit_code for line in invoice.lines} == {"C62"}


def test_seller_and_buyer_come_from_the_company_and_the_card() -> None:
    invoice = build_einvoice(posted_invoice(), PUBLIC_BUYER, SELLER)
    seller, buyer = invoice.seller, invoice.buyer
    assert (seller.vat_id, seller.country_code, seller.legal_id) == (
        "DE123456789",
        "DE",
        "HRB 98765",
    )
    assert (seller.contact_name, seller.contact_phone, seller.contact_email) == (
        "Anna Muster",
        "+49 30 1234567",
        "rechnung@muster.example",
    )
    assert (seller.electronic_address, seller.electronic_scheme) == (
        "rechnung@muster.example",
        "EM",
    )
    assert (buyer.electronic_address, buyer.electronic_scheme) == ("991-01234-44", "0204")
    assert invoice.payment.iban == "DE02120300000000202051"
    assert (invoice.payment.bic, invoice.payment.means_code) == ("BYLADEM1001", "58")


def test_a_card_without_an_electronic_address_falls_back_to_its_billing_email() -> None:
    invoice = build_einvoice(posted_invoice(), FRENCH_BUSINESS, SELLER)
    assert (invoice.buyer.electronic_address, invoice.buyer.electronic_scheme) == (
        "compta@lumiere.example",
        "EM",
    )


def test_zero_rate_is_reverse_charge_in_the_eu_export_outside_and_zero_rated_at_home() -> None:
    home = PostalAddress(country_code="DE")
    assert vat_category(Decimal(0), home, PostalAddress(country_code="FR")) is (
        VatCategory.REVERSE_CHARGE
    )
    assert vat_category(Decimal(0), home, PostalAddress(country_code="CH")) is VatCategory.EXPORT
    assert vat_category(Decimal(0), home, PostalAddress(country_code="DE")) is VatCategory.ZERO
    assert vat_category(Decimal(19), home, PostalAddress(country_code="FR")) is (
        VatCategory.STANDARD
    )


def test_reverse_charge_carries_its_exemption_reason_and_needs_the_buyers_vat_id() -> None:
    lines = (Line("Consulting", Decimal(8), Decimal(95), Decimal(0)),)
    document = posted_invoice(lines=lines)
    invoice = build_einvoice(document, FRENCH_BUSINESS, SELLER)
    (vat,) = invoice.vat
    assert (vat.category, vat.exemption_code, vat.exemption_reason) == (
        VatCategory.REVERSE_CHARGE,
        "VATEX-EU-AE",
        "Reverse charge",
    )
    assert invoice.problems() == []
    anonymous = dataclasses.replace(FRENCH_BUSINESS, vat_number="")
    assert codes(build_einvoice(document, anonymous, SELLER).problems()) == [
        ("einvoice-buyer-vat", "BT-48")
    ]


def test_a_credit_note_is_type_381_and_names_the_invoice_it_corrects() -> None:
    invoice_document = posted_invoice()
    credit = build_einvoice(
        posted_credit_note(invoice_document), PUBLIC_BUYER, SELLER, invoice_document
    )
    assert (credit.type_code, credit.preceding_number, credit.preceding_date) == (
        "381",
        "INV-17",
        dt.date(2027, 1, 4),
    )
    orphan = build_einvoice(posted_credit_note(invoice_document), PUBLIC_BUYER, SELLER)
    assert codes(orphan.problems()) == [("einvoice-preceding", "BT-25")]


def test_an_empty_company_and_card_name_each_missing_field_by_its_bt_id() -> None:
    bare_company = dataclasses.replace(
        SELLER,
        address=PostalAddress(),
        vat_number="",
        sender_name="",
        sender_address="",
        bank_account="",
        phone="",
    )
    bare_party = Party(PartyKind.CUSTOMER, "Kunde", "de", id=1)
    invoice = build_einvoice(posted_invoice(), bare_party, bare_company)
    assert codes(invoice.problems(Profile.EN16931)) == [
        ("einvoice-seller-vat", "BT-31"),
        ("einvoice-seller-country", "BT-40"),
        ("einvoice-buyer-country", "BT-55"),
        ("einvoice-seller-iban", "BT-84"),
    ]
    assert [field for _, field in codes(invoice.problems(Profile.XRECHNUNG))] == [
        "BT-31", "BT-40", "BT-37", "BT-38", "BT-42", "BT-43", "BT-34",
        "BT-55", "BT-52", "BT-53", "BT-49", "BT-10", "BT-84",
    ]  # fmt: skip


def test_a_complete_public_buyer_has_no_problem_for_xrechnung() -> None:
    invoice = build_einvoice(posted_invoice(), PUBLIC_BUYER, SELLER)
    assert invoice.problems(Profile.XRECHNUNG) == []


def test_vat_rounded_per_line_stays_when_within_the_rules_slack_and_is_refused_beyond() -> None:
    few = tuple(Line(f"Item {i}", Decimal(1), Decimal("0.05"), Decimal(10)) for i in range(8))
    invoice = build_einvoice(posted_invoice(lines=few), PUBLIC_BUYER, SELLER)
    assert (invoice.vat[0].tax, invoice.totals.tax_total) == (Decimal("0.08"), Decimal("0.08"))
    assert invoice.problems() == []  # EN 16931 says 0.04; BR-CO-17 allows one unit either way
    many = tuple(Line(f"Item {i}", Decimal(1), Decimal("0.05"), Decimal(10)) for i in range(300))
    refused = build_einvoice(posted_invoice(lines=many), PUBLIC_BUYER, SELLER)
    (problem,) = refused.problems()
    assert (problem.code, problem.field) == ("einvoice-vat-rounding", "BT-117")
    assert problem.values["ledger"] == Decimal("3.00")
    assert problem.values["expected"] == Decimal("1.50")


def test_only_posted_invoices_and_credit_notes_have_an_e_invoice() -> None:
    quotation = Document(DocumentType.QUOTATION, 1, dt.date(2027, 1, 4), "EUR")
    assert codes(document_problems(quotation)) == [("einvoice-type", "document")]
    draft = Document(DocumentType.INVOICE, 1, dt.date(2027, 1, 4), "EUR")
    assert codes(document_problems(draft)) == [("not-posted", "document")]
    assert document_problems(posted_invoice()) == []


def test_the_format_defaults_to_facturx_for_a_business_and_none_for_a_person() -> None:
    assert FRENCH_BUSINESS.chosen_einvoice_format is EInvoiceFormat.FACTURX
    person = Party(PartyKind.CUSTOMER, "Mari Tamm")
    assert person.chosen_einvoice_format is EInvoiceFormat.NONE
    chosen = dataclasses.replace(person, einvoice_format=EInvoiceFormat.XRECHNUNG_CII)
    assert chosen.chosen_einvoice_format is EInvoiceFormat.XRECHNUNG_CII

"""CIUS-RO (RO e-Factura): a Romanian company's invoice to a Bucharest customer is UBL with the
CIUS-RO specification id, each address's county as ISO 3166-2:RO (from the postal code) and
Bucharest's city as its sector; it passes the schema, CEN's EN 16931 rules and our check of the
BR-RO rules, and a hand-edited file fails the BR-RO rule that says why. What the writer cannot
fill (a postal code that tells no county, another currency than RON) is a problem by BT id."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

from lxml import etree

from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.domain.einvoice import build_einvoice
from ledgerpost.domain.einvoice_ro import CUSTOMIZATION, city, ciusro_problems, county
from ledgerpost.domain.parties import Company, EInvoiceFormat, Party, PartyKind, PostalAddress
from ledgerpost.einvoice.ubl import CAC, CBC, UblFlavour, to_ubl
from ledgerpost.einvoice.validation import RuleSet, ubl_rules, validate_ubl
from ledgerpost.services.einvoice_copies import einvoice_attachment, make_xml
from ledgerpost.services.ledger import Ledger

RO_SELLER = Company(
    name="Exemplu Consultanță SRL",
    currency="RON",
    language="ro",
    address=PostalAddress("Strada Memorandumului 28", "400114", "Cluj-Napoca", "România", "RO"),
    vat_number="RO1234567897",
    registration_number="J12/1234/2020",
    sender_name="Ana Pop",
    sender_address="facturi@exemplu.example",
    bank_account="RO49 AAAA 1B31 0075 9384 0000",
    bank_bic="AAAAROBU",
    phone="+40 264 123 456",
)
RO_BUYER = Party(
    PartyKind.CUSTOMER,
    "Client Exemplu SA",
    "ro",
    vat_number="RO9876543",
    address=PostalAddress("Bulevardul Unirii 1", "030167", "București", "România", "RO"),
    einvoice_format=EInvoiceFormat.CIUSRO_UBL,
)


def invoice(currency: str = "RON") -> Document:
    return Document(
        DocumentType.INVOICE,
        1,
        dt.date(2027, 3, 1),
        currency,
        (Line("Consultanță, oră", Decimal(8), Decimal("250.00"), Decimal(19)),),
        due_date=dt.date(2027, 3, 15),
        id=5,
    ).posted_as("INV", 7)


def ubl(document: Document | None = None, buyer: Party = RO_BUYER) -> bytes:
    einvoice = build_einvoice(document or invoice(), buyer, RO_SELLER)
    assert ciusro_problems(einvoice) == [] or document is not None
    return to_ubl(einvoice, UblFlavour.CIUSRO)


def text(xml: bytes, path: str) -> list[str]:
    root = etree.fromstring(xml)
    return [str(t) for t in root.xpath(path, namespaces={"cac": CAC, "cbc": CBC})]


def test_the_county_comes_from_the_postal_code_and_bucharest_is_a_sector() -> None:
    seller = build_einvoice(invoice(), RO_BUYER, RO_SELLER).seller
    buyer = build_einvoice(invoice(), RO_BUYER, RO_SELLER).buyer
    assert (county(seller), city(seller)) == ("RO-CJ", "Cluj-Napoca")
    assert (county(buyer), city(buyer)) == ("RO-B", "SECTOR3")
    german = dataclasses.replace(buyer, country_code="DE", postal_code="10115")
    assert county(german) == ""


def test_a_ciusro_invoice_passes_the_schema_cen_and_the_br_ro_rules() -> None:
    xml = ubl()
    assert text(xml, "/*/cbc:CustomizationID/text()") == [CUSTOMIZATION]
    assert text(xml, "//cac:PostalAddress/cbc:CountrySubentity/text()") == ["RO-CJ", "RO-B"]
    assert text(xml, "//cac:AccountingCustomerParty//cbc:CityName/text()") == ["SECTOR3"]
    assert ubl_rules(xml) is RuleSet.CIUSRO
    validation = validate_ubl(xml)
    assert validation.failures == ()


def test_a_hand_edited_county_and_sector_fail_their_br_ro_rules() -> None:
    edited = ubl().replace(b"<cbc:CountrySubentity>RO-CJ<", b"<cbc:CountrySubentity>CJ<")
    edited = edited.replace(b"<cbc:CityName>SECTOR3<", b"<cbc:CityName>Bucuresti<")
    validation = validate_ubl(edited)
    assert {f.rule for f in validation.fatal} == {"BR-RO-110", "BR-RO-101"}
    assert all(f.rules is RuleSet.CIUSRO for f in validation.fatal)


def test_what_the_writer_cannot_fill_is_a_problem_by_its_bt_id() -> None:
    no_code = dataclasses.replace(
        RO_BUYER, address=dataclasses.replace(RO_BUYER.address, postal_code="")
    )
    found = ciusro_problems(build_einvoice(invoice("EUR"), no_code, RO_SELLER))
    assert [(p.code, p.field) for p in found] == [
        ("einvoice-ro-buyer-county", "BT-54"),
        ("einvoice-ro-currency", "BT-5"),
    ]
    validation = validate_ubl(
        to_ubl(build_einvoice(invoice("EUR"), no_code, RO_SELLER), UblFlavour.CIUSRO)
    )
    assert {"BR-RO-111", "BR-RO-030"} <= {f.rule for f in validation.fatal}


def test_a_posted_invoice_of_a_ciusro_customer_goes_with_its_xml(tmp_path: Path) -> None:
    books = Ledger.open(str(tmp_path / "ro.sqlite"))
    try:
        books.create_company(RO_SELLER)
        party = books.add_party(RO_BUYER)
        assert party.id is not None
        draft = dataclasses.replace(invoice(), party_id=party.id, id=None)
        draft = dataclasses.replace(draft, state="draft", number=None, series="", fingerprint="")
        posted = books.save_and_post(draft).document
        assert posted.id is not None
        made = make_xml(books, posted.id, EInvoiceFormat.CIUSRO_UBL)
        assert made.ok and made.xml is not None
        attached = einvoice_attachment(books, posted.id)
        assert attached is not None and attached[0].endswith("-ciusro-ubl.xml")
    finally:
        books.close()

"""Received e-invoices become draft purchase invoices: our own CII, UBL and Factur-X files
imported into the buyer's ledger give the lines, totals, number, dates and IBAN they carry and
keep the file; an unknown seller, a number already booked and a file breaking a fatal rule are
refused naming why, and a file breaking only a warning is imported with the warning said."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from ledgerpost.cli.main import main
from ledgerpost.domain.documents import DocumentState, DocumentType
from ledgerpost.domain.einvoice import Profile, build_einvoice
from ledgerpost.domain.parties import Company, EInvoiceFormat, Party, PartyKind, PostalAddress
from ledgerpost.einvoice.cii import to_cii
from ledgerpost.einvoice.ubl import UblFlavour, to_ubl
from ledgerpost.services.einvoice_import import import_einvoice, received_file
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.printing import print_document
from tests.helpers.einvoice_books import post_invoice_and_credit
from tests.helpers.einvoice_parties import FRENCH_BUSINESS, PUBLIC_BUYER, SELLER, posted_invoice

BUYER = Company(
    name="Bezirksamt Beispielstadt",
    currency="EUR",
    language="de",
    address=PostalAddress("Rathausplatz 1", "12345", "Beispielstadt", "Deutschland", "DE"),
    vat_number="DE987654321",
)
TOTAL = Decimal("986.69")
"""The gross of the helpers' invoice: 785 at 19 % (149.15) and 49.10 at 7 % (3.44)."""


@pytest.fixture
def books(ledger_path: Path) -> Ledger:
    books = Ledger.open(str(ledger_path))
    books.create_company(BUYER)
    yield books
    books.close()


def cii(profile: Profile = Profile.XRECHNUNG) -> bytes:
    return to_cii(build_einvoice(posted_invoice(), PUBLIC_BUYER, SELLER), profile)


def peppol_ubl() -> bytes:
    seller = dataclasses.replace(SELLER, electronic_address="DE123456789", electronic_scheme="9930")
    party = dataclasses.replace(
        FRENCH_BUSINESS, electronic_address="FR40303265045", electronic_scheme="9957"
    )
    return to_ubl(build_einvoice(posted_invoice(), party, seller), UblFlavour.PEPPOL)


def facturx_pdf(tmp_path: Path) -> bytes:
    seller_books = Ledger.open(str(tmp_path / "seller.sqlite"))
    try:
        seller_books.create_company(SELLER)
        customer = dataclasses.replace(PUBLIC_BUYER, einvoice_format=EInvoiceFormat.FACTURX)
        invoice_id, _ = post_invoice_and_credit(seller_books, customer)
        return print_document(seller_books, invoice_id).pdf
    finally:
        seller_books.close()


def assert_the_draft(
    books: Ledger, document_id: int, data: bytes, media_type: str, number: str = "INV-17"
) -> None:
    draft = books.document(document_id)
    assert draft.type is DocumentType.PURCHASE_INVOICE and draft.state is DocumentState.DRAFT
    assert (draft.reference, draft.date, draft.due_date) == (
        number,
        dt.date(2027, 1, 4),
        dt.date(2027, 1, 18),
    )
    assert draft.totals.gross == TOTAL and draft.totals.vat == Decimal("152.59")
    assert [(line.vat_rate, line.net("EUR")) for line in draft.lines] == [
        (Decimal(19), Decimal("800.00")),
        (Decimal(7), Decimal("49.10")),
        (Decimal(19), Decimal("-15.00")),
    ]
    assert "IBAN DE02120300000000202051" in draft.notes and "BIC BYLADEM1001" in draft.notes
    kept = received_file(books, document_id)
    assert kept is not None and kept[1:] == (media_type, data)
    supplier = books.party(draft.party_id)
    assert supplier.kind is PartyKind.SUPPLIER
    assert supplier.vat_number.replace(" ", "") == "DE123456789"


def test_our_cii_comes_in_through_the_command_line_with_a_new_supplier(
    books: Ledger, ledger_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    received = tmp_path / "INV-17.xml"
    received.write_bytes(cii())
    argv = ["--db", str(ledger_path), "einvoice", "import", str(received)]
    assert main(argv) == 1
    refused = capsys.readouterr().err
    assert "Muster Beratung GmbH" in refused and "DE123456789" in refused
    assert main([*argv, "--create-supplier"]) == 0
    said = capsys.readouterr().out
    assert "New supplier card: Muster Beratung GmbH" in said and "INV-17" in said
    (draft,) = [p for p in books.documents() if p.type is DocumentType.PURCHASE_INVOICE]
    assert_the_draft(books, draft.id, received.read_bytes(), "application/xml")
    assert main(argv) == 1  # the same number again
    assert f"draft purchase invoice {draft.id}" in capsys.readouterr().err


def test_our_peppol_ubl_finds_the_supplier_card_by_its_vat_id(books: Ledger) -> None:
    card = books.add_party(Party(PartyKind.SUPPLIER, "Muster", vat_number="DE 123 456 789"))
    data = peppol_ubl()
    result = import_einvoice(books, data, "INV-17.xml")
    assert result.problems == () and result.document is not None
    assert result.supplier == card and not result.supplier_created
    assert result.document.id is not None
    assert_the_draft(books, result.document.id, data, "application/xml")
    again = import_einvoice(books, data, "again.xml")
    assert [p.code for p in again.problems] == ["einvoice-import-duplicate-draft"]
    assert again.problems[0].values["draft"] == result.document.id


def test_our_facturx_pdf_is_kept_whole_with_its_draft(books: Ledger, tmp_path: Path) -> None:
    pdf = facturx_pdf(tmp_path)
    result = import_einvoice(books, pdf, "INV-17.pdf", create_supplier=True)
    assert result.problems == () and result.document is not None and result.supplier_created
    assert result.document.id is not None
    assert_the_draft(books, result.document.id, pdf, "application/pdf", "INV-1")


def test_a_hand_edited_total_breaks_a_fatal_rule_and_is_refused(books: Ledger) -> None:
    edited = cii().replace(b"<ram:GrandTotalAmount>986.69", b"<ram:GrandTotalAmount>996.69")
    assert edited != cii()
    result = import_einvoice(books, edited, "edited.xml", create_supplier=True)
    assert result.document is None
    rules = {p.values["rule"] for p in result.problems if p.code == "einvoice-rule"}
    assert "BR-CO-15" in rules
    assert books.parties(PartyKind.SUPPLIER) == []


def test_a_file_breaking_only_a_warning_is_imported_with_it_said(books: Ledger) -> None:
    edited = cii().replace(b"+49 30 1234567", b"on request")
    assert edited != cii()
    result = import_einvoice(books, edited, "warned.xml", create_supplier=True)
    assert result.problems == () and result.document is not None
    assert "BR-DE-27" in {p.values.get("rule") for p in result.warnings}


def test_what_is_no_e_invoice_says_so(books: Ledger) -> None:
    assert [p.code for p in import_einvoice(books, b"<a/>", "a.xml").problems] == ["einvoice-rule"]
    plain = b"%PDF-1.4\n%%EOF\n"
    codes = [p.code for p in import_einvoice(books, plain, "plain.pdf").problems]
    assert codes in (["einvoice-import-unreadable"], ["einvoice-import-no-xml"])


def test_totals_the_lines_do_not_reach_are_refused_naming_bt_112() -> None:
    from ledgerpost.domain.einvoice_import import import_problems, purchase_draft

    invoice = build_einvoice(posted_invoice(), PUBLIC_BUYER, SELLER)
    totals = dataclasses.replace(invoice.totals, grand_total=Decimal(1), due=Decimal(1))
    wrong = dataclasses.replace(invoice, totals=totals)
    found = import_problems(wrong, purchase_draft(wrong, 1))
    assert [(p.code, p.field) for p in found] == [
        ("einvoice-import-total", "BT-112"),
        ("einvoice-import-total", "BT-115"),
    ]

"""The print copy of a customer taking Factur-X: a PDF/A-3 with the EN 16931 CII inside that
the factur-x library accepts, whose XML is the one generated, that still reads as the visible
invoice, and that stays the same bytes when printed again, mailed and resent."""

from __future__ import annotations

import dataclasses
import email
import email.policy
import io
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from ledgerpost.documents.document_pdf import render_document
from ledgerpost.documents.layout import Letterhead
from ledgerpost.domain.einvoice import Profile
from ledgerpost.domain.parties import EInvoiceFormat, PostalAddress
from ledgerpost.einvoice.facturx import PdfInfo, embed, embedded_xml, library_check
from ledgerpost.services import outbox
from ledgerpost.services.einvoice import make_cii
from ledgerpost.services.einvoice_copies import check_pdf, print_copy_check
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.printing import print_document
from ledgerpost.services.sending import SendRequest, queue
from tests.helpers.einvoice_books import post_invoice_and_credit
from tests.helpers.einvoice_parties import FRENCH_BUSINESS, PUBLIC_BUYER, SELLER
from tests.helpers.mail_queue import connected, deliver
from tests.helpers.pdf_reading import pdf_text
from tests.helpers.smtp_server import SmtpTestServer


@pytest.fixture
def books(ledger_path: Path) -> Iterator[Ledger]:
    books = Ledger.open(str(ledger_path))
    books.create_company(SELLER)
    yield books
    books.close()


PARTIES = {
    "facturx": FRENCH_BUSINESS,
    "xrechnung-cii": dataclasses.replace(
        PUBLIC_BUYER, einvoice_format=EInvoiceFormat.XRECHNUNG_CII
    ),
}


@pytest.mark.parametrize("chosen", list(PARTIES))
def test_invoice_and_credit_note_print_as_factur_x(books: Ledger, chosen: str) -> None:
    for document_id in post_invoice_and_credit(books, PARTIES[chosen]):
        copy = print_document(books, document_id)
        assert copy.stored and copy.einvoice_problems == ()
        name, xml = library_check(copy.pdf)  # the factur-x library: found, passes its XSD
        assert name == "factur-x.xml"
        made = make_cii(books, document_id, Profile.EN16931)
        assert xml == made.xml == embedded_xml(copy.pdf)
        check = print_copy_check(books, document_id)
        assert check is not None and check.ok and check.sha256 == copy.sha256
        document = books.document(document_id)
        assert document.display_number in pdf_text(copy.pdf)


def test_the_pdf_carries_what_pdf_a_3_and_factur_x_ask_for(books: Ledger) -> None:
    invoice_id, _ = post_invoice_and_credit(books, FRENCH_BUSINESS)
    pdf = print_document(books, invoice_id).pdf
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    (intent,) = root["/OutputIntents"]
    assert intent["/S"] == "/GTS_PDFA1"
    assert intent["/DestOutputProfile"].get_object().get_data()[36:40] == b"acsp"  # ICC
    (filespec,) = [f.get_object() for f in root["/AF"]]
    assert (filespec["/F"], filespec["/AFRelationship"]) == ("factur-x.xml", "/Alternative")
    xmp = reader.xmp_metadata
    assert xmp is not None
    metadata = xmp.stream.get_data().decode()
    for needed in (
        "<pdfaid:part>3</pdfaid:part>",
        "<pdfaid:conformance>B</pdfaid:conformance>",
        "<fx:DocumentType>INVOICE</fx:DocumentType>",
        "<fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>",
        "<fx:Version>1.0</fx:Version>",
        "<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>",
    ):
        assert needed in metadata
    info = reader.metadata
    assert info is not None
    for key in ("/Title", "/Author", "/Subject", "/Keywords", "/Producer", "/Creator"):
        assert f">{info[key]}<" in metadata, key  # the XMP says what the Info says (PDF/A)
    created = info["/CreationDate"]  # D:YYYYMMDDHHmmSS+hh'mm'
    stamp = f"{created[2:6]}-{created[6:8]}-{created[8:10]}T{created[10:12]}:{created[12:14]}"
    assert f"<xmp:CreateDate>{stamp}" in metadata
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            if descriptor is None:  # a Type0 font: its descendant has the descriptor
                (descendant,) = font.get_object()["/DescendantFonts"]
                descriptor = descendant.get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object()  # embedded TrueType


def test_a_print_copy_is_the_same_bytes_printed_again(books: Ledger) -> None:
    invoice_id, _ = post_invoice_and_credit(books, FRENCH_BUSINESS)
    first = print_document(books, invoice_id)
    again = print_document(books, invoice_id)
    assert again.pdf == first.pdf and again.stored


def test_an_invalid_e_invoice_leaves_a_plain_print_copy_and_says_why(books: Ledger) -> None:
    nowhere = dataclasses.replace(FRENCH_BUSINESS, address=PostalAddress("3 rue de la Paix"))
    invoice_id, _ = post_invoice_and_credit(books, nowhere)
    copy = print_document(books, invoice_id)
    assert copy.stored and embedded_xml(copy.pdf) is None
    assert "einvoice-buyer-country" in [p.code for p in copy.einvoice_problems]
    check = print_copy_check(books, invoice_id)
    assert check is not None and check.xml is None and not check.ok


def test_a_customer_without_e_invoices_gets_the_plain_pdf(books: Ledger) -> None:
    private = dataclasses.replace(FRENCH_BUSINESS, vat_number="")
    invoice_id, _ = post_invoice_and_credit(books, private)
    copy = print_document(books, invoice_id)
    reader = pypdf.PdfReader(io.BytesIO(copy.pdf))
    assert "/OutputIntents" not in reader.trailer["/Root"] and reader.attachments == {}


def test_a_broken_embedded_xml_fails_its_check(books: Ledger) -> None:
    invoice_id, _ = post_invoice_and_credit(books, FRENCH_BUSINESS)
    xml = embedded_xml(print_document(books, invoice_id).pdf)
    assert xml is not None
    document = books.document(invoice_id)
    plain = render_document(document, FRENCH_BUSINESS, Letterhead(SELLER), archival=True)
    broken = xml.replace(b"<ram:TypeCode>380", b"<ram:TypeCode>9")
    check = check_pdf(embed(plain, broken, PdfInfo("Invoice", SELLER.name, "Invoice")))
    assert not check.ok and check.validation is not None
    assert "BR-CL-01" in {f.rule for f in check.validation.fatal}


def test_the_mailed_and_resent_pdf_is_the_stored_print_copy(
    books: Ledger, smtp_server: SmtpTestServer
) -> None:
    invoice_id, _ = post_invoice_and_credit(books, FRENCH_BUSINESS)
    with connected(books, smtp_server):
        first = queue(books, SendRequest(document_id=invoice_id, to="compta@lumiere.example"))
        assert first.queued and first.outbox_id is not None, first
        smtp_server.drop_next(at="data")  # the server read it all and hung up: uncertain
        deliver(books)
        outbox.retry(books, first.outbox_id)  # resent as it was
        deliver(books)
        resend = SendRequest(document_id=invoice_id, to="compta@lumiere.example", resend=True)
        again = queue(books, resend)
        assert again.queued, again
        deliver(books)
    stored = print_document(books, invoice_id)
    (dropped,) = smtp_server.dropped
    assert len(smtp_server.received) == 2
    assert smtp_server.received[0].data == dropped.data
    for received in smtp_server.received:
        message = email.message_from_bytes(received.data, policy=email.policy.default)
        pdfs = [
            part.get_payload(decode=True)
            for part in message.walk()
            if part.get_content_type() == "application/pdf"
        ]
        assert pdfs == [stored.pdf]
        assert library_check(pdfs[0])[0] == "factur-x.xml"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler's pdftoppm is missing")
def test_the_factur_x_page_renders(books: Ledger, tmp_path: Path) -> None:
    invoice_id, _ = post_invoice_and_credit(books, FRENCH_BUSINESS)
    source = tmp_path / "invoice.pdf"
    source.write_bytes(print_document(books, invoice_id).pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(source), str(tmp_path / "p")],
        check=True,
        timeout=120,
    )
    (page,) = tmp_path.glob("p*.png")
    assert page.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and page.stat().st_size > 5000

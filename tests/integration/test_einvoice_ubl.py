"""UBL for XRechnung 3.0 and Peppol BIS Billing 3.0: each document type in each format passes
the UBL 2.1 schema, CEN's EN 16931 rules and the CIUS's own (KoSIT, OpenPeppol); a credit note
is a CreditNote that names its invoice; a broken file fails the rule that says why; a mailed
document of such a customer carries the XML beside the PDF; the command line writes and checks
them, and checks the XML inside a Factur-X PDF."""

from __future__ import annotations

import dataclasses
import email
import email.policy
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from ledgerpost.cli.main import main
from ledgerpost.domain.einvoice import build_einvoice
from ledgerpost.domain.parties import Company, EInvoiceFormat, Party
from ledgerpost.einvoice.ubl import CAC, CBC, UblFlavour, to_ubl
from ledgerpost.einvoice.validation import RuleSet, ubl_rules, validate_ubl
from ledgerpost.services.einvoice_copies import einvoice_attachment, make_xml
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, queue
from tests.helpers.einvoice_books import post_invoice_and_credit
from tests.helpers.einvoice_parties import (
    FRENCH_BUSINESS,
    PUBLIC_BUYER,
    SELLER,
    posted_credit_note,
    posted_invoice,
)
from tests.helpers.mail_queue import connected, deliver
from tests.helpers.smtp_server import SmtpTestServer

PEPPOL_SELLER = dataclasses.replace(
    SELLER, electronic_address="DE123456789", electronic_scheme="9930"
)
"""Peppol takes no email as an endpoint (PEPPOL-EN16931-CL008): the seller's German VAT id."""
CUSTOMERS: dict[UblFlavour, Party] = {
    UblFlavour.XRECHNUNG: dataclasses.replace(
        PUBLIC_BUYER, einvoice_format=EInvoiceFormat.XRECHNUNG_UBL
    ),
    UblFlavour.PEPPOL: dataclasses.replace(
        FRENCH_BUSINESS,
        electronic_address="FR40303265045",
        electronic_scheme="9957",
        buyer_reference="Service compta",
        einvoice_format=EInvoiceFormat.PEPPOL_UBL,
    ),
}
"""The German seller's customers in each UBL format but CIUS-RO (test_einvoice_ciusro)."""


def _forms(flavour: UblFlavour, seller: Company = PEPPOL_SELLER) -> dict[str, bytes]:
    invoice = posted_invoice()
    party = CUSTOMERS[flavour]
    return {
        "invoice": to_ubl(build_einvoice(invoice, party, seller), flavour),
        "credit-note": to_ubl(
            build_einvoice(posted_credit_note(invoice), party, seller, invoice), flavour
        ),
    }


@pytest.mark.parametrize("flavour", list(CUSTOMERS))
@pytest.mark.parametrize("form", ["invoice", "credit-note"])
def test_each_form_passes_the_official_rules(form: str, flavour: UblFlavour) -> None:
    xml = _forms(flavour)[form]
    validation = validate_ubl(xml)
    assert validation.fatal == ()
    cius = {UblFlavour.XRECHNUNG: RuleSet.XRECHNUNG, UblFlavour.PEPPOL: RuleSet.PEPPOL}
    assert ubl_rules(xml) is cius[flavour]  # the CIUS rules are chosen by BT-24


@pytest.mark.parametrize("form", ["invoice", "credit-note"])
def test_the_date_of_supply_is_in_the_delivery_so_xrechnung_has_no_warning(form: str) -> None:
    xml = _forms(UblFlavour.XRECHNUNG)[form]
    root = etree.fromstring(xml)
    assert root.findtext(f"{{{CAC}}}Delivery/{{{CBC}}}ActualDeliveryDate") == root.findtext(
        f"{{{CBC}}}IssueDate"
    )
    assert [f.rule for f in validate_ubl(xml).failures if "TMP-32" in f.rule] == []


def test_a_credit_note_is_a_ubl_credit_note_naming_its_invoice() -> None:
    root = etree.fromstring(_forms(UblFlavour.PEPPOL)["credit-note"])
    assert etree.QName(root).localname == "CreditNote"
    assert root.findtext(f"{{{CBC}}}CreditNoteTypeCode") == "381"
    reference = root.find(f"{{{CAC}}}BillingReference/{{{CAC}}}InvoiceDocumentReference")
    assert reference is not None and reference.findtext(f"{{{CBC}}}ID") == "INV-17"
    assert root.find(f"{{{CAC}}}CreditNoteLine") is not None


def test_broken_files_fail_the_rule_that_says_why() -> None:
    xml = _forms(UblFlavour.PEPPOL)["invoice"]
    wrong_total = xml.replace(b"<cbc:PayableAmount", b"<cbc:PayableAmount x=''", 1)
    assert {f.rule for f in validate_ubl(wrong_total).fatal} == {"XSD"}
    sums = etree.fromstring(xml)
    payable = sums.find(f"{{{CAC}}}LegalMonetaryTotal/{{{CBC}}}TaxInclusiveAmount")
    assert payable is not None
    payable.text = "1.00"
    failed = validate_ubl(etree.tostring(sums))
    assert "BR-CO-15" in {f.rule for f in failed.fatal}
    emailed = _forms(UblFlavour.PEPPOL, SELLER)["invoice"]  # the seller's endpoint: an email
    assert "PEPPOL-EN16931-CL008" in {f.rule for f in validate_ubl(emailed).fatal}
    no_reference = dataclasses.replace(CUSTOMERS[UblFlavour.XRECHNUNG], buyer_reference="")
    unrouted = to_ubl(build_einvoice(posted_invoice(), no_reference, SELLER), UblFlavour.XRECHNUNG)
    assert [(f.rule, f.rules) for f in validate_ubl(unrouted).fatal] == [
        ("BR-DE-15", RuleSet.XRECHNUNG)
    ]


@pytest.fixture
def books(ledger_path: Path) -> Iterator[Ledger]:
    books = Ledger.open(str(ledger_path))
    books.create_company(PEPPOL_SELLER)
    yield books
    books.close()


@pytest.mark.parametrize("flavour", list(CUSTOMERS))
def test_the_ledgers_documents_pass_in_each_ubl_format(books: Ledger, flavour: UblFlavour) -> None:
    for document_id in post_invoice_and_credit(books, CUSTOMERS[flavour]):
        made = make_xml(books, document_id, EInvoiceFormat(flavour.value))
        assert made.ok and made.validation is not None and made.validation.fatal == ()
        attached = einvoice_attachment(books, document_id)
        assert attached is not None and attached[1:] == ("application/xml", made.xml)


def test_a_missing_field_is_named_before_any_xml(books: Ledger) -> None:
    party = dataclasses.replace(CUSTOMERS[UblFlavour.XRECHNUNG], buyer_reference="")
    invoice_id, _ = post_invoice_and_credit(books, party)
    made = make_xml(books, invoice_id, EInvoiceFormat.XRECHNUNG_UBL)
    assert made.xml is None and [p.field for p in made.problems] == ["BT-10"]
    assert einvoice_attachment(books, invoice_id) is None


def test_a_mailed_document_carries_the_xml_and_a_resend_the_same_bytes(
    books: Ledger, smtp_server: SmtpTestServer
) -> None:
    invoice_id, _ = post_invoice_and_credit(books, CUSTOMERS[UblFlavour.PEPPOL])
    expected = einvoice_attachment(books, invoice_id)
    assert expected is not None
    with connected(books, smtp_server):
        first = queue(books, SendRequest(document_id=invoice_id, to="compta@lumiere.example"))
        assert first.queued, first
        smtp_server.drop_next(at="data")
        deliver(books)
        from ledgerpost.services import outbox

        assert first.outbox_id is not None
        outbox.retry(books, first.outbox_id)
        deliver(books)
    (dropped,) = smtp_server.dropped
    (received,) = smtp_server.received
    assert received.data == dropped.data
    message = email.message_from_bytes(received.data, policy=email.policy.default)
    parts = {
        part.get_filename(): (part.get_content_type(), part.get_payload(decode=True))
        for part in message.walk()
        if part.get_filename()
    }
    assert parts[expected[0]] == ("application/xml", expected[2])
    assert any(kind == "application/pdf" for kind, _ in parts.values())


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_writes_and_checks_every_format(
    books: Ledger, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    peppol = CUSTOMERS[UblFlavour.PEPPOL]
    post_invoice_and_credit(books, dataclasses.replace(peppol, einvoice_format=None))
    books.close()
    db = str(tmp_path / "ledger.sqlite3")
    for chosen, suffix in (
        ("facturx", "pdf"),
        ("en16931-cii", "xml"),
        ("peppol-ubl", "xml"),
    ):
        for doc_type, number in (("invoice", "INV-1"), ("credit-note", "CN-1")):
            out = tmp_path / f"{number}-{chosen}.{suffix}"
            code, said, err = run(
                capsys, "--db", db, "einvoice", doc_type, number, "--format", chosen,
                "--out", str(out),
            )  # fmt: skip
            assert (code, err) == (0, ""), (chosen, doc_type)
            assert number in said
            code, said, err = run(capsys, "einvoice", "validate", str(out))
            assert (code, err) == (0, ""), (chosen, doc_type, said)
            assert "is a valid e-invoice" in said
    pdf = tmp_path / "INV-1-facturx.pdf"
    assert pdf.read_bytes()[:5] == b"%PDF-"
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(b"%PDF-1.4\n%%EOF\n")
    code, _, err = run(capsys, "einvoice", "validate", str(plain))
    assert code == 1 and "is not a valid e-invoice" in err
    broken = tmp_path / "broken.xml"
    ubl = (tmp_path / "INV-1-peppol-ubl.xml").read_bytes()
    broken.write_bytes(ubl.replace(b"<cbc:InvoiceTypeCode>380", b"<cbc:InvoiceTypeCode>999"))
    code, _, err = run(capsys, "einvoice", "validate", str(broken))
    assert code == 1 and "BR-CL-01" in err

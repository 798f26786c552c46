"""E-invoices of documents posted in a real ledger: the cards keep what EN 16931 needs, each
document type with an e-invoice form passes the official rules in each CII format with the
ledger's totals, a missing field is refused by its BT id, and the demo company can send them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from ledgerpost.cli.main import main
from ledgerpost.domain.documents import DocumentState, DocumentType
from ledgerpost.domain.einvoice import Profile
from ledgerpost.domain.parties import EInvoiceFormat, PostalAddress
from ledgerpost.einvoice.cii_reader import from_cii
from ledgerpost.services.einvoice import einvoice_problems, make_cii
from ledgerpost.services.ledger import Ledger
from tests.helpers.einvoice_parties import LINES, PUBLIC_BUYER, SELLER, posted_invoice


@pytest.fixture
def books(ledger_path: Path) -> Ledger:
    books = Ledger.open(str(ledger_path))
    books.create_company(SELLER)
    return books


def post_invoice_and_credit(books: Ledger, party_id: int) -> tuple[int, int]:
    draft = dataclasses.replace(posted_invoice(party_id, LINES), state="draft", number=None)
    draft = dataclasses.replace(draft, series="", fingerprint="", id=None)
    invoice = books.save_and_post(draft).document
    assert invoice.is_posted and invoice.id is not None
    credit_draft = books.credit_note_for(invoice.id, LINES[:1], on=invoice.date)
    assert credit_draft.id is not None
    credit = books.post(credit_draft.id)
    assert credit.posted and credit.document.id is not None
    return invoice.id, credit.document.id


def test_the_company_and_the_card_keep_the_e_invoice_fields(books: Ledger) -> None:
    assert books.company() == SELLER
    party = dataclasses.replace(PUBLIC_BUYER, einvoice_format=EInvoiceFormat.XRECHNUNG_CII)
    saved = books.add_party(party)
    assert dataclasses.replace(saved, id=None) == party
    changed = dataclasses.replace(saved, einvoice_format=None, buyer_reference="")
    assert books.update_party(changed) == changed
    books.close()


@pytest.mark.parametrize("profile", list(Profile))
def test_invoice_and_credit_note_pass_with_the_ledgers_totals(
    books: Ledger, profile: Profile
) -> None:
    party = books.add_party(PUBLIC_BUYER)
    assert party.id is not None
    for document_id in post_invoice_and_credit(books, party.id):
        made = make_cii(books, document_id, profile)
        assert made.problems == () and made.xml is not None
        assert made.validation is not None and made.validation.fatal == ()
        assert made.ok
        back = from_cii(made.xml)
        totals = books.document(document_id).totals
        assert (back.totals.tax_basis, back.totals.tax_total, back.totals.grand_total) == (
            totals.net,
            totals.vat,
            totals.gross,
        )
        if made.document.type is DocumentType.CREDIT_NOTE:
            assert (back.type_code, back.preceding_number) == ("381", "INV-1")
    books.close()


def test_a_document_missing_a_required_field_is_refused_naming_it(books: Ledger) -> None:
    party = books.add_party(
        dataclasses.replace(PUBLIC_BUYER, address=PostalAddress("Weg 1", "", "Ort"))
    )
    assert party.id is not None
    invoice_id, _ = post_invoice_and_credit(books, party.id)
    made = make_cii(books, invoice_id, Profile.XRECHNUNG)
    assert made.xml is None and not made.ok
    assert [(p.code, p.field) for p in made.problems] == [
        ("einvoice-buyer-country", "BT-55"),
        ("einvoice-buyer-postcode", "BT-53"),
    ]
    assert einvoice_problems(books, invoice_id) == [made.problems[0]]
    books.close()


def test_a_draft_has_no_e_invoice(books: Ledger) -> None:
    party = books.add_party(PUBLIC_BUYER)
    assert party.id is not None
    draft = dataclasses.replace(posted_invoice(party.id), state="draft", number=None, id=None)
    saved = books.save_draft(dataclasses.replace(draft, series="", fingerprint=""))
    assert saved.id is not None
    assert [p.code for p in make_cii(books, saved.id).problems] == ["not-posted"]
    books.close()


def test_the_demo_company_produces_valid_e_invoices(demo_ledger: Ledger) -> None:
    valid = {Profile.EN16931: 0, Profile.XRECHNUNG: 0}
    documents = [
        d
        for t in (DocumentType.INVOICE, DocumentType.CREDIT_NOTE)
        for d in demo_ledger.documents()
        if d.type is t and d.state is DocumentState.POSTED
    ]
    businesses = [d.id for d in documents if demo_ledger.party(d.party_id).vat_number][:8]
    assert businesses
    credit_draft = demo_ledger.credit_note_for(businesses[0], on=documents[0].date)
    assert credit_draft.id is not None and demo_ledger.post(credit_draft.id).posted
    credit_notes = [d.id for d in documents if d.type is DocumentType.CREDIT_NOTE][:2]
    chosen = [*businesses, credit_draft.id, *credit_notes]
    for document_id in chosen:
        for profile in Profile:
            made = make_cii(demo_ledger, document_id, profile)
            if made.problems:
                continue
            assert made.validation is not None and made.validation.fatal == (), document_id
            valid[profile] += 1
    # Every business customer's document is ready for EN 16931; XRechnung also wants an
    # electronic address, which a card without any email lacks.
    assert valid[Profile.EN16931] == len(chosen) and valid[Profile.XRECHNUNG] >= 2


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_writes_and_checks_an_e_invoice(
    books: Ledger, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    party = books.add_party(PUBLIC_BUYER)
    assert party.id is not None
    post_invoice_and_credit(books, party.id)
    books.close()
    db, out = str(tmp_path / "ledger.sqlite3"), tmp_path / "CN-1.xml"
    code, said, err = run(
        capsys, "--db", db, "einvoice", "credit-note", "CN-1", "--format", "xrechnung-cii",
        "--out", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "CN-1" in said and from_cii(out.read_bytes()).type_code == "381"
    assert run(capsys, "einvoice", "validate", str(out))[0] == 0
    broken = tmp_path / "broken.xml"
    broken.write_bytes(out.read_bytes().replace(b"<ram:TypeCode>381", b"<ram:TypeCode>999"))
    code, _, err = run(capsys, "einvoice", "validate", str(broken))
    assert code == 1 and "BR-CL-01" in err and "is not a valid e-invoice" in err


def test_the_command_line_names_the_missing_field(
    books: Ledger, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    party = books.add_party(dataclasses.replace(PUBLIC_BUYER, buyer_reference=""))
    assert party.id is not None
    post_invoice_and_credit(books, party.id)
    books.close()
    out = tmp_path / "INV-1.xml"
    code, _, err = run(
        capsys, "--db", str(tmp_path / "ledger.sqlite3"), "einvoice", "invoice", "1",
        "--format", "xrechnung-cii", "--out", str(out),
    )  # fmt: skip
    assert code == 1 and "BT-10" in err and "Leitweg-ID" in err
    assert not out.exists()

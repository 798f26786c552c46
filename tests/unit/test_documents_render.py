"""Print copies read back with pypdf: every type in every language, drafts, long documents."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pypdf
import pytest

from ledgerpost.documents.document_pdf import document_title, render_document
from ledgerpost.domain.documents import DocumentType, Line
from ledgerpost.domain.parties import LANGUAGES, PartyKind
from ledgerpost.i18n.translate import translator
from tests.helpers.pdf_reading import (
    HEAD,
    amount_beside,
    document,
    normalise,
    page_texts,
    party,
    pdf_text,
    placed_strings,
)

KINDS = {
    DocumentType.PAYMENT: PartyKind.EMPLOYEE,
    DocumentType.PURCHASE_INVOICE: PartyKind.SUPPLIER,
}
TOTAL_LABELS = {
    DocumentType.INVOICE: "Total due",
    DocumentType.CREDIT_NOTE: "Total credited",
    DocumentType.QUOTATION: "Total",
    DocumentType.RECEIPT: "Amount received",
    DocumentType.PAYMENT: "Amount paid",
    DocumentType.PURCHASE_INVOICE: "Total payable",
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("doc_type", list(DocumentType))
def test_each_type_prints_number_party_and_total_in_each_language(
    doc_type: DocumentType, language: str
) -> None:
    t = translator(language)
    card = party(language, KINDS.get(doc_type, PartyKind.CUSTOMER))
    doc = document(doc_type)
    text = pdf_text(render_document(doc, card, HEAD))
    assert card.name in text
    assert document_title(t, doc_type) in text
    if doc_type is DocumentType.LETTER:
        assert doc.letter is not None and doc.letter.subject in text
        return
    if doc_type is DocumentType.REMINDER:
        return  # its own print copy, with the invoices it names: test_reminder_delivery
    assert "INV-17" in text
    label = t.gettext(TOTAL_LABELS[doc_type])
    assert amount_beside(text, label, language) == doc.totals.gross
    assert normalise(t.amount(doc.totals.gross, "EUR")) in text


def test_the_language_can_be_overridden_per_print() -> None:
    text = pdf_text(render_document(document(DocumentType.INVOICE), party("et"), HEAD))
    assert "Arve" in text and "Tasuda kokku" in text
    text = pdf_text(
        render_document(document(DocumentType.INVOICE), party("et"), HEAD, language="de")
    )
    assert "Rechnung" in text and "Zu zahlen" in text and "Arve" not in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_text_reads_back_as_written_in_every_script(language: str, tmp_path: Path) -> None:
    """Search, copy and paste: the customer's name and the labels extract as the ordinary
    letters in reading order (no Arabic presentation forms), by pypdf and by pdftotext,
    without any normalising on our side."""
    t = translator(language)
    card = party(language)
    pdf = render_document(document(DocumentType.INVOICE), card, HEAD)
    raw = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    path = tmp_path / "copy.pdf"
    path.write_bytes(pdf)
    poppler = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    for text in (raw, poppler):
        plain = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
        assert card.name in plain
        assert t.gettext("Total due") in plain
        assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", plain)  # no shaped forms
    # A lam-alef ligature reads as lam, alef in pypdf; poppler reverses the pair inside the
    # one glyph (its right-to-left pass turns every character around): "Due date" in Arabic.
    assert t.gettext("Due date") in raw


@pytest.mark.parametrize("doc_type", [DocumentType.INVOICE, DocumentType.CREDIT_NOTE])
def test_an_invoice_says_its_date_of_supply_as_its_e_invoice_does(doc_type: DocumentType) -> None:
    doc = document(doc_type)
    text = pdf_text(render_document(doc, party("de"), HEAD))
    assert "Leistungsdatum" in text
    assert normalise(translator("de").date(doc.date)) in text
    receipt = pdf_text(render_document(document(DocumentType.RECEIPT), party("de"), HEAD))
    assert "Leistungsdatum" not in receipt


@pytest.mark.parametrize(
    ("language", "printed"),
    [("en", "1,851.84"), ("et", "1 851,84"), ("de", "1.851,84"), ("ar", "1,851.84")],
)
def test_amounts_print_in_the_locale_style(language: str, printed: str) -> None:
    doc = document(DocumentType.INVOICE)
    assert printed in pdf_text(render_document(doc, party(language), HEAD))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_draft_carries_the_draft_mark_and_no_number(language: str) -> None:
    t = translator(language)
    doc = document(DocumentType.INVOICE, posted=False)
    texts = page_texts(render_document(doc, party(language), HEAD))
    assert all(t.gettext("DRAFT") in page for page in texts)
    assert "INV-" not in "".join(texts)


def test_a_posted_document_has_no_draft_mark() -> None:
    assert "DRAFT" not in pdf_text(
        render_document(document(DocumentType.INVOICE), party("en"), HEAD)
    )


@pytest.mark.parametrize("language", ["en", "ar"])
def test_200_lines_paginate_with_the_heading_on_every_page(language: str) -> None:
    t = translator(language)
    lines = tuple(
        Line(f"Item {n:03d}", Decimal(1 + n % 4), Decimal("12.34"), Decimal(22)) for n in range(200)
    )
    doc = document(DocumentType.INVOICE, lines)
    texts = page_texts(render_document(doc, party(language), HEAD))
    pages = len(texts)
    assert 4 <= pages <= 8
    headings = [t.gettext(h) for h in ("Description", "Quantity", "Unit price")]
    for number, page in enumerate(texts, start=1):
        if language == "ar":
            # pypdf puts digits and words of mixed lines out of order; the bidi tests cover it.
            footer = next(line for line in page.split("\n") if "صفحة" in line)
            assert sorted(re.findall(r"\d+", footer)) == sorted([str(number), str(pages)])
        else:
            assert f"Page {number} of {pages}" in page
        assert all(h in page for h in headings), f"page {number} lacks the table heading"
    items = [f"Item {n:03d}" for n in range(200)]
    found = [
        (i, page.count(item)) for i, page in enumerate(texts) for item in items if item in page
    ]
    assert sum(count for _, count in found) == 200
    order = [i for i, _ in found]
    assert order == sorted(order), "lines must run in order from page to page"
    assert amount_beside(texts[-1], t.gettext("Total due"), language) == doc.totals.gross


def _x_of(pdf: bytes, text: str) -> float:
    xs = [p.x for p in placed_strings(pdf) if text in p.text]
    assert xs, f"{text!r} not on the page"
    return xs[0]


def test_arabic_mirrors_the_layout() -> None:
    doc = document(DocumentType.INVOICE)
    english = render_document(doc, party("en"), HEAD)
    arabic = render_document(doc, party("ar"), HEAD)
    middle = 595.27 / 2
    assert _x_of(english, HEAD.company.name) < middle < _x_of(arabic, HEAD.company.name)
    assert _x_of(english, "Northwind") < middle
    assert _x_of(arabic, "النور") > middle
    assert _x_of(english, "Description") < _x_of(english, "Amount")
    assert _x_of(arabic, "الوصف") > _x_of(arabic, "المبلغ")
    # The totals sit at the end of the line: right in English, left in Arabic.
    assert _x_of(english, "Total due") > middle > _x_of(arabic, "المبلغ المستحق")


def test_a_logo_from_the_settings_is_drawn_in_the_letterhead() -> None:
    from PIL import Image

    png = io.BytesIO()
    Image.new("RGB", (120, 40), (20, 90, 160)).save(png, format="PNG")
    doc = document(DocumentType.INVOICE)
    plain = render_document(doc, party("en"), HEAD)
    with_logo = render_document(doc, party("en"), replace(HEAD, logo=png.getvalue()))
    images = pypdf.PdfReader(io.BytesIO(with_logo)).pages[0].images
    assert len(images) == 1 and images[0].image.size == (120, 40)
    assert not pypdf.PdfReader(io.BytesIO(plain)).pages[0].images

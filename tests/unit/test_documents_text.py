"""Right-to-left text: shaping, visual order, mixed numbers, and wrapping in logical order."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import arabic_reshaper

from ledgerpost.documents.document_pdf import render_document
from ledgerpost.documents.fonts import REGULAR, register_fonts
from ledgerpost.documents.text import visual, width, wrap
from ledgerpost.domain.documents import DocumentType, Letter
from ledgerpost.i18n.translate import translator
from tests.helpers.pdf_reading import HEAD, document, party, placed_strings

PARAGRAPH = (
    "يسرنا إبلاغكم بأن مكتبنا سينتقل إلى عنوان جديد في بداية الشهر القادم وستبقى جميع "
    "الخدمات متاحة كالمعتاد ونرجو منكم تحديث بياناتكم لدينا وشكرا لتعاونكم الدائم معنا"
)
WORDS = PARAGRAPH.split()


def shaped(text: str) -> str:
    return str(arabic_reshaper.reshape(text))


def test_latin_text_is_left_alone() -> None:
    assert visual("Invoice INV-17", right_to_left=False) == "Invoice INV-17"


def test_arabic_letters_are_joined_and_reversed() -> None:
    drawn = visual("فاتورة", right_to_left=True)
    assert drawn == shaped("فاتورة")[::-1]
    assert all("\ufb50" <= ch <= "\ufeff" for ch in drawn), "presentation (joined) forms"


def test_mixed_text_keeps_numbers_and_latin_readable() -> None:
    drawn = visual("المبلغ: 1234.50 EUR", right_to_left=True)
    # Drawn left to right: the currency, the number as written, then the label reversed.
    assert drawn == "EUR 1234.50 :" + shaped("المبلغ")[::-1]


def test_page_number_reads_right_to_left() -> None:
    drawn = visual("صفحة 2 من 3", right_to_left=True)
    assert drawn == "3 " + shaped("من")[::-1] + " 2 " + shaped("صفحة")[::-1]


def test_a_negative_amount_keeps_its_sign_in_front() -> None:
    amount = translator("ar").amount(Decimal("-1234.5"), "EUR")
    drawn = visual(f"يرجى دفع {amount} EUR", right_to_left=True)
    assert drawn.startswith("EUR -1,234.50 ")


def test_bidi_marks_from_locales_are_not_drawn() -> None:
    assert "\u200f" not in visual("03\u200f/11\u200f/2026", right_to_left=True)


def test_wrapping_keeps_logical_order_and_width() -> None:
    register_fonts()
    lines = wrap(PARAGRAPH, REGULAR, 10, 150)
    assert len(lines) >= 4
    assert " ".join(lines) == PARAGRAPH
    assert all(width(line, REGULAR, 10) <= 150 for line in lines)
    assert lines[0].startswith(WORDS[0]) and lines[-1].endswith(WORDS[-1])


def test_a_word_longer_than_the_line_is_cut() -> None:
    register_fonts()
    lines = wrap("x" * 80, REGULAR, 10, 60)
    assert "".join(lines) == "x" * 80
    assert all(width(line, REGULAR, 10) <= 60 for line in lines)


def test_a_long_arabic_letter_wraps_in_reading_order_on_the_page() -> None:
    body = " ".join([PARAGRAPH] * 3)
    doc = replace(document(DocumentType.LETTER), letter=Letter("إشعار", body))
    pdf = render_document(doc, party("ar"), HEAD)
    rows = sorted(
        (p for p in placed_strings(pdf) if set(p.text.split()) <= set(WORDS)), key=lambda p: -p.y
    )
    assert len(rows) >= 3
    assert rows[0].text.strip().startswith(WORDS[0])
    assert rows[-1].text.strip().endswith(WORDS[-1])
    assert " ".join(r.text.strip() for r in rows) == body


def test_what_users_wrote_reads_in_its_own_direction_on_an_arabic_page() -> None:
    body = "Our office moves on Monday.\nInvoices keep arriving by email."
    doc = replace(document(DocumentType.LETTER), letter=Letter("Moving", body))
    drawn = [p.text.strip() for p in placed_strings(render_document(doc, party("ar"), HEAD))]
    assert "Our office moves on Monday." in drawn
    assert "Invoices keep arriving by email." in drawn

"""The totals a copy prints are the document's totals, to the cent, whatever the lines."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledgerpost.documents.document_pdf import render_document
from ledgerpost.domain.documents import DocumentType, Line
from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.i18n.translate import translator
from tests.helpers.pdf_reading import HEAD, amount_beside, document, party, pdf_text

lines = st.lists(
    st.builds(
        Line,
        description=st.sampled_from(["Consulting hour", "Paper A4", "Обучение", "تدريب"]),
        quantity=st.decimals("0.001", "10000", places=3),
        unit_price=st.decimals("-500", "99999.99", places=2),
        vat_rate=st.sampled_from(
            [Decimal(0), Decimal(9), Decimal(20), Decimal(22), Decimal("5.5")]
        ),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lines=lines,
    language=st.sampled_from(LANGUAGES),
    doc_type=st.sampled_from([DocumentType.INVOICE, DocumentType.PURCHASE_INVOICE]),
)
def test_printed_totals_equal_the_document_totals(
    lines: list[Line], language: str, doc_type: DocumentType
) -> None:
    t = translator(language)
    doc = document(doc_type, tuple(lines))
    text = pdf_text(render_document(doc, party(language), HEAD))
    total_label = "Total due" if doc_type is DocumentType.INVOICE else "Total payable"
    assert amount_beside(text, t.gettext(total_label), language) == doc.totals.gross
    assert amount_beside(text, t.gettext("Total without VAT"), language) == doc.totals.net
    assert doc.totals.gross == doc.totals.net + doc.totals.vat

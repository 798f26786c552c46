"""File names of print copies: the type in the document's language, safe on every system."""

from __future__ import annotations

import pytest

from ledgerpost.documents.file_names import document_file_name, safe_file_name
from ledgerpost.domain.documents import DocumentType
from tests.helpers.pdf_reading import document


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("en", "Invoice INV-17.pdf"),
        ("et", "Arve INV-17.pdf"),
        ("de", "Rechnung INV-17.pdf"),
        ("ru", "Счёт INV-17.pdf"),
        ("ro", "Factură INV-17.pdf"),
        ("ar", "فاتورة INV-17.pdf"),
    ],
)
def test_invoice_file_name_in_each_language(language: str, name: str) -> None:
    assert document_file_name(document(DocumentType.INVOICE), language) == name


def test_a_draft_is_named_as_a_draft() -> None:
    assert document_file_name(document(DocumentType.QUOTATION, posted=False), "en") == (
        "Quotation Draft.pdf"
    )


@pytest.mark.parametrize(
    ("stem", "name"),
    [
        ('A/B\\C:D*E?F"G<H>I|J', "A-B-C-D-E-F-G-H-I-J.pdf"),
        ("trailing dots. . .", "trailing dots.pdf"),
        ("CON", "_CON.pdf"),
        ("nul.txt", "_nul.txt.pdf"),
        ("", "_.pdf"),
        ("tab\tand\nnewline", "tab-and-newline.pdf"),
        ("\u202efdp.exe", "fdp.exe.pdf"),
        ("Cafe\u0301", "Café.pdf"),
    ],
)
def test_unsafe_names_are_made_safe(stem: str, name: str) -> None:
    assert safe_file_name(stem) == name


def test_long_names_are_cut() -> None:
    assert len(safe_file_name("x" * 500)) <= 124

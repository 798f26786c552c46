"""Letters without a screen: the body's paragraphs and lists as the print copy lays them out,
the language a letter prints and mails in, and what posting asks of it."""

from __future__ import annotations

import datetime as dt

from ledgerpost.documents.document_pdf import body_blocks
from ledgerpost.domain.documents import Document, DocumentType, Letter, document_language
from ledgerpost.domain.parties import Party, PartyKind
from ledgerpost.domain.posting import problems_before_posting

PARTY = Party(PartyKind.CUSTOMER, "Mari Tamm", "et", id=1)


def letter(**fields: str) -> Document:
    words = {"subject": "New prices", "body": "From March.", **fields}
    return Document(DocumentType.LETTER, 1, dt.date(2026, 3, 1), "EUR", letter=Letter(**words))


def test_blank_lines_part_paragraphs_and_dashes_make_a_list() -> None:
    body = (
        "Dear Mari,\nthank you.\n\n\nWhat changes:\n- the prices\n* the terms,\n"
        "  which now read 14 days\n• the bank\n\nKind words after the list.\n- one more"
    )
    assert body_blocks(body) == [
        "Dear Mari,\nthank you.",
        "What changes:",
        ["the prices", "the terms, which now read 14 days", "the bank"],
        "Kind words after the list.",
        ["one more"],
    ]
    assert body_blocks("One line") == ["One line"]
    assert body_blocks("a\r\n\r\nb") == ["a", "b"]
    assert body_blocks("") == []


def test_a_letter_prints_in_its_own_language_else_in_the_partys() -> None:
    assert document_language(letter(), PARTY) == "et"
    assert document_language(letter(language="de"), PARTY) == "de"
    assert document_language(letter(language="xx"), PARTY) == "et"
    assert document_language(letter(), Party(PartyKind.CUSTOMER, "Nobody", "xx")) == "en"


def test_a_letter_in_a_language_the_product_does_not_speak_is_not_posted() -> None:
    assert problems_before_posting(letter(language="de"), PARTY) == []
    (problem,) = problems_before_posting(letter(language="xx"), PARTY)
    assert problem.code == "language" and problem.field == "language"
    codes = {p.code for p in problems_before_posting(letter(subject="", body=" "), PARTY)}
    assert codes == {"letter-subject", "letter-body"}

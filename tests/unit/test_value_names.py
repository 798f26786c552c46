"""A document type or a kind of card inside a sentence reads as a word of the reader's
language, not as the program's code for it ("credit-note")."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.domain.parties import LANGUAGES, Party, PartyKind
from ledgerpost.domain.posting import problems_before_posting
from ledgerpost.domain.problems import Problem
from ledgerpost.i18n.problems import render
from ledgerpost.i18n.translate import translator
from ledgerpost.i18n.value_names import sentence_name


def test_every_type_and_kind_has_a_word_in_every_language() -> None:
    for language in LANGUAGES:
        words = translator(language)
        for value in (*DocumentType, *PartyKind):
            name = sentence_name(words, value)
            assert name and "-" not in name.replace("кредит-нота", ""), (language, value)
            if language != "en":
                assert name != sentence_name(translator("en"), value), (language, value)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "there is no credit note numbered CN-5"),
        ("de", "Gutschrift"),
        ("ru", "кредит-нота"),
        ("et", "kreeditarve"),
    ],
)
def test_a_missing_document_is_named_in_the_readers_words(language: str, expected: str) -> None:
    problem = Problem.of("document-not-found", "", type=DocumentType.CREDIT_NOTE, number="CN-5")
    text = render(problem, language)
    assert expected in text and "credit-note" not in text


def test_a_payment_to_a_customer_names_both_kinds_it_may_go_to() -> None:
    customer = Party(kind=PartyKind.CUSTOMER, code="C1", name="Anna")
    payment = Document(
        type=DocumentType.PAYMENT,
        party_id=1,
        date=dt.date(2026, 6, 1),
        currency="EUR",
        lines=(Line("Paid", Decimal(1), Decimal(10), Decimal(0)),),
    )
    problems = [p for p in problems_before_posting(payment, customer) if p.field == "party"]
    assert [p.code for p in problems] == ["party-kinds"]
    assert render(problems[0], "en") == (
        "a payment voucher is made out to a supplier or employee, not to a customer"
    )
    german = render(problems[0], "de")
    assert "Auszahlungsbeleg" in german and "Lieferant" in german and "Kunde" in german


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "32.0 MB"), ("de", "32,0 MB"), ("ru", "32,0 МБ"), ("et", "146 kB")],
)
def test_a_size_reads_the_readers_way(language: str, expected: str) -> None:
    from ledgerpost.domain.sizes import Size

    size = Size(150_000 if expected.endswith("kB") else 32 * 1024 * 1024)
    problem = Problem.of("too-large", "attachments", size=size, limit=Size(10 * 1024 * 1024))
    assert expected in render(problem, language)


def test_a_size_kept_with_a_failed_message_still_reads_the_readers_way() -> None:
    """An outbox row keeps an error's values as JSON; a size comes back as a size."""
    from ledgerpost.domain.problems import values_from_json, values_json
    from ledgerpost.domain.sizes import Size
    from ledgerpost.i18n.problems import render_code

    kept = values_json({"size": Size(2_500_000), "limit": Size(1_048_576), "count": 3, "to": "a"})
    values = dict(values_from_json(kept))
    assert values == {"size": 2_500_000, "limit": 1_048_576, "count": 3, "to": "a"}
    assert "2,4 MB" in render_code("too-large", values, "de")
    assert values_from_json('{"size": "32.0 MB"}') == (("size", "32.0 MB"),)  # an old row
    assert values_from_json("not json") == ()

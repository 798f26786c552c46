import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

from ledgerpost.domain.documents import (
    Document,
    DocumentType,
    Line,
    canonical_decimal,
    compute_totals,
    fingerprint,
)


def test_vat_is_rounded_per_line_then_summed() -> None:
    # Three lines of 0.05 at 22% VAT: 0.011 each, rounded to 0.01 per line = 0.03 in all.
    # Summing first and rounding once would give 0.03 too, so use 0.07: 0.0154 -> 0.02 each.
    lines = tuple(Line("pen", D(1), D("0.07"), D("22")) for _ in range(3))
    totals = compute_totals(lines, "EUR")
    assert totals.net == D("0.21")
    assert totals.vat == D("0.06")  # rounding once over 0.21 would give 0.05
    assert totals.gross == D("0.27")


def test_totals_group_vat_by_rate_in_rate_order() -> None:
    lines = (
        Line("work", D("2.5"), D("40"), D("22")),
        Line("book", D(1), D("9.99"), D("9")),
        Line("more work", D(1), D("10"), D("22")),
    )
    totals = compute_totals(lines, "EUR")
    assert [(s.rate, s.net, s.vat) for s in totals.by_rate] == [
        (D("9"), D("9.99"), D("0.90")),
        (D("22"), D("110.00"), D("24.20")),
    ]
    assert (totals.net, totals.vat, totals.gross) == (D("119.99"), D("25.10"), D("145.09"))


def test_an_empty_document_totals_zero_in_its_currency_places() -> None:
    totals = compute_totals((), "EUR")
    assert str(totals.gross) == "0.00"


def test_posting_sets_number_and_fingerprint_and_any_change_shows() -> None:
    draft = Document(
        DocumentType.INVOICE, 3, dt.date(2026, 5, 1), "EUR", (Line("x", D(1), D(10), D(22)),)
    )
    assert draft.display_number == ""
    posted = draft.posted_as("INV", 17)
    assert posted.display_number == "INV-17"
    assert posted.fingerprint == fingerprint(posted)
    changed = replace(posted, lines=(Line("x", D(1), D(11), D(22)),))
    assert fingerprint(changed) != posted.fingerprint


def test_fingerprint_does_not_depend_on_how_a_number_is_spelled() -> None:
    a = Document(
        DocumentType.INVOICE,
        1,
        dt.date(2026, 1, 1),
        "EUR",
        (Line("x", D("1.500"), D("10.0"), D("22.00")),),
    )
    b = replace(a, lines=(Line("x", D("1.5"), D("10"), D("22")),))
    assert fingerprint(a) == fingerprint(b)
    assert canonical_decimal(D("100")) == "100"
    assert canonical_decimal(D("-0.000")) == "0"

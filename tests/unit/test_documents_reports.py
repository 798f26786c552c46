"""The customer statement and the employee report, read back from the PDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from ledgerpost.documents.report_pdf import (
    employee_report,
    render_employee_report,
    render_statement,
)
from ledgerpost.domain.documents import DocumentType, Line
from ledgerpost.domain.parties import LANGUAGES, PartyKind
from ledgerpost.domain.statement import Movement, Statement, build_statement
from ledgerpost.i18n.translate import translator
from tests.helpers.pdf_reading import HEAD, amount_beside, document, party, pdf_text

START, END = dt.date(2026, 1, 1), dt.date(2026, 3, 31)


def statement_for(name: str) -> Statement:
    movements = [
        Movement(dt.date(2025, 12, 1), DocumentType.INVOICE, "INV-1", Decimal("100.00"), 1),
        Movement(dt.date(2026, 1, 5), DocumentType.INVOICE, "INV-2", Decimal("1250.50"), 2),
        Movement(dt.date(2026, 1, 20), DocumentType.RECEIPT, "REC-1", Decimal("-100.00"), 3),
        Movement(dt.date(2026, 2, 2), DocumentType.CREDIT_NOTE, "CN-1", Decimal("-50.25"), 4),
        Movement(dt.date(2026, 4, 2), DocumentType.INVOICE, "INV-3", Decimal("999.00"), 5),
    ]
    return build_statement(1, name, "EUR", START, END, movements)


@pytest.mark.parametrize("language", LANGUAGES)
def test_statement_prints_opening_documents_and_closing(language: str) -> None:
    t = translator(language)
    card = party(language)
    statement = statement_for(card.name)
    text = pdf_text(render_statement(statement, card, HEAD))
    assert card.name in text
    assert t.gettext("Customer statement") in text
    for reference in ("INV-2", "REC-1", "CN-1"):
        assert reference in text
    assert "INV-1" not in text and "INV-3" not in text, "outside the period"
    assert amount_beside(text, t.gettext("Opening balance"), language) == Decimal("100.00")
    assert amount_beside(text, t.gettext("Closing balance"), language) == Decimal("1200.25")
    assert statement.closing == Decimal("1200.25")


@pytest.mark.parametrize("language", ["en", "ru", "ar"])
def test_employee_report_lists_the_payments_of_the_period(language: str) -> None:
    t = translator(language)
    card = party(language, PartyKind.EMPLOYEE)
    payments = []
    for day, amount in ((dt.date(2026, 1, 31), "310.00"), (dt.date(2026, 2, 28), "125.40")):
        doc = document(
            DocumentType.PAYMENT, (Line("Travel expenses", Decimal(1), Decimal(amount)),)
        )
        payments.append(replace(doc, date=day))
    outside = replace(document(DocumentType.PAYMENT), date=dt.date(2026, 4, 10))
    report = employee_report(1, "EUR", START, END, [*payments, outside])
    assert report.total == Decimal("435.40")
    text = pdf_text(render_employee_report(report, card, HEAD))
    assert card.name in text and "Travel expenses" in text
    assert amount_beside(text, t.gettext("Total paid"), language) == Decimal("435.40")


def test_an_empty_period_says_so() -> None:
    report = employee_report(1, "EUR", START, END, [])
    text = pdf_text(render_employee_report(report, party("de", PartyKind.EMPLOYEE), HEAD))
    assert "Keine Zahlungen in diesem Zeitraum." in text

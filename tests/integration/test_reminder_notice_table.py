"""A friendly notice (a level before the due date) names its invoices with the days until each
falls due, in its message and its print copy, six languages; a reminder of an overdue level
keeps its "Days overdue" column."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ledgerpost.documents.reminder_days import days_column
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.domain.reminders import ReminderLine
from ledgerpost.i18n.translate import translator
from ledgerpost.services import printing
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import add_customer
from tests.helpers.pdf_reading import pdf_text
from tests.integration.test_reminders import JAN_5, _post, _run, books

__all__ = ["books"]  # the fixture, shared with the reminder run's tests

LEVELS = [
    {"level": 1, "days": -5, "attach_invoices": False, "attach_statement": False, "fee": "0"},
    {"level": 2, "days": 7, "attach_invoices": False, "attach_statement": False, "fee": "0"},
]


def message_and_copy(ledger: Ledger, outbox_id: int, number: int) -> tuple[str, str]:
    with ledger.db.read() as s:
        (body,) = (
            s.connection()
            .exec_driver_sql("SELECT body FROM outbox_message WHERE id = ?", (outbox_id,))
            .one()
        )
    reminder = ledger.find_document(DocumentType.REMINDER, number)
    assert reminder is not None and reminder.id is not None
    copy = pdf_text(printing.print_document(ledger, reminder.id).pdf)
    return str(body), " ".join(copy.split())  # a heading may wrap in its column


def test_a_notice_says_when_each_invoice_falls_due_and_a_reminder_how_long_overdue(
    books: Ledger,
) -> None:
    assert settings_service.save(books, {"reminders.levels": LEVELS}) == []
    customer = add_customer(books, "Ettevaatlik OÜ", "en")
    _post(books, customer, "100", JAN_5)  # due 2026-01-19
    _post(books, customer, "50", dt.date(2026, 1, 7))  # due 2026-01-21

    notice = _run(books, dt.date(2026, 1, 16))  # 3 and 5 days before the due dates
    assert notice.queued == 1
    body, copy = message_and_copy(books, notice.outbox_ids[0], 1)
    for text in (body, copy):
        assert "Days overdue" not in text
        assert "Due in (days)" in text
    table = [line.split() for line in body.splitlines() if line.startswith("INV-")]
    assert [(row[0], row[-3]) for row in table] == [("INV-1", "3"), ("INV-2", "5")]

    reminder = _run(books, dt.date(2026, 1, 28))  # 9 and 7 days overdue: level 2
    assert reminder.queued == 1
    body, copy = message_and_copy(books, reminder.outbox_ids[0], 2)
    for text in (body, copy):
        assert "Days overdue" in text
        assert "Due in (days)" not in text


def _line(days: int) -> ReminderLine:
    due = dt.date(2026, 1, 19)
    return ReminderLine(1, "INV-1", JAN_5, due, days, Decimal(100), Decimal(100), 1)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_days_column_in_every_language(language: str) -> None:
    tr = translator(language)
    overdue_head, overdue = days_column([_line(4)], tr)
    notice_head, notice = days_column([_line(-3), _line(0)], tr)
    assert overdue == ["4"] and notice[0] == "3"
    assert notice_head != overdue_head
    if language != "en":  # translated, not the English words
        assert notice_head != "Due in (days)" and notice[1] != "today"
        assert overdue_head != "Days overdue"

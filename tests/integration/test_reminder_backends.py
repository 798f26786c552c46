"""A reminder run on both backends (a ledger file and a shared PostgreSQL ledger): the levels
it records, the numbered reminders and the second run on the same day that makes none."""

from __future__ import annotations

import datetime as dt

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.services import receivables, reminder_run, reminders
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from tests.helpers.backends import BOTH_BACKENDS
from tests.helpers.books import add_customer, invoice

pytestmark = BOTH_BACKENDS


def test_a_run_records_levels_and_a_second_run_makes_nothing(ledger: Ledger) -> None:
    settings_service.save(
        ledger, {"smtp.host": "mail.example.com", "smtp.from_address": "billing@example.com"}
    )
    for name in ("Anna", "Boris"):
        party = add_customer(ledger, name, "en")
        assert ledger.save_and_post(invoice(party, "100", on=dt.date(2026, 1, 5))).posted
    day = dt.date(2026, 1, 26)
    assert reminders.preview(ledger, day, today=day).count == 2
    first = reminder_run.queue_run(ledger, day, today=day)
    assert first.queued == 2
    second = reminder_run.queue_run(ledger, day, today=day)
    assert second.queued == 0 and len(second.skipped) == 2
    made = ledger.documents(DocumentFilter(type=DocumentType.REMINDER), newest_first=False)
    assert [r.display_number for r in made] == ["REM-1", "REM-2"]
    items = receivables.open_items(ledger, as_of=day, credits=False)
    assert [(i.party, i.reminder_level, i.reminded_on) for i in items] == [
        ("Anna", 1, day),
        ("Boris", 1, day),
    ]
    assert ledger.check() == []

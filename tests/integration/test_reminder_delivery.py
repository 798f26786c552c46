"""Reminder runs sent for real: through the real delivery worker to an aiosmtpd server, a run
twice on the same day sends nothing twice; each reminder is a numbered document with its print
copy, in the party's history; and the words of every level in all six languages fill every
placeholder, in the message and in the PDF read back."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.parties import (
    LANGUAGES,
    AddressRole,
    Company,
    EmailAddress,
    Party,
    PartyKind,
)
from ledgerpost.domain.reminders import INVOICES_TOKEN, ReminderLevel
from ledgerpost.domain.templates import placeholders_for
from ledgerpost.services import (
    batch_control,
    printing,
    receivables,
    reminder_run,
    reminder_texts,
    reminders,
)
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import reminder_repository
from tests.helpers.books import invoice
from tests.helpers.mail_queue import connected, deliver
from tests.helpers.pdf_reading import pdf_text
from tests.helpers.smtp_server import SmtpTestServer

COMPANY = Company(
    name="Test Company OÜ",
    currency="EUR",
    language="en",
    bank_account="EE38 2200 2210 2014 5685",
    bank_bic="HABAEE2X",
    payment_terms_days=14,
)
JAN_5 = dt.date(2026, 1, 5)
NAMES = {
    "en": "Northwind Traders Ltd",
    "de": "Nordwind Handels GmbH",
    "et": "Õunapuu Kõrts OÜ",
    "ru": "ООО «Северный ветер»",
    "ro": "Vântul de Nord SRL",
    "ar": "شركة رياح الشمال",
}


@pytest.fixture
def books(tmp_path: Path) -> Iterator[Ledger]:
    ledger = Ledger.open(str(tmp_path / "books.sqlite3"))
    ledger.create_company(COMPANY)
    yield ledger
    ledger.close()


def _customer(ledger: Ledger, language: str) -> Party:
    return ledger.add_party(
        Party(
            PartyKind.CUSTOMER,
            NAMES[language],
            language,
            emails=(EmailAddress(f"{language}@example.com", AddressRole.BILLING),),
        )
    )


def _parsed(data: bytes) -> EmailMessage:
    found = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(found, EmailMessage)
    return found


def _body(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return str(part.get_content())


def test_two_runs_on_the_same_day_send_nothing_twice(
    books: Ledger, smtp_server: SmtpTestServer
) -> None:
    customers = [_customer(books, language) for language in ("en", "de")]
    for party in customers:
        assert books.save_and_post(invoice(party, "100", on=JAN_5)).posted
    day = dt.date(2026, 1, 26)
    with connected(books, smtp_server):
        first = reminder_run.queue_run(books, day, today=day)
        assert first.queued == 2 and first.skipped == ()
        deliver(books)
        counts = batch_control.batch_counts(books, first.batch_id)
        assert (counts.sent, counts.total) == (2, 2)
        again = reminder_run.queue_run(books, day, today=day)
        assert again.queued == 0
        assert {s.reason for s in again.skipped} == {"already-reminded"}
        deliver(books)
    assert len(smtp_server.received) == 2
    assert sorted(r.rcpt_tos for r in smtp_server.received) == [
        ("de@example.com",),
        ("en@example.com",),
    ]
    german = next(r for r in smtp_server.received if r.rcpt_tos == ("de@example.com",))
    message = _parsed(german.data)
    assert message["Subject"] == "Freundliche Zahlungserinnerung von Test Company OÜ"
    body = _body(message)
    assert "INV-2" in body and "122,00 EUR" in body and "HABAEE2X" in body
    names = sorted(p.get_filename() or "" for p in message.iter_attachments())
    assert len(names) == 2  # the reminder's print copy and the invoice's (level 1: no statement)
    # Each reminder is a posted, numbered document with its stored print copy.
    reminders_made = books.documents(DocumentFilter(type=DocumentType.REMINDER))
    assert sorted(r.display_number for r in reminders_made) == ["REM-1", "REM-2"]
    for row in reminders_made:
        copy = printing.print_document(books, row.id)
        assert copy.stored and "INV-" in pdf_text(copy.pdf)
    assert books.check() == []  # numbered without a gap, unchanged since posting


def test_a_cancelled_reminder_counts_as_never_sent(
    books: Ledger, smtp_server: SmtpTestServer
) -> None:
    party = _customer(books, "et")
    assert books.save_and_post(invoice(party, "100", on=JAN_5)).posted
    day = dt.date(2026, 1, 26)
    with connected(books, smtp_server):
        first = reminder_run.queue_run(books, day, today=day)
        assert batch_control.cancel(books, first.batch_id) == 1
        again = reminder_run.queue_run(books, day, today=day)
        assert again.queued == 1
        deliver(books)
    assert len(smtp_server.received) == 1


def test_a_payment_after_a_reminder_is_shown_beside_it(
    books: Ledger, smtp_server: SmtpTestServer
) -> None:
    from decimal import Decimal

    from ledgerpost.services.payments import Voucher, record

    party = _customer(books, "en")
    assert party.id is not None
    assert books.save_and_post(invoice(party, "100", on=JAN_5)).posted
    day = dt.date(2026, 1, 26)
    with connected(books, smtp_server):
        reminder_run.queue_run(books, day, today=day)
    paid = record(
        books, Voucher(DocumentType.RECEIPT, party.id, dt.date(2026, 1, 28), Decimal("22.00"))
    )
    assert not paid.problems
    (item,) = receivables.open_items(books, as_of=dt.date(2026, 1, 30), credits=False)
    assert (item.reminder_level, item.reminded_on) == (1, day)
    assert item.paid_since_reminder == Decimal("22.00") and item.open == Decimal("100.00")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_level_fills_every_placeholder_in_each_language(books: Ledger, language: str) -> None:
    party = _customer(books, language)
    assert party.id is not None
    assert books.save_and_post(invoice(party, "100", on=JAN_5)).posted
    assert books.save_and_post(invoice(party, "50", on=dt.date(2026, 1, 7))).posted
    days = {1: dt.date(2026, 1, 28), 2: dt.date(2026, 2, 10), 3: dt.date(2026, 3, 1)}
    settings = reminders.reminder_settings(books)
    shared = reminder_run.SendSettings.load(books)
    for number, day in days.items():
        (planned,) = reminders.plan(books, day, today=day).reminders
        assert planned.level == number
        made = reminder_run._make(books, planned, settings, shared, day)
        assert made is not None
        document = books.document(made)
        with books.db.read() as s:
            kept = reminder_repository.reminder_of(s, made)
        assert kept is not None
        level, lines = kept
        values = reminder_texts.values(document, lines, level, COMPANY, language, party.name)
        assert all(v.strip() for v in values.values()), values
        text = reminder_texts.level_text(settings.level(number), language)
        used = _used(text.subject + text.body)
        assert {"invoices", "total_open", "days_overdue", "bank_details"} <= used
        assert used <= placeholders_for("reminder")
        words = reminder_texts.filled(text, values, language)
        assert words.ok, words.problems
        assert "{" not in words.subject + words.body
        assert all(line.number in words.body for line in lines)
        pdf = pdf_text(printing.print_document(books, made).pdf)
        assert "{" not in pdf and INVOICES_TOKEN not in pdf
        flat = _flat(pdf)
        for name in used - {"invoices"}:
            # Word by word: right-to-left lines come back from the PDF in visual order.
            missing = [w for w in values[name].split() if _flat(w) not in flat]
            assert not missing, (language, number, name, values[name])
        assert all(line.number in pdf for line in lines)
        if number == 3:
            assert all(_flat(w) in flat for w in values["fee"].split())


def _used(text: str) -> set[str]:
    return set(re.findall(r"\{([a-z_]+)\}", text))


def _flat(text: str) -> str:
    """Text without its spaces and bidi marks: pypdf breaks lines and runs where it likes."""
    return re.sub(r"[\s\u200e\u200f\u2066-\u2069\u00a0\u202f]", "", text)


def test_default_levels_have_words_in_every_language() -> None:
    for number in (1, 2, 3):
        for language in LANGUAGES:
            text = reminder_texts.level_text(ReminderLevel(number, 0), language)
            assert text.subject.strip() and text.body.strip()
            if language != "en":
                english = reminder_texts.level_text(ReminderLevel(number, 0), "en")
                assert text.body != english.body


def test_a_reminder_left_without_its_message_goes_with_the_next_run(
    books: Ledger, smtp_server: SmtpTestServer
) -> None:
    party = _customer(books, "ro")
    assert books.save_and_post(invoice(party, "100", on=JAN_5)).posted
    day = dt.date(2026, 1, 26)
    (planned,) = reminders.plan(books, day, today=day).reminders
    shared = reminder_run.SendSettings.load(books)
    # A run that stopped (or died) after making the reminder, before queueing its message.
    assert reminder_run._make(books, planned, reminders.reminder_settings(books), shared, day)
    with connected(books, smtp_server):
        result = reminder_run.queue_run(books, day, today=day)
        assert result.queued == 1 and [s.reason for s in result.skipped] == ["already-reminded"]
        deliver(books)
        assert reminder_run.queue_run(books, day, today=day).queued == 0
        deliver(books)
    (got,) = smtp_server.received
    assert got.rcpt_tos == ("ro@example.com",)


def test_stopping_a_run_queues_what_was_made_and_the_next_run_the_rest(
    books: Ledger, smtp_server: SmtpTestServer
) -> None:
    for language in ("en", "de", "et"):
        assert books.save_and_post(invoice(_customer(books, language), "100", on=JAN_5)).posted
    day = dt.date(2026, 1, 26)
    asked = [0]

    def stop() -> bool:
        asked[0] += 1
        return asked[0] > 1

    with connected(books, smtp_server):
        first = reminder_run.queue_run(books, day, today=day, stop=stop)
        assert first.stopped and (first.seen, first.total, first.queued) == (1, 3, 1)
        assert first.not_reached == 2
        second = reminder_run.queue_run(books, day, today=day)
        assert second.queued == 2
        deliver(books)
    assert len(smtp_server.received) == 3
    assert len({r.rcpt_tos for r in smtp_server.received}) == 3


def test_a_second_level_reminder_carries_the_open_items_statement(
    books: Ledger, smtp_server: SmtpTestServer
) -> None:
    from decimal import Decimal

    from ledgerpost.services.payments import Voucher, record

    party = _customer(books, "en")
    assert party.id is not None
    assert books.save_and_post(invoice(party, "100", on=JAN_5)).posted  # 122.00, INV-1
    assert books.save_and_post(invoice(party, "50", on=dt.date(2026, 1, 6))).posted  # 61.00
    paid = record(
        books, Voucher(DocumentType.RECEIPT, party.id, dt.date(2026, 1, 20), Decimal("61.00"))
    )  # settles half of INV-1, oldest first
    assert not paid.problems
    first, second = dt.date(2026, 1, 26), dt.date(2026, 2, 10)
    with connected(books, smtp_server):
        assert reminder_run.queue_run(books, first, today=first).queued == 1
        assert reminder_run.queue_run(books, second, today=second).queued == 1
        deliver(books)
    level_two = _parsed(smtp_server.received[-1].data)
    statements = [
        pdf_text(part.get_content())
        for part in level_two.iter_attachments()
        if "Open items" in pdf_text(part.get_content())
    ]
    assert len(statements) == 1  # level 2 attaches the statement; level 1 did not
    (statement,) = statements
    assert "INV-1" in statement and "INV-2" in statement
    assert "Total open\n122.00 EUR" in statement  # 61.00 left of each: not 183.00

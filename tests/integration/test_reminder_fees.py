"""A payment reminder's fee, booked: the level-3 reminder's 10.00 is the customer's receivable
and the reminder fees account's income, an open item (open items, ageing, statements, the paid
filter) that a receipt settles with the invoice, oldest first; a fee alone never starts a
reminder of its own; reminders without a fee book nothing; a waived fee (and the fee of a
reminder withdrawn before it left) is credited back. On a ledger file and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ledgerpost.domain import accounts
from ledgerpost.domain.accounts import Role
from ledgerpost.domain.allocation import AllocationRequest, PaidState
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter, PaidFilter
from ledgerpost.domain.open_items import Side
from ledgerpost.domain.parties import Party
from ledgerpost.services import (
    batch_control,
    books,
    payments,
    printing,
    receivables,
    reminder_fees,
    reminder_run,
    reminders,
)
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.payments import Voucher
from ledgerpost.services.send_checks import rough_sent_size
from tests.helpers.backends import BOTH_BACKENDS
from tests.helpers.books import add_customer, invoice

pytestmark = BOTH_BACKENDS

JAN_5 = dt.date(2026, 1, 5)  # due 2026-01-19 with the company's 14 days
RUNS = (dt.date(2026, 1, 26), dt.date(2026, 2, 9), dt.date(2026, 2, 23))
"""7, 21 and 35 days past due: levels 1, 2 and 3 (the default levels; only 3 has a fee)."""
LEVEL_3 = RUNS[-1]


def _remind_three_times(ledger: Ledger) -> tuple[Party, int]:
    """A customer whose invoice (122.00) reached level 3; the invoice's id."""
    settings_service.save(
        ledger, {"smtp.host": "mail.example.com", "smtp.from_address": "billing@example.com"}
    )
    party = add_customer(ledger, "Anna Kask", "en")
    posted = ledger.save_and_post(invoice(party, "100", on=JAN_5))
    assert posted.posted and posted.document.id is not None
    for day in RUNS:
        assert reminder_run.queue_run(ledger, day, today=day).queued == 1
    return party, posted.document.id


def _reminders(ledger: Ledger) -> list[tuple[str, Decimal]]:
    made = ledger.documents(DocumentFilter(type=DocumentType.REMINDER), newest_first=False)
    return [(r.display_number, r.total) for r in made]


def _paid(ledger: Ledger, state: PaidState, today: dt.date) -> list[str]:
    flt = DocumentFilter(paid=PaidFilter(state, today, 14))
    return sorted(r.display_number for r in ledger.documents(flt))


def test_a_level_3_fee_is_booked_and_settled_with_the_invoice(ledger: Ledger) -> None:
    party, _invoice_id = _remind_three_times(ledger)
    assert _reminders(ledger) == [
        ("REM-1", Decimal("0.00")),
        ("REM-2", Decimal("0.00")),
        ("REM-3", Decimal("10.00")),
    ]
    rows = {r.account: r for r in ledger.trial_balance()}
    fees = rows[accounts.REMINDER_FEES]
    assert (fees.name, fees.debit, fees.credit) == ("Reminder fees", Decimal(0), Decimal("10.00"))
    assert rows[accounts.RECEIVABLES].balance == Decimal("132.00")  # 122.00 + the fee
    assert rows[accounts.OUTPUT_VAT].credit == Decimal("22.00")  # no VAT on the fee
    chart = {a.code: a for a in books.accounts(ledger)}
    assert chart[accounts.REMINDER_FEES].role is Role.REMINDER_FEES
    trial = books.trial_balance_at(ledger)
    assert trial.debit_total == trial.credit_total

    items = receivables.open_items(ledger, as_of=LEVEL_3)
    assert [(i.number, i.type, i.open, i.due_date) for i in items] == [
        ("INV-1", DocumentType.INVOICE, Decimal("122.00"), dt.date(2026, 1, 19)),
        ("REM-3", DocumentType.REMINDER, Decimal("10.00"), dt.date(2026, 3, 9)),
    ]
    ageing = receivables.ageing_report(ledger, LEVEL_3)
    (row,) = ageing.rows
    assert (row.party, row.amount("31-60"), row.amount("current"), row.total) == (
        "Anna Kask",
        Decimal("122.00"),
        Decimal("10.00"),
        Decimal("132.00"),
    )
    assert party.id is not None
    statement = ledger.statement(party.id, dt.date(2026, 1, 1), dt.date(2026, 2, 28))
    assert [(line.reference, line.debit) for line in statement.lines] == [
        ("INV-1", Decimal("122.00")),
        ("REM-3", Decimal("10.00")),
    ]
    assert statement.closing == Decimal("132.00")
    open_form = receivables.open_items_statement(ledger, party, LEVEL_3)
    assert [i.number for i in open_form.items] == ["INV-1", "REM-3"]
    # The fee is something to pay like an invoice; reminders without a fee are not.
    assert _paid(ledger, PaidState.OPEN, LEVEL_3) == ["REM-3"]
    assert _paid(ledger, PaidState.OVERDUE, LEVEL_3) == ["INV-1"]
    assert _paid(ledger, PaidState.PAID, LEVEL_3) == []

    receipt = payments.record(
        ledger, Voucher(DocumentType.RECEIPT, party.id, dt.date(2026, 2, 25), Decimal("132.00"))
    )
    assert receipt.done, receipt.problems
    assert sorted((a.target_id, a.amount) for a in receipt.allocations)[-1][1] == Decimal("10.00")
    assert sum((a.amount for a in receipt.allocations), Decimal(0)) == Decimal("132.00")
    assert receivables.open_items(ledger, as_of=dt.date(2026, 2, 25)) == ()
    assert _paid(ledger, PaidState.PAID, dt.date(2026, 2, 25)) == ["INV-1", "REM-3"]
    assert ledger.check() == []
    # Nothing is open: a later run reminds no one.
    later = dt.date(2026, 4, 1)
    assert reminders.preview(ledger, later, today=later).count == 0


def test_a_fee_left_unpaid_is_listed_but_starts_no_reminder(ledger: Ledger) -> None:
    party, _invoice_id = _remind_three_times(ledger)
    assert party.id is not None
    paid_invoice = payments.record(
        ledger,
        Voucher(
            DocumentType.RECEIPT,
            party.id,
            dt.date(2026, 2, 26),
            Decimal("122.00"),
            allocate=(AllocationRequest("INV-1"),),
        ),
    )
    assert paid_invoice.done, paid_invoice.problems
    day = dt.date(2026, 5, 4)  # the fee is 56 days overdue
    items = receivables.open_items(ledger, as_of=day, side=Side.RECEIVABLE)
    assert [(i.number, i.open, i.days_overdue) for i in items] == [("REM-3", Decimal("10.00"), 56)]
    plan = reminders.preview(ledger, day, today=day).plan
    assert plan.reminders == () and plan.skipped == ()
    assert reminder_run.queue_run(ledger, day, today=day).queued == 0
    # The customer's next reminder lists it on its open-items statement.
    assert [i.number for i in receivables.open_items_statement(ledger, party, day).items] == [
        "REM-3"
    ]
    # A receipt naming the reminder pays its fee.
    fee = payments.record(
        ledger,
        Voucher(
            DocumentType.RECEIPT,
            party.id,
            day,
            Decimal("10.00"),
            allocate=(AllocationRequest("REM-3"),),
        ),
    )
    assert fee.done, fee.problems
    assert receivables.open_items(ledger, as_of=day) == ()
    assert ledger.check() == []


def test_reminders_without_a_fee_book_nothing(ledger: Ledger) -> None:
    settings_service.save(
        ledger, {"smtp.host": "mail.example.com", "smtp.from_address": "billing@example.com"}
    )
    party = add_customer(ledger, "Boris Ivanov", "ru")
    assert ledger.save_and_post(invoice(party, "100", on=JAN_5)).posted
    for day in RUNS[:2]:
        assert reminder_run.queue_run(ledger, day, today=day).queued == 1
    codes = {r.account for r in ledger.trial_balance()}
    assert accounts.REMINDER_FEES not in codes
    assert accounts.REMINDER_FEES not in {a.code for a in books.accounts(ledger)}
    items = receivables.open_items(ledger, as_of=RUNS[1])
    assert [i.number for i in items] == ["INV-1"]
    assert party.id is not None
    statement = ledger.statement(party.id, dt.date(2026, 1, 1), RUNS[1])
    assert [line.reference for line in statement.lines] == ["INV-1"]
    assert ledger.check() == []


def test_a_waived_fee_is_booked_back_and_is_no_longer_open(ledger: Ledger) -> None:
    party, _invoice_id = _remind_three_times(ledger)
    fee = ledger.find_document(DocumentType.REMINDER, 3)
    assert fee is not None and fee.id is not None and party.id is not None
    note = reminder_fees.waive_fee(ledger, fee.id, dt.date(2026, 2, 27))
    assert note is not None
    assert (note.display_number, note.totals.gross, note.totals.vat) == (
        "CN-1",
        Decimal("10.00"),
        Decimal("0.00"),
    )
    assert note.credited_document_id == fee.id and note.reference == "REM-3"
    rows = {r.account: r for r in ledger.trial_balance()}
    fees = rows[accounts.REMINDER_FEES]
    assert (fees.debit, fees.credit) == (Decimal("10.00"), Decimal("10.00"))
    assert rows[accounts.RECEIVABLES].balance == Decimal("122.00")
    assert rows[accounts.SALES].debit == Decimal(0)  # a waiver is no credit of sales
    day = dt.date(2026, 2, 28)
    assert [i.number for i in receivables.open_items(ledger, as_of=day)] == ["INV-1"]
    assert receivables.ageing_report(ledger, day).rows[0].total == Decimal("122.00")
    statement = ledger.statement(party.id, dt.date(2026, 1, 1), day)
    assert [(x.reference, x.debit, x.credit) for x in statement.lines][-2:] == [
        ("REM-3", Decimal("10.00"), Decimal(0)),
        ("CN-1", Decimal(0), Decimal("10.00")),
    ]
    assert reminder_fees.waive_fee(ledger, fee.id) is None  # nothing left to waive
    assert ledger.check() == []


def test_the_fee_of_a_withdrawn_reminder_is_waived(ledger: Ledger) -> None:
    """The third reminder with its invoice attached is too large for the server: it is
    withdrawn, and the fee it would have charged is waived at once."""
    party, invoice_id = _remind_three_times_but_the_last_is_too_large(ledger)
    assert party.id is not None
    fee = ledger.find_document(DocumentType.REMINDER, 3)
    assert fee is not None and fee.totals.gross == Decimal("10.00")
    notes = ledger.documents(DocumentFilter(type=DocumentType.CREDIT_NOTE))
    assert [(n.display_number, n.total, n.open) for n in notes] == [
        ("CN-1", Decimal("10.00"), Decimal("0.00"))
    ]
    items = receivables.open_items(ledger, as_of=LEVEL_3)
    assert [i.document_id for i in items] == [invoice_id]
    rows = {r.account: r for r in ledger.trial_balance()}
    assert rows[accounts.REMINDER_FEES].balance == Decimal(0)
    assert ledger.check() == []


def _remind_three_times_but_the_last_is_too_large(ledger: Ledger) -> tuple[Party, int]:
    settings_service.save(
        ledger, {"smtp.host": "mail.example.com", "smtp.from_address": "billing@example.com"}
    )
    party = add_customer(ledger, "Anna Kask", "en")
    posted = ledger.save_and_post(invoice(party, "100", on=JAN_5))
    assert posted.posted and posted.document.id is not None
    for day in RUNS[:2]:
        assert reminder_run.queue_run(ledger, day, today=day).queued == 1
    one_copy = len(printing.print_document(ledger, posted.document.id).pdf)
    limit = rough_sent_size(int(1.5 * one_copy))  # the reminder and its invoice do not fit
    assert settings_service.save(ledger, {
        "smtp.host": "mail.example.com", "smtp.port": 587,
        "smtp.server_size": f"mail.example.com:587 {limit}"}) == []  # fmt: skip
    run = reminder_run.queue_run(ledger, LEVEL_3, today=LEVEL_3)
    assert run.queued == 0 and [s.party for s in run.skipped] == ["Anna Kask"]
    return party, posted.document.id


def test_a_cancelled_reminder_charges_no_fee_beside_the_one_sent_again(ledger: Ledger) -> None:
    """The third reminder's message is cancelled: it counts as never sent, the next run makes
    the third level again with its fee, and the first fee is waived: 10.00 owed, not 20.00."""
    _remind_three_times(ledger)
    (third,) = [
        r
        for r in ledger.documents(DocumentFilter(type=DocumentType.REMINDER))
        if r.display_number == "REM-3"
    ]
    assert batch_control.cancel(ledger, _batch_of(ledger, third.id)) == 1
    day = LEVEL_3 + dt.timedelta(days=1)
    assert reminder_run.queue_run(ledger, day, today=day).queued == 1
    assert _reminders(ledger)[-1] == ("REM-4", Decimal("10.00"))
    items = receivables.open_items(ledger, as_of=day)
    assert [(i.number, i.open) for i in items] == [
        ("INV-1", Decimal("122.00")),
        ("REM-4", Decimal("10.00")),
    ]
    notes = ledger.documents(DocumentFilter(type=DocumentType.CREDIT_NOTE))
    assert [(n.display_number, n.date, n.total) for n in notes] == [("CN-1", day, Decimal("10.00"))]
    rows = {r.account: r for r in ledger.trial_balance()}
    assert rows[accounts.REMINDER_FEES].balance == Decimal("-10.00")
    assert ledger.check() == []


def _batch_of(ledger: Ledger, document_id: int) -> int:
    from ledgerpost.storage.mail_models import OutboxRow

    with ledger.db.read() as s:
        found = s.query(OutboxRow.batch_id).filter(OutboxRow.document_id == document_id).one()
    assert found[0] is not None
    return int(found[0])

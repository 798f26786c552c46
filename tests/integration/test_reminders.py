"""Reminder runs on a real ledger file: levels climb one at a time and never repeat for the same
invoices, paid invoices drop out, every skip reason is named, the CLI's preview contract."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from ledgerpost.cli.main import main
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.parties import Company, EmailAddress, Party, PartyKind
from ledgerpost.domain.reminders import SkipReason
from ledgerpost.domain.users import Right
from ledgerpost.services import printing, receivables, reminder_run, reminders
from ledgerpost.services import settings as settings_service
from ledgerpost.services.errors import NotAllowed
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.payments import Voucher, record
from ledgerpost.services.send_checks import rough_sent_size
from tests.helpers.books import add_customer, invoice
from tests.helpers.users import as_user, without

COMPANY = Company(
    name="Test Company OÜ",
    currency="EUR",
    language="en",
    bank_account="EE38 2200 2210 2014 5685",
    bank_bic="HABAEE2X",
    sender_address="books@example.com",
    payment_terms_days=14,
)
JAN_5 = dt.date(2026, 1, 5)  # due 2026-01-19 with 14 days' terms


@pytest.fixture
def books(tmp_path: Path) -> Ledger:
    ledger = Ledger.open(str(tmp_path / "books.sqlite3"))
    ledger.create_company(COMPANY)
    settings_service.save(ledger, {"smtp.from_address": "books@example.com"})
    yield ledger
    ledger.close()


def _post(ledger: Ledger, party: Party, amount: str, on: dt.date) -> int:
    result = ledger.save_and_post(invoice(party, amount, on=on))
    assert result.posted and result.document.id is not None
    return result.document.id


def _levels(ledger: Ledger, day: dt.date) -> dict[str, int]:
    found = reminders.preview(ledger, day, today=day)
    return {r.party: r.level for r in found.plan.reminders}


def _run(ledger: Ledger, day: dt.date) -> reminder_run.BatchResult:
    return reminder_run.queue_run(ledger, day, today=day)


def test_a_customer_gets_level_1_then_level_2_never_level_1_again(books: Ledger) -> None:
    customer = add_customer(books)
    _post(books, customer, "100", JAN_5)  # 122.00, due 2026-01-19
    assert _levels(books, dt.date(2026, 1, 25)) == {}  # 6 days overdue: no level yet
    assert _levels(books, dt.date(2026, 1, 26)) == {"Mari Tamm": 1}
    first = _run(books, dt.date(2026, 1, 26))
    assert first.queued == 1
    again = reminders.preview(books, dt.date(2026, 1, 30), today=dt.date(2026, 1, 30))
    assert again.count == 0
    assert [(s.party, s.reason) for s in again.plan.skipped] == [
        ("Mari Tamm", SkipReason.ALREADY_REMINDED)
    ]
    assert _levels(books, dt.date(2026, 2, 9)) == {"Mari Tamm": 2}  # 21 days overdue
    assert _run(books, dt.date(2026, 2, 9)).queued == 1
    # Long past level 3's day, the invoice climbs one level: 3, never back to 1 or 2.
    assert _levels(books, dt.date(2026, 6, 1)) == {"Mari Tamm": 3}
    items = receivables.open_items(books, as_of=dt.date(2026, 2, 10))
    assert [(i.number, i.reminder_level) for i in items] == [("INV-1", 2)]


def test_an_invoice_skips_no_level_even_when_first_reminded_late(books: Ledger) -> None:
    customer = add_customer(books)
    _post(books, customer, "100", JAN_5)
    assert _levels(books, dt.date(2026, 5, 1)) == {"Mari Tamm": 1}


def test_a_new_invoice_beside_a_reminded_one_gets_its_own_first_level(books: Ledger) -> None:
    customer = add_customer(books)
    _post(books, customer, "100", JAN_5)
    _run(books, dt.date(2026, 1, 26))
    _post(books, customer, "50", dt.date(2026, 1, 20))  # due 2026-02-03
    found = reminders.preview(books, dt.date(2026, 2, 10), today=dt.date(2026, 2, 10))
    (planned,) = found.plan.reminders
    assert planned.level == 2  # the oldest has reached level 2
    assert [(i.item.number, i.before, i.level) for i in planned.items] == [
        ("INV-1", 1, 2),
        ("INV-2", 0, 1),
    ]


def test_paid_invoices_drop_out(books: Ledger) -> None:
    customer = add_customer(books)
    assert customer.id is not None
    _post(books, customer, "100", JAN_5)
    _post(books, customer, "50", dt.date(2026, 1, 6))
    day = dt.date(2026, 2, 1)
    (before,) = reminders.preview(books, day, today=day).plan.reminders
    assert [i.item.number for i in before.items] == ["INV-1", "INV-2"]
    paid = record(books, Voucher(DocumentType.RECEIPT, customer.id, day, Decimal("122.00")))
    assert not paid.problems
    (after,) = reminders.preview(books, day, today=day).plan.reminders
    assert [i.item.number for i in after.items] == ["INV-2"]
    # A run that looks back at an earlier day still leaves out what was paid since.
    earlier = reminders.preview(books, dt.date(2026, 1, 31), today=day).plan.reminders
    assert [i.item.number for r in earlier for i in r.items] == ["INV-2"]
    record(books, Voucher(DocumentType.RECEIPT, customer.id, day, Decimal("61.00")))
    assert reminders.preview(books, day, today=day).plan.reminders == ()


def test_every_skip_reason_is_named(books: Ledger) -> None:
    day = dt.date(2026, 1, 26)
    settings_service.save(books, {"reminders.minimum": "20.00"})
    _post(books, add_customer(books, "Reminded", "en"), "100", JAN_5)
    assert _run(books, day).queued == 1
    names = ["Quiet", "Disputed", "Disputed invoice", "Small", "Nowhere", "Broken", "Due"]
    parties = {n: add_customer(books, n, "en") for n in names}
    parties["Nowhere"] = books.update_party(
        Party(PartyKind.CUSTOMER, "Nowhere", "en", id=parties["Nowhere"].id)
    )
    parties["Broken"] = books.update_party(
        Party(
            PartyKind.CUSTOMER,
            "Broken",
            "en",
            emails=(EmailAddress("mari(at)example.com"),),
            id=parties["Broken"].id,
        )
    )
    ids = {n: _post(books, p, "10" if n == "Small" else "100", JAN_5) for n, p in parties.items()}
    reminders.set_party_flags(books, _id(parties["Quiet"]), no_reminders=True)
    reminders.set_party_flags(books, _id(parties["Disputed"]), disputed=True)
    reminders.set_invoice_disputed(books, ids["Disputed invoice"], True)
    found = reminders.preview(books, day, today=day)
    assert {r.party: r.level for r in found.plan.reminders} == {"Due": 1}
    skipped = {s.party: s.reason for s in found.plan.skipped}
    assert skipped == {
        "Quiet": SkipReason.NO_REMINDERS,
        "Disputed": SkipReason.DISPUTED,
        "Disputed invoice": SkipReason.DISPUTED,
        "Small": SkipReason.BELOW_MINIMUM,  # 12.20 < 20.00
        "Reminded": SkipReason.ALREADY_REMINDED,
        "Nowhere": SkipReason.NO_ADDRESS,
        "Broken": SkipReason.NO_ADDRESS,
    }
    assert set(skipped.values()) == set(SkipReason)
    reminders.set_invoice_disputed(books, ids["Disputed invoice"], False)
    again = reminders.preview(books, day, today=day)
    assert {r.party for r in again.plan.reminders} == {"Due", "Disputed invoice"}


def test_money_on_account_lowers_what_is_owed(books: Ledger) -> None:
    customer = add_customer(books)
    _post(books, customer, "100", JAN_5)
    paid = record(
        books,
        Voucher(
            DocumentType.RECEIPT, _id(customer), dt.date(2026, 1, 20), Decimal(120), allocate=()
        ),
    )
    assert not paid.problems
    day = dt.date(2026, 1, 26)
    found = reminders.preview(books, day, today=day)
    assert [(s.party, s.reason) for s in found.plan.skipped] == [
        ("Mari Tamm", SkipReason.BELOW_MINIMUM)
    ]


def _id(party: Party) -> int:
    assert party.id is not None
    return party.id


def test_remind_preview_on_the_command_line(
    books: Ledger, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    customer = add_customer(books)
    _post(books, customer, "100", JAN_5)
    quiet = add_customer(books, "Quiet Ltd", "de")
    _post(books, quiet, "100", JAN_5)
    reminders.set_party_flags(books, _id(quiet), no_reminders=True)
    db = str(tmp_path / "books.sqlite3")
    code = main(["--db", db, "remind", "--as-of", "2026-01-26", "--preview", "--json"])
    out, _err = capsys.readouterr()
    assert code == 0
    found = json.loads(out)
    assert {k: found[k] for k in ("count", "cost", "balance")} == {
        "count": 1,
        "cost": 1,
        "balance": 5,
    }
    assert [
        {k: r[k] for k in ("party", "level", "open", "invoices")} for r in found["reminders"]
    ] == [{"party": "Mari Tamm", "level": 1, "open": "122.00", "invoices": ["INV-1"]}]
    assert [{k: s[k] for k in ("party", "reason")} for s in found["skipped"]] == [
        {"party": "Quiet Ltd", "reason": "no-reminders"}
    ]
    code = main(["--db", db, "remind", "--as-of", "2026-01-26", "--preview"])
    out, _err = capsys.readouterr()
    assert code == 0 and "Mari Tamm" in out and "Quiet Ltd: marked for no reminders" in out
    settings_service.save(books, {"smtp.host": "mail.example.com"})
    code = main(["--db", db, "remind", "--as-of", "2026-01-26", "--json"])
    out, _err = capsys.readouterr()
    queued = json.loads(out)
    assert code == 0 and queued["queued"] == 1 and len(queued["outbox_ids"]) == 1
    assert queued["skipped"] == [{"party": "Quiet Ltd", "reason": "no-reminders"}]
    code = main(["--db", db, "remind", "--as-of", "2026-01-26"])
    out, _err = capsys.readouterr()
    assert code == 0 and "0 reminder(s) queued, 2 skipped" in out
    assert "Mari Tamm: already reminded at this level" in out


def test_open_items_show_the_reminder_level_and_what_was_paid_since(
    books: Ledger, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    customer = add_customer(books)
    _post(books, customer, "100", JAN_5)
    _run(books, dt.date(2026, 1, 26))
    paid = record(
        books, Voucher(DocumentType.RECEIPT, _id(customer), dt.date(2026, 1, 28), Decimal(22))
    )
    assert not paid.problems
    db = str(tmp_path / "books.sqlite3")
    code = main(["--db", db, "open-items", "--as-of", "2026-01-30", "--json"])
    out, _err = capsys.readouterr()
    assert code == 0
    (item,) = json.loads(out)
    assert (item["open"], item["reminder_level"]) == ("100.00", 1)
    assert (item["reminded_on"], item["paid_since_reminder"]) == ("2026-01-26", "22.00")
    # Looking back before the reminder, there was none.
    code = main(["--db", db, "open-items", "--as-of", "2026-01-25", "--json"])
    out, _err = capsys.readouterr()
    (item,) = json.loads(out)
    assert (item["reminder_level"], item["reminded_on"]) == (0, None)
    code = main(["--db", db, "open-items", "--as-of", "2026-01-30"])
    out, _err = capsys.readouterr()
    assert code == 0 and "paid since reminder" in out and "22.00" in out


def test_reminder_flags_on_the_command_line(
    books: Ledger, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    customer = add_customer(books)
    _post(books, customer, "100", JAN_5)
    db = str(tmp_path / "books.sqlite3")
    party = str(_id(customer))
    assert main(["--db", db, "reminder-flags", "--party", party, "--disputed", "yes"]) == 0
    out, _err = capsys.readouterr()
    assert json.loads(out) == {"party": "Mari Tamm", "no_reminders": False, "disputed": True}
    day = dt.date(2026, 1, 26)
    assert reminders.preview(books, day, today=day).plan.skipped[0].reason is SkipReason.DISPUTED
    assert main(["--db", db, "reminder-flags", "--party", party, "--disputed", "no"]) == 0
    assert (
        main(
            [
                "--db",
                db,
                "reminder-flags",
                "--party",
                party,
                "--invoice",
                "INV-1",
                "--disputed",
                "yes",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert reminders.preview(books, day, today=day).plan.skipped[0].reason is SkipReason.DISPUTED


def test_two_runs_on_the_same_day_never_climb_two_levels(books: Ledger) -> None:
    """An invoice far past level 3's day, first reminded today, gets level 1 and nothing more
    today (a second run sends nothing); level 2 comes the next day at the soonest."""
    customer = add_customer(books)
    _post(books, customer, "100", JAN_5)  # due 2026-01-19
    day = dt.date(2026, 6, 1)
    assert _run(books, day).queued == 1
    again = reminders.preview(books, day, today=day)
    assert again.count == 0
    assert [s.reason for s in again.plan.skipped] == [SkipReason.ALREADY_REMINDED]
    assert _run(books, day).queued == 0
    assert _levels(books, day + dt.timedelta(days=1)) == {"Mari Tamm": 2}
    assert _run(books, day + dt.timedelta(days=1)).queued == 1
    assert _run(books, day + dt.timedelta(days=1)).queued == 0
    assert _levels(books, day + dt.timedelta(days=2)) == {"Mari Tamm": 3}


def test_a_run_takes_the_right_to_post_as_well_as_to_send(books: Ledger) -> None:
    """Each reminder is a posted document: a clerk who may send but not post makes none."""
    customer = add_customer(books, "Hiline OÜ", "en")
    _post(books, customer, "120.00", JAN_5)
    day = dt.date(2026, 2, 1)
    with pytest.raises(NotAllowed):
        reminder_run.queue_run(
            books, day, by=as_user("anna", without(Right.POST_DOCUMENTS)), today=day
        )
    assert _levels(books, day) == {"Hiline OÜ": 1}  # nothing was made
    assert _run(books, day).queued == 1


def test_a_reminder_too_large_with_its_invoices_is_withdrawn_not_queued(books: Ledger) -> None:
    """The server takes about two and a half print copies: a reminder with one invoice goes,
    one with six attached invoices is refused before queueing (the send check alone, without
    the level's files, would let it through), and its reminder is withdrawn."""
    small = add_customer(books, "Väike OÜ", "en")
    large = add_customer(books, "Suur OÜ", "en")
    first = _post(books, small, "120.00", JAN_5)
    for _ in range(6):
        _post(books, large, "80.00", JAN_5)
    one_copy = len(printing.print_document(books, first).pdf)
    limit = rough_sent_size(int(2.5 * one_copy))
    assert settings_service.save(books, {
        "smtp.host": "smtp.example.com", "smtp.port": 587,
        "smtp.server_size": f"smtp.example.com:587 {limit}"}) == []  # fmt: skip
    day = dt.date(2026, 2, 1)
    result = _run(books, day)
    assert result.queued == 1
    (refused,) = [s for s in result.skipped if s.party == "Suur OÜ"]
    assert "the server takes at most" in refused.reason, refused
    assert _levels(books, day) == {"Suur OÜ": 1}  # withdrawn: it is due again


def test_a_level_before_the_due_date_is_a_friendly_notice_not_a_reminder(books: Ledger) -> None:
    """Negative days: a notice before the due date, in its own bundled words (nothing is
    overdue yet), every placeholder filled; the overdue levels follow as usual."""
    levels = [
        {"level": 1, "days": -3, "attach_invoices": True, "attach_statement": False, "fee": "0"},
        {"level": 2, "days": 7, "attach_invoices": True, "attach_statement": False, "fee": "0"},
    ]
    assert settings_service.save(books, {"reminders.levels": levels}) == []
    customer = add_customer(books, "Ettevaatlik OÜ", "de")
    _post(books, customer, "100", JAN_5)  # due 2026-01-19
    notice_day = dt.date(2026, 1, 16)
    assert _levels(books, dt.date(2026, 1, 15)) == {}
    assert _levels(books, notice_day) == {"Ettevaatlik OÜ": 1}
    run = _run(books, notice_day)
    assert run.queued == 1
    with books.db.read() as s:
        subject, body = (
            s.connection()
            .exec_driver_sql(
                "SELECT subject, body FROM outbox_message WHERE id = ?", (run.outbox_ids[0],)
            )
            .one()
        )
    assert "bald fällige Rechnungen" in subject
    assert "vor dem Fälligkeitstag" in body and "{" not in body and "INV-1" in body
    assert _levels(books, dt.date(2026, 1, 26)) == {"Ettevaatlik OÜ": 2}  # then overdue

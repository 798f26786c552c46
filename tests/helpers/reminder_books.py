"""A ledger with customers at every stage of a reminder run as of today: due a first reminder,
due a second, already reminded, and one left out for each reason (no address, "never send
reminders", in dispute, below the minimum). Invoices are dated from today (14 days' terms)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ledgerpost.domain.parties import AddressRole, Company, EmailAddress, Party, PartyKind
from ledgerpost.domain.reminders import DEFAULT_LEVELS
from ledgerpost.services import batch_control, reminder_run, reminders
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import invoice

COMPANY = Company(
    name="Test Company OÜ",
    currency="EUR",
    language="en",
    bank_account="EE38 2200 2210 2014 5685",
    bank_bic="HABAEE2X",
    sender_address="books@example.com",
    payment_terms_days=14,
)
TODAY = dt.date.today()
DUE = ["Aino Kask", "Brandt & Söhne GmbH", "Northwind Traders Ltd"]
"""Customers a run today reminds (Brandt at level 2, the others at level 1)."""
LEFT_OUT = {
    "Already Reminded OÜ": "already-reminded",
    "Dispute Partners": "disputed",
    "Never Remind AS": "no-reminders",
    "No Address Ltd": "no-address",
    "Small Change SRL": "below-minimum",
}


def _customer(
    ledger: Ledger, name: str, language: str = "en", address: bool = True, cc: str = ""
) -> Party:
    slug = name.split()[0].lower()
    emails = (EmailAddress(f"{slug}@example.com", AddressRole.BILLING),) if address else ()
    copies = (cc,) if cc else ()
    return ledger.add_party(
        Party(PartyKind.CUSTOMER, name, language, emails=emails, default_cc=copies)
    )


def _post(ledger: Ledger, party: Party, amount: str, days_ago: int) -> int:
    result = ledger.save_and_post(invoice(party, amount, on=TODAY - dt.timedelta(days_ago)))
    assert result.posted and result.document.id is not None
    return result.document.id


def _remind_earlier(ledger: Ledger, party_ids: set[int], days_ago: int) -> None:
    """A run some days ago that reminded only ``party_ids`` (the others' cards were marked
    for the moment); its messages are held, so that they stay out of today's deliveries (a
    held reminder counts as sent: only a cancelled or failed one counts as never sent)."""
    day = TODAY - dt.timedelta(days_ago)
    others = [
        p.id
        for p in ledger.parties(PartyKind.CUSTOMER)
        if p.id is not None and p.id not in party_ids
    ]
    before = {i: reminders.party_flags(ledger, i) for i in others}
    for party_id in others:
        reminders.set_party_flags(ledger, party_id, no_reminders=True)
    run = reminder_run.queue_run(ledger, day, today=TODAY)
    assert run.queued == len(party_ids)
    assert batch_control.pause(ledger, run.batch_id) == len(party_ids)
    for party_id, flags in before.items():
        reminders.set_party_flags(
            ledger, party_id, no_reminders=flags.no_reminders, disputed=flags.disputed
        )


def make_reminder_books(path: Path) -> Ledger:
    ledger = Ledger.open(str(path))
    ledger.create_company(COMPANY)
    levels = [dict(level) for level in DEFAULT_LEVELS]
    levels[1]["fee"] = "5.00"  # the second reminder costs a fee
    problems = settings_service.save(
        ledger, {"smtp.from_address": "books@example.com", "reminders.levels": levels}
    )
    assert problems == []
    aino = _customer(ledger, "Aino Kask", "et")
    _post(ledger, aino, "100", 30)  # due 16 days ago: level 1
    _post(ledger, aino, "40", 25)  # due 11 days ago: level 1
    brandt = _customer(ledger, "Brandt & Söhne GmbH", "de")
    _post(ledger, brandt, "250", 50)  # due 36 days ago; reminded at level 1 25 days ago
    north = _customer(ledger, "Northwind Traders Ltd", cc="accounts@northwind.example")
    _post(ledger, north, "80", 22)  # due 8 days ago: level 1
    already = _customer(ledger, "Already Reminded OÜ", "et")
    _post(ledger, already, "60", 30)  # reminded at level 1 five days ago, still level 1
    dispute = _customer(ledger, "Dispute Partners")
    _post(ledger, dispute, "90", 40)
    never = _customer(ledger, "Never Remind AS")
    _post(ledger, never, "70", 40)
    nowhere = _customer(ledger, "No Address Ltd", address=False)
    _post(ledger, nowhere, "55", 40)
    small = _customer(ledger, "Small Change SRL", "ro")
    _post(ledger, small, "3", 40)  # 3.66 owed, less than the 5.00 minimum
    fresh = _customer(ledger, "Fresh Invoice OY")
    _post(ledger, fresh, "500", 10)  # not yet due: not in the run at all
    ids = {p.name: p.id for p in ledger.parties(PartyKind.CUSTOMER)}
    assert all(i is not None for i in ids.values())
    _remind_earlier(ledger, {ids["Brandt & Söhne GmbH"]}, 25)  # type: ignore[arg-type]
    _remind_earlier(ledger, {ids["Already Reminded OÜ"]}, 5)  # type: ignore[arg-type]
    reminders.set_party_flags(ledger, ids["Dispute Partners"], disputed=True)  # type: ignore[arg-type]
    reminders.set_party_flags(ledger, ids["Never Remind AS"], no_reminders=True)  # type: ignore[arg-type]
    return ledger

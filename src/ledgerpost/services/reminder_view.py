"""A reminder run's preview as the window shows it: per customer the level, the invoices named,
what is open, the level's fee and the addresses the reminder goes to; everyone left out and why.

The plan and its cost are :func:`ledgerpost.services.reminders.preview`; this adds what the
window shows beside it, read in the same background call.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from ledgerpost.domain.parties import AddressRole, EmailAddress, Party, PartyKind
from ledgerpost.domain.reminders import PlannedReminder, SkipReason
from ledgerpost.domain.users import SignedIn
from ledgerpost.services import reminders
from ledgerpost.services.address_book import may_see_contacts
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage.reminder_addresses import card_addresses


@dataclass(frozen=True, slots=True)
class ReminderRow:
    """One reminder the run would send."""

    party_id: int
    party: str
    level: int
    invoices: tuple[str, ...]
    open: Decimal
    currency: str
    days_overdue: int
    fee: Decimal
    to: tuple[str, ...]
    """The card's addresses for invoices (else its general ones); empty when hidden."""
    copies: tuple[str, ...] = ()
    """The card's default CC and BCC, added to every message to the customer."""

    @property
    def total_due(self) -> Decimal:
        return self.open + self.fee


@dataclass(frozen=True, slots=True)
class SkippedRow:
    party_id: int
    party: str
    reason: SkipReason
    open: Decimal
    currency: str


@dataclass(frozen=True, slots=True)
class ReminderView:
    as_of: dt.date
    rows: tuple[ReminderRow, ...]
    skipped: tuple[SkippedRow, ...]
    balance: int
    hidden: bool = False
    """The user may not see contact addresses: the rows name none."""

    @property
    def count(self) -> int:
        return len(self.rows)

    @property
    def cost(self) -> int:
        return self.count  # one credit per message the server accepts

    def open_by_currency(self) -> dict[str, Decimal]:
        found: dict[str, Decimal] = {}
        for row in self.rows:
            found[row.currency] = found.get(row.currency, Decimal(0)) + row.open
        return found


Card = tuple[tuple[EmailAddress, ...], tuple[str, ...]]


def _row(planned: PlannedReminder, fee: Decimal, card: Card | None, hidden: bool) -> ReminderRow:
    to: tuple[str, ...] = ()
    copies: tuple[str, ...] = ()
    if card is not None and not hidden:
        emails, copies = card
        # The addresses a reminder goes to: the card's for invoices, as every document's.
        to = Party(PartyKind.CUSTOMER, planned.party, emails=emails).emails_for(AddressRole.BILLING)
    return ReminderRow(
        planned.party_id,
        planned.party,
        planned.level,
        tuple(i.item.number for i in planned.items),
        planned.open,
        planned.currency,
        planned.days_overdue,
        fee,
        to,
        copies,
    )


def view(
    ledger: Ledger, as_of: dt.date, *, by: SignedIn | None = None, today: dt.date | None = None
) -> ReminderView:
    """The run at ``as_of`` as the window shows it; ``NotAllowed`` without the right to send."""
    found = reminders.preview(ledger, as_of, by=by, today=today)
    settings = reminders.reminder_settings(ledger)
    fees = {x.level: x.fee for x in settings.levels}
    hidden = not may_see_contacts(ledger, by)
    cards: dict[int, Card] = {}
    if not hidden:
        with ledger.db.read() as s:
            cards = card_addresses(s, {r.party_id for r in found.plan.reminders})
    rows = tuple(
        _row(r, fees.get(r.level, Decimal(0)), cards.get(r.party_id), hidden)
        for r in found.plan.reminders
    )
    skipped = tuple(
        SkippedRow(s.party_id, s.party, s.reason, s.open, s.currency) for s in found.plan.skipped
    )
    return ReminderView(as_of, rows, skipped, found.balance, hidden)

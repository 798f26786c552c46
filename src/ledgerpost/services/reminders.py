"""Payment reminders: the run's plan at a date, its preview, and the customers' and invoices'
reminder flags. Queueing a run is :mod:`ledgerpost.services.reminder_run`.

A run as of a day gives every customer whose overdue invoices have reached a level the
reminder of that level (``domain.reminders`` decides), and names everyone it leaves out and
why. An invoice paid since the run's day is never named, whatever day the run looks at.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.open_items import OpenItem, Side
from ledgerpost.domain.reminders import (
    PartyFacts,
    PlannedReminder,
    ReminderSettings,
    RunPlan,
    SkippedParty,
    plan_run,
    settings_of,
)
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.services import access, receivables
from ledgerpost.services import settings as settings_service
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import credit_repository as credit_repo
from ledgerpost.storage import reminder_repository as repo
from ledgerpost.storage.reminder_repository import PartyFlags


@dataclass(frozen=True, slots=True)
class ReminderPreview:
    """What a run would send, what it costs and whom it leaves out."""

    plan: RunPlan
    balance: int

    @property
    def count(self) -> int:
        return len(self.plan.reminders)

    @property
    def cost(self) -> int:
        return self.count  # one credit per message the server accepts

    def as_json(self) -> dict[str, object]:
        return {
            "as_of": self.plan.as_of.isoformat(),
            "count": self.count,
            "cost": self.cost,
            "balance": self.balance,
            "reminders": [_reminder_json(r) for r in self.plan.reminders],
            "skipped": [_skipped_json(s) for s in self.plan.skipped],
        }


def _reminder_json(r: PlannedReminder) -> dict[str, Any]:
    return {
        "party": r.party,
        "party_id": r.party_id,
        "level": r.level,
        "open": str(r.open),
        "currency": r.currency,
        "days_overdue": r.days_overdue,
        "invoices": [i.item.number for i in r.items],
    }


def _skipped_json(s: SkippedParty) -> dict[str, Any]:
    return {
        "party": s.party,
        "party_id": s.party_id,
        "reason": s.reason.value,
        "open": str(s.open),
        "currency": s.currency,
    }


def reminder_settings(ledger: Ledger, values: dict[str, Any] | None = None) -> ReminderSettings:
    found = values or settings_service.load(ledger)
    return settings_of(list(found["reminders.levels"]), str(found["reminders.minimum"]))


def open_invoices(ledger: Ledger, as_of: dt.date, today: dt.date) -> tuple[OpenItem, ...]:
    """Customers' open items at the end of ``as_of``, less whatever was paid of them since."""
    items = receivables.open_items(ledger, as_of=as_of, side=Side.RECEIVABLE)
    if as_of >= today:
        return items
    now = {
        i.document_id: i.open
        for i in receivables.open_items(ledger, as_of=today, side=Side.RECEIVABLE)
    }
    kept = []
    for item in items:
        if item.type is not DocumentType.INVOICE:
            kept.append(item)
        elif now.get(item.document_id, 0) > 0:
            kept.append(replace(item, open=min(item.open, now[item.document_id])))
    return tuple(kept)


def plan(ledger: Ledger, as_of: dt.date, *, today: dt.date | None = None) -> RunPlan:
    """Who gets which reminder at ``as_of`` and who is left out, from the stored ledger."""
    settings = reminder_settings(ledger)
    items = open_invoices(ledger, as_of, today or dt.date.today())
    with ledger.db.read() as s:
        flags = repo.party_flags(s)
        disputed = repo.disputed_invoices(s)
        last = repo.last_reminders(s)
        customers = repo.customer_facts(s)
    parties = {}
    for party_id, name, language, has_email in customers:
        flag = flags.get(party_id, PartyFlags())
        parties[party_id] = PartyFacts(
            party_id, name, language, has_email, flag.no_reminders, flag.disputed
        )
    return plan_run(
        items,
        parties,
        settings,
        as_of,
        last_levels={k: v.level for k, v in last.items()},
        disputed_invoices=disputed,
        last_days={k: v.on for k, v in last.items()},
    )


def preview(
    ledger: Ledger, as_of: dt.date, *, by: SignedIn | None = None, today: dt.date | None = None
) -> ReminderPreview:
    """The run at ``as_of`` as it would go; ``NotAllowed`` without the right to send."""
    with ledger.db.read() as s:
        access.require(s, by, Right.SEND_EMAIL)
        balance = credit_repo.available_credits(s)
    return ReminderPreview(plan(ledger, as_of, today=today), balance)


# --- flags ---------------------------------------------------------------------------------


def party_flags(ledger: Ledger, party_id: int) -> PartyFlags:
    with ledger.db.read() as s:
        return repo.party_flags(s).get(party_id, PartyFlags())


def set_party_flags(
    ledger: Ledger,
    party_id: int,
    *,
    no_reminders: bool | None = None,
    disputed: bool | None = None,
    by: SignedIn | None = None,
) -> PartyFlags:
    """Mark a customer "no reminders" or "disputed" (None leaves a flag as it is)."""
    ledger.party(party_id)  # refuses a party that does not exist
    with ledger.db.write() as s:
        access.require(s, by, Right.POST_DOCUMENTS)
        now = repo.party_flags(s).get(party_id, PartyFlags())
        found = PartyFlags(
            now.no_reminders if no_reminders is None else no_reminders,
            now.disputed if disputed is None else disputed,
        )
        repo.set_party_flags(s, party_id, found)
    return found


def invoice_disputed(ledger: Ledger, document_id: int) -> bool:
    """Whether one invoice is left out of reminders."""
    with ledger.db.read() as s:
        return repo.invoice_disputed(s, document_id)


def set_invoice_disputed(
    ledger: Ledger, document_id: int, disputed: bool, *, by: SignedIn | None = None
) -> None:
    """Leave one invoice out of reminders (or put it back)."""
    document = ledger.document(document_id)
    if document.type is not DocumentType.INVOICE:
        number = document.display_number or str(document_id)
        raise LedgerError.of("dispute-not-invoice", "invoice", number=number)
    with ledger.db.write() as s:
        access.require(s, by, Right.POST_DOCUMENTS)
        repo.set_invoice_disputed(s, document_id, disputed)

"""Reminders in and out of the database: the level each invoice was last reminded at, the
lines of a reminder, and the customers' and invoices' reminder flags."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, delete, func, select
from sqlalchemy.orm import Session

from ledgerpost.domain.addresses import is_valid_address
from ledgerpost.domain.documents import DocumentState, DocumentType
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.parties import PartyKind
from ledgerpost.domain.reminders import ReminderLine
from ledgerpost.storage.mail_models import OutboxRow
from ledgerpost.storage.models import AllocationRow, DocumentRow, EmailRow, PartyRow
from ledgerpost.storage.reminder_models import (
    DisputedInvoiceRow,
    ReminderLineRow,
    ReminderPartyRow,
    ReminderRow,
)
from ledgerpost.storage.types import from_minor, to_minor

_GONE = (OutboxStatus.CANCELLED.value, OutboxStatus.FAILED.value)


@dataclass(frozen=True, slots=True)
class LastReminder:
    """The latest reminder an invoice was named in, and what was paid to it after."""

    level: int
    on: dt.date
    reminder_id: int


@dataclass(frozen=True, slots=True)
class PartyFlags:
    no_reminders: bool = False
    disputed: bool = False


def withdrawn(session: Session, reminder_ids: Iterable[int] | None = None) -> set[int]:
    """Of ``reminder_ids`` (all by default), the reminders that count as never sent: those
    withdrawn, and those whose every message was cancelled or failed."""
    query = (
        select(
            OutboxRow.document_id,
            func.count(),
            func.sum(case((OutboxRow.status.in_(_GONE), 1), else_=0)),
        )
        .join(ReminderRow, ReminderRow.document_id == OutboxRow.document_id)
        .group_by(OutboxRow.document_id)
    )
    marked = select(ReminderRow.document_id).where(ReminderRow.withdrawn)
    ids = None if reminder_ids is None else list(reminder_ids)
    if ids is not None and len(ids) <= 500:
        query = query.where(OutboxRow.document_id.in_(ids))
        marked = marked.where(ReminderRow.document_id.in_(ids))
    found = {doc_id for doc_id, count, gone in session.execute(query) if count == gone}
    found.update(session.scalars(marked))
    return found


def open_fees(session: Session, party_id: int) -> list[int]:
    """The party's posted reminders whose fee is not settled in full."""
    query = select(DocumentRow.id).where(
        DocumentRow.party_id == party_id,
        DocumentRow.type == DocumentType.REMINDER.value,
        DocumentRow.state == DocumentState.POSTED.value,
        DocumentRow.allocated_minor < DocumentRow.gross_minor,
    )
    return list(session.scalars(query.order_by(DocumentRow.id)))


def withdraw(session: Session, document_id: int) -> None:
    row = session.get(ReminderRow, document_id)
    if row is not None:
        row.withdrawn = True


def last_reminders(
    session: Session, invoice_ids: Iterable[int] | None = None, until: dt.date | None = None
) -> dict[int, LastReminder]:
    """Per invoice, its highest level reminded (of reminders not withdrawn, run by ``until``)
    and that reminder's day."""
    query = select(
        ReminderLineRow.invoice_id,
        ReminderLineRow.level,
        ReminderRow.as_of,
        ReminderRow.document_id,
    ).join(ReminderRow, ReminderRow.document_id == ReminderLineRow.reminder_id)
    if invoice_ids is not None:
        ids = list(invoice_ids)
        if not ids:
            return {}
        if len(ids) <= 500:
            query = query.where(ReminderLineRow.invoice_id.in_(ids))
    if until is not None:
        query = query.where(ReminderRow.as_of <= until)
    rows = list(session.execute(query))
    gone = withdrawn(session, {r[3] for r in rows})
    found: dict[int, LastReminder] = {}
    for invoice_id, level, on, reminder_id in rows:
        if reminder_id in gone:
            continue
        known = found.get(invoice_id)
        if known is None or (level, on) > (known.level, known.on):
            found[invoice_id] = LastReminder(level, on, reminder_id)
    return found


def paid_since(
    session: Session,
    since: dict[int, dt.date],
    currency_of: dict[int, str],
    until: dt.date | None = None,
) -> dict[int, Decimal]:
    """Per invoice, what allocations dated after ``since[invoice]`` (up to ``until``) settled
    of it and were not reversed by ``until``."""
    if not since:
        return {}
    query = select(AllocationRow.target_id, AllocationRow.date, AllocationRow.amount_minor)
    if until is None:
        query = query.where(AllocationRow.reversed_on.is_(None))
    else:
        query = query.where(
            AllocationRow.date <= until,
            AllocationRow.reversed_on.is_(None) | (AllocationRow.reversed_on > until),
        )
    if len(since) <= 500:
        query = query.where(AllocationRow.target_id.in_(list(since)))
    rows = session.execute(query)
    found: dict[int, int] = {}
    for target, on, minor in rows:
        if target in since and on > since[target]:
            found[target] = found.get(target, 0) + minor
    return {k: from_minor(v, currency_of.get(k, "EUR")) for k, v in found.items()}


def add_reminder(
    session: Session,
    document_id: int,
    party_id: int,
    level: int,
    as_of: dt.date,
    lines: Sequence[ReminderLine],
    currency: str,
) -> None:
    session.add(
        ReminderRow(
            document_id=document_id, level=level, as_of=as_of, party_id=party_id, withdrawn=False
        )
    )
    session.flush()
    for position, line in enumerate(lines):
        session.add(
            ReminderLineRow(
                reminder_id=document_id,
                invoice_id=line.invoice_id,
                position=position,
                number=line.number,
                date=line.date,
                due_date=line.due_date,
                days=line.days,
                total_minor=to_minor(line.total, currency),
                open_minor=to_minor(line.open, currency),
                level=line.level,
            )
        )


def reminder_of(session: Session, document_id: int) -> tuple[int, list[ReminderLine]] | None:
    """A reminder's level and lines; None when the document is no reminder."""
    head = session.get(ReminderRow, document_id)
    if head is None:
        return None
    document = session.get(DocumentRow, document_id)
    code = document.currency if document is not None else "EUR"
    rows = session.scalars(
        select(ReminderLineRow)
        .where(ReminderLineRow.reminder_id == document_id)
        .order_by(ReminderLineRow.position)
    )
    lines = [
        ReminderLine(
            r.invoice_id,
            r.number,
            r.date,
            r.due_date,
            r.days,
            from_minor(r.total_minor, code),
            from_minor(r.open_minor, code),
            r.level,
        )
        for r in rows
    ]
    return head.level, lines


def party_flags(session: Session) -> dict[int, PartyFlags]:
    rows = session.scalars(select(ReminderPartyRow))
    return {r.party_id: PartyFlags(r.no_reminders, r.disputed) for r in rows}


def set_party_flags(session: Session, party_id: int, flags: PartyFlags) -> None:
    row = session.get(ReminderPartyRow, party_id)
    if row is None:
        session.add(ReminderPartyRow(party_id=party_id, **_flags(flags)))
    else:
        row.no_reminders, row.disputed = flags.no_reminders, flags.disputed


def _flags(flags: PartyFlags) -> dict[str, bool]:
    return {"no_reminders": flags.no_reminders, "disputed": flags.disputed}


def disputed_invoices(session: Session) -> frozenset[int]:
    return frozenset(session.scalars(select(DisputedInvoiceRow.document_id)))


def invoice_disputed(session: Session, document_id: int) -> bool:
    return session.get(DisputedInvoiceRow, document_id) is not None


def set_invoice_disputed(session: Session, document_id: int, disputed: bool) -> None:
    if disputed:
        if session.get(DisputedInvoiceRow, document_id) is None:
            session.add(DisputedInvoiceRow(document_id=document_id))
    else:
        session.execute(
            delete(DisputedInvoiceRow).where(DisputedInvoiceRow.document_id == document_id)
        )


def customer_facts(session: Session) -> list[tuple[int, str, str, bool]]:
    """Every customer's id, name, language and whether its card (or a contact person's) has
    an email address that is valid."""
    customer = PartyRow.kind == PartyKind.CUSTOMER.value
    addressed: set[int] = set()
    for party_id, address in session.execute(
        select(EmailRow.party_id, EmailRow.address).join(PartyRow).where(customer)
    ):
        if party_id not in addressed and is_valid_address(address):
            addressed.add(party_id)
    rows = session.execute(select(PartyRow.id, PartyRow.name, PartyRow.language).where(customer))
    return [(r[0], r[1], r[2], r[0] in addressed) for r in rows]


def unsent_reminders(session: Session) -> list[int]:
    """Reminder documents no message was ever queued for (a run stopped in between)."""
    queued = select(OutboxRow.id).where(OutboxRow.document_id == ReminderRow.document_id).exists()
    query = select(ReminderRow.document_id).where(~queued, ~ReminderRow.withdrawn)
    return list(session.scalars(query.order_by(ReminderRow.document_id)))


def has_message(session: Session, document_id: int) -> bool:
    found = session.scalar(
        select(OutboxRow.id).where(OutboxRow.document_id == document_id).limit(1)
    )
    return found is not None


def next_number(session: Session, series: str) -> int:
    """The number the next posting in ``series`` takes, its row held for this transaction
    (the series exists)."""
    from ledgerpost.storage.models import SeriesRow

    found = session.execute(
        select(SeriesRow.next_number).where(SeriesRow.code == series).with_for_update()
    ).scalar_one()
    return int(found)

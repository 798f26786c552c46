"""The journal of a period line by line, with what an accountant's export shows beside it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ledgerpost.storage.models import AccountRow, DocumentRow, EntryLineRow, EntryRow, PartyRow
from ledgerpost.storage.types import from_minor


@dataclass(frozen=True, slots=True)
class JournalLine:
    entry_id: int
    date: dt.date
    description: str
    currency: str
    account: str
    account_name: str
    debit: Decimal
    credit: Decimal
    party_id: int | None
    party_code: str
    party_name: str
    document_id: int | None
    document_type: str
    document_number: str
    document_net: Decimal | None
    document_vat: Decimal | None
    posted_at: dt.datetime | None


def journal_lines(session: Session, start: dt.date, end: dt.date) -> Iterator[JournalLine]:
    """Every line of every entry dated ``start..end``, by date, entry and line."""
    query = (
        select(EntryRow, EntryLineRow, AccountRow.name, PartyRow, DocumentRow)
        .join(EntryLineRow, EntryLineRow.entry_id == EntryRow.id)
        .join(AccountRow, AccountRow.code == EntryLineRow.account)
        .outerjoin(PartyRow, PartyRow.id == EntryLineRow.party_id)
        .outerjoin(DocumentRow, DocumentRow.id == EntryRow.document_id)
        .where(EntryRow.date >= start, EntryRow.date <= end, EntryRow.state == "posted")
        .order_by(EntryRow.date, EntryRow.id, EntryLineRow.id)
        .execution_options(yield_per=5_000)
    )
    for entry, line, account_name, party, doc in session.execute(query):
        currency = entry.currency
        yield JournalLine(
            entry_id=entry.id,
            date=entry.date,
            description=entry.description,
            currency=currency,
            account=line.account,
            account_name=account_name,
            debit=from_minor(line.debit_minor, currency),
            credit=from_minor(line.credit_minor, currency),
            party_id=line.party_id,
            party_code=party.code if party else "",
            party_name=party.name if party else "",
            document_id=entry.document_id,
            document_type=doc.type if doc else "",
            document_number=f"{doc.series}-{doc.number}" if doc and doc.number else "",
            document_net=from_minor(doc.net_minor, doc.currency) if doc else None,
            document_vat=from_minor(doc.vat_minor, doc.currency) if doc else None,
            posted_at=doc.posted_at if doc else None,
        )


def accounts(session: Session) -> list[tuple[str, str, str]]:
    """Every account of the chart: code, name and kind."""
    rows = session.execute(
        select(AccountRow.code, AccountRow.name, AccountRow.kind).order_by(AccountRow.code)
    )
    return [(code, name, kind) for code, name, kind in rows]


def balances_before(session: Session, day: dt.date, currency: str) -> dict[str, Decimal]:
    """Each account's balance (debits less credits) in ``currency`` from entries before ``day``."""
    rows = session.execute(
        select(
            EntryLineRow.account,
            func.coalesce(func.sum(EntryLineRow.debit_minor - EntryLineRow.credit_minor), 0),
        )
        .join(EntryRow, EntryRow.id == EntryLineRow.entry_id)
        .where(EntryRow.date < day, EntryRow.currency == currency, EntryRow.state == "posted")
        .group_by(EntryLineRow.account)
    )
    return {account: from_minor(int(total), currency) for account, total in rows}


def sales_document_ids(session: Session, start: dt.date, end: dt.date) -> list[int]:
    """Posted invoices and credit notes dated ``start..end``, by date and number."""
    query = (
        select(DocumentRow.id)
        .where(
            DocumentRow.state == "posted",
            DocumentRow.type.in_(("invoice", "credit-note")),
            DocumentRow.date >= start,
            DocumentRow.date <= end,
        )
        .order_by(DocumentRow.date, DocumentRow.series, DocumentRow.number)
    )
    return list(session.scalars(query))

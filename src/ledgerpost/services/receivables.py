"""Who owes what: open items per customer and supplier at a date, and their ageing.

``open_items`` is the call other parts build on (reminders): every open invoice with its due
date and days overdue, and money on account, at ``as_of``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from ledgerpost.domain.allocation import due_date_of
from ledgerpost.domain.documents import SETTLED, DocumentType
from ledgerpost.domain.open_items import (
    SIDE_OF,
    Ageing,
    OpenItem,
    Side,
    ageing_of_sums,
)
from ledgerpost.domain.parties import Party
from ledgerpost.domain.statement import OpenItemsStatement
from ledgerpost.domain.statement import open_items_statement as build_open_items
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import company_repository as company_repo
from ledgerpost.storage import open_amount_repository as kept_repo
from ledgerpost.storage import open_items_repository as open_repo
from ledgerpost.storage import reminder_repository as reminder_repo
from ledgerpost.storage.reminder_repository import LastReminder


def open_items(
    ledger: Ledger,
    *,
    party_id: int | None = None,
    as_of: dt.date | None = None,
    side: Side | None = None,
    credits: bool = True,
) -> tuple[OpenItem, ...]:
    """Open items at the end of ``as_of`` (default today), per party, oldest first.

    ``side`` keeps customers' (receivable) or suppliers' (payable) items only; ``credits=False``
    leaves money on account out (only invoices to pay). A document's due date is its own, else
    its date plus the company's payment terms.
    """
    day = as_of or dt.date.today()
    types = [t for t, s in SIDE_OF.items() if side is None or s is side]
    if not credits:
        types = [t for t in types if t in SETTLED]
    with ledger.db.read() as s:
        company = company_repo.get_company(s)
        terms = company.payment_terms_days if company else 0
        rows = open_repo.open_rows(s, day, party_id, types)
        reminded = _reminders(s, [r.id for r in rows if r.type in SETTLED], day)
        paid = reminder_repo.paid_since(
            s,
            {k: v.on for k, v in reminded.items()},
            {r.id: r.currency for r in rows},
            until=day,
        )
    return tuple(
        OpenItem(
            document_id=r.id,
            type=r.type,
            number=r.number,
            party_id=r.party_id,
            party=r.party,
            date=r.date,
            due_date=_due(r.type, r.date, r.due_date, terms),
            currency=r.currency,
            total=r.total,
            open=r.open if r.type in SETTLED else -r.open,
            as_of=day,
            reminder_level=reminded[r.id].level if r.id in reminded else 0,
            reminded_on=reminded[r.id].on if r.id in reminded else None,
            paid_since_reminder=paid.get(r.id, Decimal(0)),
        )
        for r in rows
    )


def _reminders(s: Session, ids: list[int], day: dt.date) -> dict[int, LastReminder]:
    """The last payment reminder of each of the invoices ``ids`` by ``day``."""
    return reminder_repo.last_reminders(s, ids, until=day)


def _due(doc_type: DocumentType, date: dt.date, due: dt.date | None, terms: int) -> dt.date:
    if doc_type not in SETTLED:
        return date  # money on account is never "due"
    return due_date_of(date, due, terms)


def ageing_report(ledger: Ledger, as_of: dt.date | None = None) -> Ageing:
    """Open amounts per party and in total by days overdue: current, 1-30, 31-60, 61-90,
    over 90, and money on account.

    On or after the last day anything was dated (a document, an allocation, a reversal) the
    amounts are read from the open amounts the ledger keeps per party and due day; for an
    earlier day they are computed in full from the documents and the allocations made or
    reversed since. Both give the same report (a test compares them)."""
    day = as_of or dt.date.today()
    with ledger.db.read() as s:
        company = company_repo.get_company(s)
        terms = company.payment_terms_days if company else 0
        latest = kept_repo.latest_change(s)
        if latest is None or day >= latest:
            sums = kept_repo.kept_ageing_sums(s, day, terms)
        else:
            sums = open_repo.ageing_sums(s, day, terms)
    return ageing_of_sums(sums, day)


def full_ageing_report(ledger: Ledger, as_of: dt.date) -> Ageing:
    """:func:`ageing_report` computed in full from the documents, whatever the day."""
    with ledger.db.read() as s:
        company = company_repo.get_company(s)
        terms = company.payment_terms_days if company else 0
        return ageing_of_sums(open_repo.ageing_sums(s, as_of, terms), as_of)


def kept_ageing_report(ledger: Ledger, as_of: dt.date) -> Ageing:
    """:func:`ageing_report` from the kept open amounts, whatever the day (right only on or
    after the last day anything was dated: for benchmarks and the tests comparing them)."""
    with ledger.db.read() as s:
        company = company_repo.get_company(s)
        terms = company.payment_terms_days if company else 0
        return ageing_of_sums(kept_repo.kept_ageing_sums(s, as_of, terms), as_of)


def print_ageing(ledger: Ledger, report: Ageing, language: str | None = None) -> bytes:
    """The ageing report as a PDF in ``language`` (the company's by default)."""
    from ledgerpost.documents.ageing_pdf import render_ageing  # reportlab: only when printing
    from ledgerpost.documents.layout import Letterhead
    from ledgerpost.services.printing import company_logo

    company = ledger.require_company()
    head = Letterhead(company, company_logo(ledger))
    return render_ageing(report, head, language=language or company.language)


def open_items_statement(ledger: Ledger, party: Party, as_of: dt.date) -> OpenItemsStatement:
    """The customer statement's open-items form: what ``party`` has open at the end of
    ``as_of``, from :func:`open_items`."""
    assert party.id is not None
    found = open_items(ledger, party_id=party.id, as_of=as_of, side=Side.RECEIVABLE)
    currency = ledger.require_company().currency
    return build_open_items(party.id, party.name, currency, as_of, found)

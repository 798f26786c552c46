"""Repositories: domain values in, domain values out. Sessions stay inside storage and services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, delete, func, select, tuple_, update
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session, selectinload

from ledgerpost.domain.accounts import Account
from ledgerpost.domain.documents import (
    Document,
    DocumentState,
    DocumentType,
    Letter,
    Line,
)
from ledgerpost.domain.invariants import EntryTotals
from ledgerpost.domain.journal import JournalEntry
from ledgerpost.domain.listing import DocumentFilter, DocumentSummary, ListKey, MailState
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.parties import (
    AddressRole,
    Company,
    ContactPerson,
    EmailAddress,
    Party,
    PartyKind,
    PostalAddress,
)
from ledgerpost.domain.statement import RECEIVABLE_SIGN, Movement
from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.mail_models import OutboxRow
from ledgerpost.storage.models import (
    AccountRow,
    CompanyRow,
    ContactRow,
    DocumentRow,
    EmailRow,
    EntryLineRow,
    EntryRow,
    LineRow,
    PartyRow,
    SeriesRow,
)
from ledgerpost.storage.types import from_minor, to_minor


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class PostedDocumentChanged(StorageError):
    """Something tried to change a posted document; only a credit note may correct it."""


# --- company and chart --------------------------------------------------------------------

_COMPANY_FIELDS = (
    "name",
    "currency",
    "language",
    "vat_number",
    "registration_number",
    "sender_name",
    "sender_address",
    "reply_to",
    "bank_account",
    "payment_terms_days",
)
_ADDRESS_FIELDS = ("street", "postal_code", "city", "country")


def get_company(session: Session) -> Company | None:
    row = session.get(CompanyRow, 1)
    if row is None:
        return None
    return Company(
        address=PostalAddress(**{f: getattr(row, f) for f in _ADDRESS_FIELDS}),
        **{f: getattr(row, f) for f in _COMPANY_FIELDS},
    )


def save_company(session: Session, company: Company) -> None:
    row = session.get(CompanyRow, 1) or CompanyRow(id=1, created_at=_now())
    for f in _COMPANY_FIELDS:
        setattr(row, f, getattr(company, f))
    for f in _ADDRESS_FIELDS:
        setattr(row, f, getattr(company.address, f))
    session.add(row)


def ensure_chart(session: Session, chart: Iterable[Account]) -> None:
    known = set(session.scalars(select(AccountRow.code)))
    session.add_all(
        AccountRow(code=a.code, name=a.name, kind=a.kind.value)
        for a in chart
        if a.code not in known
    )


def account_names(session: Session) -> dict[str, str]:
    return {code: name for code, name in session.execute(select(AccountRow.code, AccountRow.name))}


# --- numbering ----------------------------------------------------------------------------


def ensure_series(session: Session, code: str, document_type: DocumentType) -> None:
    """The series ``code`` exists afterwards; two desks making it at once make it once."""
    if session.get(SeriesRow, code) is not None:
        return
    row = {"code": code, "document_type": document_type.value, "next_number": 1}
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql  # not loaded for a ledger file

        session.execute(postgresql.insert(SeriesRow).values(row).on_conflict_do_nothing())
    elif dialect == "sqlite":
        session.execute(sqlite.insert(SeriesRow).values(row).on_conflict_do_nothing())
    else:
        session.add(SeriesRow(**row))
        session.flush()


def take_number(session: Session, code: str) -> int:
    """The next number of ``code``, taken inside the caller's transaction.

    The update locks the series row (PostgreSQL) or the database (SQLite, BEGIN IMMEDIATE)
    until the transaction ends, so numbers are unique; a rollback returns the number, so
    they are gapless.
    """
    taken = session.execute(
        update(SeriesRow)
        .where(SeriesRow.code == code)
        .values(next_number=SeriesRow.next_number + 1)
        .returning(SeriesRow.next_number)
    ).scalar_one_or_none()
    if taken is None:
        raise StorageError(f"there is no numbering series {code!r}")
    return int(taken) - 1


def issued_numbers(session: Session) -> dict[str, int]:
    """The last number issued in each series."""
    rows = session.execute(select(SeriesRow.code, SeriesRow.next_number))
    return {code: next_number - 1 for code, next_number in rows}


# --- parties ------------------------------------------------------------------------------


def _party_from(row: PartyRow) -> Party:
    def emails(rows: Iterable[EmailRow]) -> tuple[EmailAddress, ...]:
        return tuple(EmailAddress(e.address, AddressRole(e.role)) for e in rows)

    return Party(
        id=row.id,
        kind=PartyKind(row.kind),
        name=row.name,
        language=row.language,
        code=row.code,
        vat_number=row.vat_number,
        address=PostalAddress(**{f: getattr(row, f) for f in _ADDRESS_FIELDS}),
        emails=emails(row.emails),
        contacts=tuple(ContactPerson(c.name, emails(c.emails), c.id) for c in row.contacts),
    )


def _party_query() -> Select[tuple[PartyRow]]:
    return select(PartyRow).options(
        selectinload(PartyRow.emails),
        selectinload(PartyRow.contacts).selectinload(ContactRow.emails),
    )


def add_party(session: Session, party: Party) -> Party:
    row = PartyRow(created_at=_now())
    _fill_party(row, party)
    session.add(row)
    session.flush()
    _write_emails(session, row.id, None, party.emails)
    for position, contact in enumerate(party.contacts):
        _add_contact(session, row.id, position, contact)
    session.flush()
    session.expire(row)
    return get_party(session, row.id)


def update_party(session: Session, party: Party) -> Party:
    """Change a card: its fields, addresses and contact persons (kept by id where given).

    A contact person named on a document cannot be removed.
    """
    if party.id is None:
        raise StorageError("a new party is added, not updated")
    row = session.get(PartyRow, party.id)
    if row is None:
        raise StorageError(f"there is no party with id {party.id}")
    _fill_party(row, party)
    session.execute(
        delete(EmailRow).where(EmailRow.party_id == row.id, EmailRow.contact_id.is_(None))
    )
    _write_emails(session, row.id, None, party.emails)
    kept = {c.id for c in party.contacts if c.id is not None}
    for contact_row in list(
        session.scalars(select(ContactRow).where(ContactRow.party_id == row.id))
    ):
        if contact_row.id in kept:
            continue
        used = session.scalar(
            select(func.count(DocumentRow.id)).where(DocumentRow.contact_id == contact_row.id)
        )
        if used:
            raise StorageError(
                f"{contact_row.name} is named on {used} document(s) and "
                "cannot be removed from the card"
            )
        session.execute(delete(EmailRow).where(EmailRow.contact_id == contact_row.id))
        session.delete(contact_row)
    for position, contact in enumerate(party.contacts):
        if contact.id is None:
            _add_contact(session, row.id, position, contact)
            continue
        contact_row_or_none = session.get(ContactRow, contact.id)
        if contact_row_or_none is None or contact_row_or_none.party_id != row.id:
            raise StorageError(f"contact {contact.id} does not belong to {party.name}")
        contact_row_or_none.name = contact.name
        contact_row_or_none.position = position
        session.execute(delete(EmailRow).where(EmailRow.contact_id == contact.id))
        _write_emails(session, row.id, contact.id, contact.emails)
    session.flush()
    session.expire_all()
    return get_party(session, row.id)


def _fill_party(row: PartyRow, party: Party) -> None:
    row.kind = party.kind.value
    row.code = party.code
    row.name = party.name
    row.language = party.language
    row.vat_number = party.vat_number
    for f in _ADDRESS_FIELDS:
        setattr(row, f, getattr(party.address, f))


def _add_contact(session: Session, party_id: int, position: int, contact: ContactPerson) -> None:
    contact_row = ContactRow(party_id=party_id, position=position, name=contact.name)
    session.add(contact_row)
    session.flush()
    _write_emails(session, party_id, contact_row.id, contact.emails)


def _write_emails(
    session: Session, party_id: int, contact_id: int | None, emails: Iterable[EmailAddress]
) -> None:
    session.add_all(
        EmailRow(
            party_id=party_id,
            contact_id=contact_id,
            position=i,
            address=e.address,
            role=e.role.value,
        )
        for i, e in enumerate(emails)
    )


def get_party(session: Session, party_id: int) -> Party:
    row = session.scalars(_party_query().where(PartyRow.id == party_id)).one_or_none()
    if row is None:
        raise StorageError(f"there is no party with id {party_id}")
    return _party_from(row)


def find_party(session: Session, party_id: int) -> Party | None:
    row = session.scalars(_party_query().where(PartyRow.id == party_id)).one_or_none()
    return None if row is None else _party_from(row)


def list_parties(session: Session, kind: PartyKind | None = None) -> list[Party]:
    query = _party_query().order_by(PartyRow.name, PartyRow.id)
    if kind is not None:
        query = query.where(PartyRow.kind == kind.value)
    return [_party_from(row) for row in session.scalars(query)]


# --- documents ----------------------------------------------------------------------------


def _document_from(row: DocumentRow) -> Document:
    letter = None
    if row.letter_subject is not None:
        letter = Letter(
            row.letter_subject,
            row.letter_body or "",
            row.letter_greeting or "",
            row.letter_signer or "",
        )
    return Document(
        id=row.id,
        type=DocumentType(row.type),
        state=DocumentState(row.state),
        series=row.series,
        number=row.number,
        date=row.date,
        due_date=row.due_date,
        party_id=row.party_id,
        party_name=row.party_name,
        contact_id=row.contact_id,
        currency=row.currency,
        reference=row.reference,
        notes=row.notes,
        recipients=row.recipients,
        reply_to=row.reply_to,
        credited_document_id=row.credited_document_id,
        letter=letter,
        lines=tuple(Line(x.description, x.quantity, x.unit_price, x.vat_rate) for x in row.lines),
        fingerprint=row.fingerprint,
    )


def _fill(row: DocumentRow, doc: Document) -> None:
    row.type = doc.type.value
    row.state = doc.state.value
    row.series = doc.series
    row.number = doc.number
    row.date = doc.date
    row.due_date = doc.due_date
    row.party_id = doc.party_id
    row.party_name = doc.party_name
    row.contact_id = doc.contact_id
    row.currency = doc.currency
    row.reference = doc.reference
    row.notes = doc.notes
    row.recipients = doc.recipients
    row.reply_to = doc.reply_to
    row.credited_document_id = doc.credited_document_id
    letter = doc.letter
    row.letter_subject = letter.subject if letter else None
    row.letter_body = letter.body if letter else None
    row.letter_greeting = letter.greeting if letter else None
    row.letter_signer = letter.signer if letter else None
    totals = doc.totals
    row.net_minor = to_minor(totals.net, doc.currency)
    row.vat_minor = to_minor(totals.vat, doc.currency)
    row.gross_minor = to_minor(totals.gross, doc.currency)
    row.fingerprint = doc.fingerprint
    row.lines = [
        LineRow(
            position=i,
            description=x.description,
            quantity=x.quantity,
            unit_price=x.unit_price,
            vat_rate=x.vat_rate,
        )
        for i, x in enumerate(doc.lines)
    ]


def save_document(session: Session, doc: Document) -> Document:
    """Insert a new document or overwrite a draft; a posted row is never overwritten."""
    if doc.id is None:
        row = DocumentRow(created_at=_now())
        session.add(row)
    else:
        row_or_none = session.get(DocumentRow, doc.id, with_for_update=True)
        if row_or_none is None:
            raise StorageError(f"there is no document with id {doc.id}")
        row = row_or_none
        if row.state == DocumentState.POSTED.value:
            raise PostedDocumentChanged(
                f"{row.type} {row.series}-{row.number} is posted and cannot be changed; "
                "correct it with a credit note"
            )
    _fill(row, doc)
    if doc.is_posted:
        row.posted_at = _now()
    session.flush()
    return _document_from(row)


def get_document(session: Session, document_id: int) -> Document:
    row = session.scalars(
        select(DocumentRow)
        .options(selectinload(DocumentRow.lines))
        .where(DocumentRow.id == document_id)
    ).one_or_none()
    if row is None:
        raise StorageError(f"there is no document with id {document_id}")
    return _document_from(row)


def get_documents(session: Session, ids: Sequence[int]) -> dict[int, Document]:
    """Several documents with their lines in two queries, by id (missing ids are left out)."""
    rows = session.scalars(
        select(DocumentRow).options(selectinload(DocumentRow.lines)).where(DocumentRow.id.in_(ids))
    )
    return {row.id: _document_from(row) for row in rows}


def find_document(
    session: Session, doc_type: DocumentType, number: int, series: str | None = None
) -> Document | None:
    query = select(DocumentRow.id).where(
        DocumentRow.type == doc_type.value, DocumentRow.number == number
    )
    if series is not None:
        query = query.where(DocumentRow.series == series)
    ids = session.scalars(query.order_by(DocumentRow.series).limit(2)).all()
    if len(ids) > 1:
        raise StorageError(
            f"{doc_type.value} number {number} exists in several series; name the series"
        )
    return get_document(session, ids[0]) if ids else None


def credited_so_far(session: Session, invoice_id: int) -> Decimal:
    """The gross of posted credit notes already made against ``invoice_id``.

    The invoice's row is locked first (PostgreSQL; SQLite's write transaction holds the whole
    file): two desks crediting one invoice at once take turns, so together they never credit
    more than it was.
    """
    session.execute(select(DocumentRow.id).where(DocumentRow.id == invoice_id).with_for_update())
    rows = session.execute(
        select(DocumentRow.gross_minor, DocumentRow.currency).where(
            DocumentRow.credited_document_id == invoice_id,
            DocumentRow.state == DocumentState.POSTED.value,
        )
    )
    return sum((from_minor(m, c) for m, c in rows), Decimal(0))


def _filtered(query: Select[Any], flt: DocumentFilter) -> Select[Any]:
    if flt.type is not None:
        query = query.where(DocumentRow.type == flt.type.value)
    if flt.numbers is not None:
        query = query.where(DocumentRow.number.between(*flt.numbers))
    if flt.dates is not None:
        query = query.where(DocumentRow.date.between(*flt.dates))
    if flt.party_id is not None:
        query = query.where(DocumentRow.party_id == flt.party_id)
    if flt.state is not None:
        query = query.where(DocumentRow.state == flt.state.value)
    if flt.mail is not None:
        query = query.where(_mail_clause(flt.mail))
    return query


_WAITING = tuple(
    s.value
    for s in (
        OutboxStatus.HELD,
        OutboxStatus.QUEUED,
        OutboxStatus.SENDING,
        OutboxStatus.RETRY,
        OutboxStatus.NO_CREDIT,
    )
)
_NEEDS_A_LOOK = (OutboxStatus.FAILED.value, OutboxStatus.UNCERTAIN.value)


def _mail_clause(state: MailState) -> ColumnElement[bool]:
    """Documents by their messages in the outbox (through its document_id index)."""

    def having(*statuses: str) -> ColumnElement[bool]:
        return (
            select(OutboxRow.id)
            .where(OutboxRow.document_id == DocumentRow.id, OutboxRow.status.in_(statuses))
            .exists()
        )

    if state is MailState.SENT:
        return having(OutboxStatus.SENT.value)
    if state is MailState.NOT_SENT:
        return ~having(OutboxStatus.SENT.value)
    if state is MailState.WAITING:
        return having(*_WAITING)
    latest = (
        select(OutboxRow.status)
        .where(OutboxRow.document_id == DocumentRow.id)
        .order_by(OutboxRow.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    return latest.in_(_NEEDS_A_LOOK)


_SUMMARY_COLUMNS = (
    DocumentRow.id,
    DocumentRow.type,
    DocumentRow.series,
    DocumentRow.number,
    DocumentRow.date,
    DocumentRow.party_id,
    DocumentRow.party_name,
    DocumentRow.gross_minor,
    DocumentRow.currency,
    DocumentRow.state,
)


def list_documents(
    session: Session,
    flt: DocumentFilter,
    *,
    limit: int | None = None,
    offset: int = 0,
    newest_first: bool = True,
    after: ListKey | None = None,
) -> list[DocumentSummary]:
    """One page of summaries; newest first by date, then by entry order.

    ``after`` is the (date, id) of the last row already shown: the page starts behind it,
    found through the index however deep the list goes (an offset would count every row).
    """
    order = (
        (DocumentRow.date.desc(), DocumentRow.id.desc())
        if newest_first
        else (DocumentRow.date, DocumentRow.id)
    )
    query = _filtered(select(*_SUMMARY_COLUMNS), flt).order_by(*order).offset(offset)
    if after is not None:
        key = tuple_(DocumentRow.date, DocumentRow.id)
        query = query.where(key < tuple_(*after) if newest_first else key > tuple_(*after))
    if limit is not None:
        query = query.limit(limit)
    return [
        DocumentSummary(
            id=r.id,
            type=DocumentType(r.type),
            series=r.series,
            number=r.number,
            date=r.date,
            party_id=r.party_id,
            party=r.party_name,
            total=from_minor(r.gross_minor, r.currency),
            currency=r.currency,
            state=DocumentState(r.state),
        )
        for r in session.execute(query)
    ]


def count_documents(session: Session, flt: DocumentFilter) -> int:
    return int(session.scalar(_filtered(select(func.count(DocumentRow.id)), flt)) or 0)


def page_keys(session: Session, flt: DocumentFilter, every: int) -> list[ListKey]:
    """The (date, id) of every ``every``-th document of the list, newest first: the last row of
    each full page, so that page ``p`` starts behind key ``p - 1``.

    One pass over the list's index (the key columns are in every document index), numbered by
    a window function inside SQLite: only the keys wanted reach Python.
    """
    position = func.row_number().over(order_by=(DocumentRow.date.desc(), DocumentRow.id.desc()))
    numbered = _filtered(
        select(DocumentRow.date, DocumentRow.id, position.label("position")), flt
    ).subquery()
    query = (
        select(numbered.c.date, numbered.c.id)
        .where(numbered.c.position % every == 0)
        .order_by(numbered.c.position)
    )
    return [(date, id_) for date, id_ in session.execute(query)]


def iter_posted_documents(session: Session, batch: int = 2000) -> Iterator[Document]:
    """Every posted document with its lines, a batch at a time (for the invariant checks)."""
    last_id = 0
    while True:
        rows = session.scalars(
            select(DocumentRow)
            .options(selectinload(DocumentRow.lines))
            .where(DocumentRow.state == DocumentState.POSTED.value, DocumentRow.id > last_id)
            .order_by(DocumentRow.id)
            .limit(batch)
        ).all()
        if not rows:
            return
        for row in rows:
            yield _document_from(row)
        last_id = rows[-1].id
        session.expunge_all()


def posted_numbers(session: Session) -> Iterator[tuple[str, int]]:
    rows = session.execute(
        select(DocumentRow.series, DocumentRow.number)
        .where(DocumentRow.number.is_not(None))
        .execution_options(yield_per=10_000)
    )
    for series, number in rows:
        if number is not None:
            yield series, number


def _receivable_rows(party_id: int) -> list[Any]:
    return [
        DocumentRow.party_id == party_id,
        DocumentRow.type.in_([t.value for t in RECEIVABLE_SIGN]),
        DocumentRow.state == DocumentState.POSTED.value,
    ]


def party_balance_before(session: Session, party_id: int, start: dt.date) -> Decimal:
    """What ``party_id`` owed at the start of ``start``, summed in the database."""
    rows = session.execute(
        select(DocumentRow.type, DocumentRow.currency, func.sum(DocumentRow.gross_minor))
        .where(*_receivable_rows(party_id), DocumentRow.date < start)
        .group_by(DocumentRow.type, DocumentRow.currency)
    )
    return sum(
        (RECEIVABLE_SIGN[DocumentType(t)] * from_minor(int(total or 0), c) for t, c, total in rows),
        Decimal(0),
    )


def party_movements(
    session: Session, party_id: int, start: dt.date | None = None, end: dt.date | None = None
) -> list[Movement]:
    """Posted documents that move what ``party_id`` owes within ``start..end``, oldest first."""
    query = (
        select(
            DocumentRow.id,
            DocumentRow.type,
            DocumentRow.series,
            DocumentRow.number,
            DocumentRow.date,
            DocumentRow.gross_minor,
            DocumentRow.currency,
        )
        .where(*_receivable_rows(party_id))
        .order_by(DocumentRow.date, DocumentRow.id)
    )
    if start is not None:
        query = query.where(DocumentRow.date >= start)
    if end is not None:
        query = query.where(DocumentRow.date <= end)
    movements = []
    for r in session.execute(query):
        doc_type = DocumentType(r.type)
        amount = RECEIVABLE_SIGN[doc_type] * from_minor(r.gross_minor, r.currency)
        movements.append(Movement(r.date, doc_type, f"{r.series}-{r.number}", amount, r.id))
    return movements


# --- journal ------------------------------------------------------------------------------


def add_entry(session: Session, entry: JournalEntry, currency: str) -> int:
    row = EntryRow(
        date=entry.date,
        description=entry.description[:300],
        document_id=entry.document_id,
        currency=currency,
        created_at=_now(),
    )
    row.lines = [
        EntryLineRow(
            account=x.account,
            party_id=x.party_id,
            debit_minor=to_minor(x.debit, currency),
            credit_minor=to_minor(x.credit, currency),
        )
        for x in entry.lines
    ]
    session.add(row)
    session.flush()
    return row.id


def entry_totals(session: Session) -> Iterator[EntryTotals]:
    rows = session.execute(
        select(
            EntryRow.id,
            EntryRow.document_id,
            EntryRow.currency,
            func.coalesce(func.sum(EntryLineRow.debit_minor), 0),
            func.coalesce(func.sum(EntryLineRow.credit_minor), 0),
            func.count(EntryLineRow.id),
        )
        .outerjoin(EntryLineRow, EntryLineRow.entry_id == EntryRow.id)
        .group_by(EntryRow.id, EntryRow.document_id, EntryRow.currency)
        .execution_options(yield_per=10_000)
    )
    for entry_id, document_id, currency, debit, credit, count in rows:
        yield EntryTotals(
            entry_id, document_id, from_minor(debit, currency), from_minor(credit, currency), count
        )


def account_sums(session: Session, currency: str) -> list[tuple[str, Decimal, Decimal]]:
    rows = session.execute(
        select(
            EntryLineRow.account,
            func.sum(EntryLineRow.debit_minor),
            func.sum(EntryLineRow.credit_minor),
        )
        .join(EntryRow, EntryRow.id == EntryLineRow.entry_id)
        .where(and_(EntryRow.currency == currency))
        .group_by(EntryLineRow.account)
    )
    return [(a, from_minor(d or 0, currency), from_minor(c or 0, currency)) for a, d, c in rows]

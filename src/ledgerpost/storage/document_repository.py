"""Documents in and out of the database: a posted one is never overwritten; what a party owes
is summed from its posted documents."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ledgerpost.domain.documents import (
    Document,
    DocumentState,
    DocumentType,
    Letter,
    Line,
    PaymentMethod,
)
from ledgerpost.domain.statement import RECEIVABLE_SIGN, Movement
from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.models import DocumentRow, LineRow
from ledgerpost.storage.types import from_minor, to_minor, utc_now


class PostedDocumentChanged(StorageError):
    """Something tried to change a posted document; only a credit note may correct it."""


def _document_from(row: DocumentRow) -> Document:
    letter = None
    if row.letter_subject is not None:
        letter = Letter(
            row.letter_subject,
            row.letter_body or "",
            row.letter_greeting or "",
            row.letter_signer or "",
            row.letter_language or "",
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
        method=PaymentMethod(row.method) if row.method else None,
        bank_account=row.bank_account or "",
        rate=row.exchange_rate,
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
    row.letter_language = (letter.language or None) if letter else None
    row.method = doc.method.value if doc.method else None
    row.bank_account = doc.bank_account or None
    row.exchange_rate = doc.rate
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
        row = DocumentRow(created_at=utc_now())
        session.add(row)
    else:
        row_or_none = session.get(DocumentRow, doc.id, with_for_update=True)
        if row_or_none is None:
            raise StorageError.of("document-id-unknown", "", id=doc.id)
        row = row_or_none
        if row.state == DocumentState.POSTED.value:
            raise PostedDocumentChanged.of(
                "document-posted-unchanged",
                "",
                type=DocumentType(row.type),
                number=f"{row.series}-{row.number}",
            )
    _fill(row, doc)
    if doc.is_posted:
        row.posted_at = utc_now()
    session.flush()
    return _document_from(row)


def delete_draft(session: Session, document_id: int) -> Document:
    """Remove draft ``document_id`` with its lines; a posted row is never removed (numbers
    are only taken at posting, so no number is freed)."""
    row = session.get(DocumentRow, document_id, with_for_update=True)
    if row is None:
        raise StorageError.of("document-id-unknown", "", id=document_id)
    if row.state == DocumentState.POSTED.value:
        raise PostedDocumentChanged.of(
            "document-posted-kept",
            "",
            type=DocumentType(row.type),
            number=f"{row.series}-{row.number}",
        )
    gone = _document_from(row)
    session.delete(row)
    session.flush()
    return gone


def find_by_key(session: Session, key: str) -> Document | None:
    """A document by its id (``12``, what a draft has) or its number (``INV-7``)."""
    key = key.strip()
    if key.isdigit():
        row_id: int | None = int(key)
    else:
        series, _, digits = key.rpartition("-")
        if not series or not digits.isdigit():
            return None
        row_id = session.scalar(
            select(DocumentRow.id).where(
                DocumentRow.series == series, DocumentRow.number == int(digits)
            )
        )
    if row_id is None or session.get(DocumentRow, row_id) is None:
        return None
    return get_document(session, row_id)


def posted_invoices_of(session: Session, party_id: int) -> list[tuple[Document, Decimal]]:
    """The party's posted invoices, newest first, each with what its posted credit notes
    credited so far."""
    credited = (
        select(
            DocumentRow.credited_document_id.label("invoice_id"),
            func.sum(DocumentRow.gross_minor).label("minor"),
        )
        .where(
            DocumentRow.credited_document_id.is_not(None),
            DocumentRow.state == DocumentState.POSTED.value,
        )
        .group_by(DocumentRow.credited_document_id)
        .subquery()
    )
    rows = session.execute(
        select(DocumentRow, credited.c.minor)
        .options(selectinload(DocumentRow.lines))
        .outerjoin(credited, credited.c.invoice_id == DocumentRow.id)
        .where(
            DocumentRow.party_id == party_id,
            DocumentRow.type == DocumentType.INVOICE.value,
            DocumentRow.state == DocumentState.POSTED.value,
        )
        .order_by(DocumentRow.date.desc(), DocumentRow.id.desc())
    )
    return [(_document_from(row), from_minor(minor or 0, row.currency)) for row, minor in rows]


def get_document(session: Session, document_id: int) -> Document:
    row = session.scalars(
        select(DocumentRow)
        .options(selectinload(DocumentRow.lines))
        .where(DocumentRow.id == document_id)
    ).one_or_none()
    if row is None:
        raise StorageError.of("document-id-unknown", "", id=document_id)
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
        raise StorageError.of("document-number-ambiguous", "", type=doc_type, number=number)
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


def _receivable_rows(party_id: int, currency: str | None = None) -> list[Any]:
    rows = [
        DocumentRow.party_id == party_id,
        DocumentRow.type.in_([t.value for t in RECEIVABLE_SIGN]),
        DocumentRow.state == DocumentState.POSTED.value,
        DocumentRow.gross_minor != 0,  # a reminder without a fee moves nothing
    ]
    if currency is not None:  # a statement is in one currency
        rows.append(DocumentRow.currency == currency)
    return rows


def party_balance_before(
    session: Session, party_id: int, start: dt.date, currency: str | None = None
) -> Decimal:
    """What ``party_id`` owed at the start of ``start`` (in ``currency``: its documents in it),
    summed in the database."""
    rows = session.execute(
        select(DocumentRow.type, DocumentRow.currency, func.sum(DocumentRow.gross_minor))
        .where(*_receivable_rows(party_id, currency), DocumentRow.date < start)
        .group_by(DocumentRow.type, DocumentRow.currency)
    )
    return sum(
        (RECEIVABLE_SIGN[DocumentType(t)] * from_minor(int(total or 0), c) for t, c, total in rows),
        Decimal(0),
    )


def party_movements(
    session: Session,
    party_id: int,
    start: dt.date | None = None,
    end: dt.date | None = None,
    currency: str | None = None,
) -> list[Movement]:
    """Posted documents that move what ``party_id`` owes within ``start..end`` (in
    ``currency``: those in it), oldest first."""
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
        .where(*_receivable_rows(party_id, currency))
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

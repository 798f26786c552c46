"""Customer and supplier cards with their addresses and contact persons, in and out of the
database."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session, selectinload

from ledgerpost.domain.parties import (
    AddressRole,
    ContactPerson,
    EInvoiceFormat,
    EmailAddress,
    Party,
    PartyKind,
    PostalAddress,
)
from ledgerpost.storage.company_repository import ADDRESS_FIELDS
from ledgerpost.storage.errors import StorageError
from ledgerpost.storage.models import ContactRow, DocumentRow, EmailRow, PartyRow
from ledgerpost.storage.types import utc_now


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
        address=PostalAddress(**{f: getattr(row, f) for f in ADDRESS_FIELDS}),
        emails=emails(row.emails),
        contacts=tuple(ContactPerson(c.name, emails(c.emails), c.id) for c in row.contacts),
        buyer_reference=row.buyer_reference,
        electronic_address=row.electronic_address,
        electronic_scheme=row.electronic_scheme,
        einvoice_format=EInvoiceFormat(row.einvoice_format) if row.einvoice_format else None,
        default_cc=address_lines(row.default_cc),
        default_bcc=address_lines(row.default_bcc),
    )


def address_lines(text: str | None) -> tuple[str, ...]:
    """A stored list of addresses, one a line, as a tuple."""
    return tuple(line for line in (text or "").splitlines() if line.strip())


def _party_query() -> Select[PartyRow]:
    return select(PartyRow).options(
        selectinload(PartyRow.emails),
        selectinload(PartyRow.contacts).selectinload(ContactRow.emails),
    )


def add_party(session: Session, party: Party) -> Party:
    row = PartyRow(created_at=utc_now())
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
        raise ValueError("a new party is added, not updated")
    row = session.get(PartyRow, party.id)
    if row is None:
        raise StorageError.of("party-id-unknown", "", id=party.id)
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
            raise StorageError.of("contact-on-documents", "", name=contact_row.name, count=used)
        session.execute(delete(EmailRow).where(EmailRow.contact_id == contact_row.id))
        session.delete(contact_row)
    for position, contact in enumerate(party.contacts):
        if contact.id is None:
            _add_contact(session, row.id, position, contact)
            continue
        contact_row_or_none = session.get(ContactRow, contact.id)
        if contact_row_or_none is None or contact_row_or_none.party_id != row.id:
            raise StorageError.of("contact-not-on-card", "", id=contact.id, party=party.name)
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
    row.buyer_reference = party.buyer_reference
    row.electronic_address = party.electronic_address
    row.electronic_scheme = party.electronic_scheme
    row.einvoice_format = party.einvoice_format.value if party.einvoice_format else ""
    row.default_cc = "\n".join(party.default_cc)
    row.default_bcc = "\n".join(party.default_bcc)
    for f in ADDRESS_FIELDS:
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
        raise StorageError.of("party-id-unknown", "", id=party_id)
    return _party_from(row)


def find_party(session: Session, party_id: int) -> Party | None:
    row = session.scalars(_party_query().where(PartyRow.id == party_id)).one_or_none()
    return None if row is None else _party_from(row)


def list_parties(
    session: Session, kind: PartyKind | None = None, *, archived: bool = False
) -> list[Party]:
    """The cards of ``kind`` by name; archived ones only with ``archived``."""
    query = _party_query().order_by(PartyRow.name, PartyRow.id)
    if not archived:
        query = query.where(PartyRow.archived.is_(False))
    if kind is not None:
        query = query.where(PartyRow.kind == kind.value)
    return [_party_from(row) for row in session.scalars(query)]

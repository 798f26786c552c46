"""Party rows of an import file: the columns of a party CSV, a row read into a card (with the
problems of its cells), a card written back as a row, and an update that blanks nothing the
file does not name. The rows themselves are :class:`ledgerpost.domain.import_rows.Row`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ledgerpost.domain.addresses import join_entries, split_list
from ledgerpost.domain.import_rows import Row
from ledgerpost.domain.parties import (
    AddressRole,
    ContactPerson,
    EInvoiceFormat,
    EmailAddress,
    Party,
    PartyKind,
    PostalAddress,
)
from ledgerpost.domain.problems import Problem

PARTY_COLUMNS: tuple[str, ...] = (
    "code",
    "kind",
    "name",
    "language",
    "vat_number",
    "street",
    "postal_code",
    "city",
    "country",
    "emails",
    "contacts",
    "default_cc",
    "default_bcc",
    "country_code",
    "buyer_reference",
    "electronic_address",
    "electronic_scheme",
    "einvoice_format",
)
"""The columns of a party file, in the order an export writes them."""

_ADDRESS_COLUMNS = {
    "street": "street",
    "postal_code": "postal_code",
    "city": "city",
    "country": "country",
    "country_code": "country_code",
}
"""The columns that are parts of a card's postal address, by their attribute."""

_CONTACT = re.compile(r"^(?P<name>[^<]*?)\s*(?:<(?P<emails>[^>]*)>)?$")


def parse_emails(text: str) -> tuple[EmailAddress, ...] | str:
    """``billing:a@x.ee; b@x.ee`` as addresses with roles (general where none is named), or
    the role that is not known."""
    found = []
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        role, colon, address = part.partition(":")
        if not colon or "@" in role:
            found.append(EmailAddress(part))
            continue
        try:
            found.append(EmailAddress(address.strip(), AddressRole(role.strip().casefold())))
        except ValueError:
            return role.strip()
    return tuple(found)


def format_emails(emails: tuple[EmailAddress, ...]) -> str:
    return "; ".join(
        e.address if e.role is AddressRole.GENERAL else f"{e.role.value}:{e.address}"
        for e in emails
    )


def parse_contacts(text: str) -> tuple[ContactPerson, ...] | str:
    """``Anna Kask <billing:anna@x.ee; a@x.ee> | Jaan Tamm`` as contact persons, or the part
    that cannot be read."""
    found = []
    for part in text.split("|"):
        part = part.strip()
        if not part:
            continue
        match = _CONTACT.match(part)
        if match is None:
            return part
        emails = parse_emails(match["emails"] or "")
        if isinstance(emails, str):
            return part
        found.append(ContactPerson(match["name"].strip(), emails))
    return tuple(found)


def format_contacts(contacts: tuple[ContactPerson, ...]) -> str:
    return " | ".join(
        f"{c.name} <{format_emails(c.emails)}>" if c.emails else c.name for c in contacts
    )


def party_from_row(row: Row) -> tuple[Party | None, list[Problem]]:
    """The card a party row describes (without its id), or the problems of its cells."""
    problems: list[Problem] = []
    if not row.get("code"):
        problems.append(Problem.of("import-code-missing", row.field("code")))
    try:
        kind = PartyKind(row.get("kind").casefold() or PartyKind.CUSTOMER.value)
    except ValueError:
        allowed = ", ".join(k.value for k in PartyKind)
        problems.append(
            Problem.of("import-kind", row.field("kind"), kind=row.get("kind"), allowed=allowed)
        )
        kind = PartyKind.CUSTOMER
    emails = parse_emails(row.get("emails"))
    if isinstance(emails, str):
        problems.append(Problem.of("import-role", row.field("emails"), role=emails))
        emails = ()
    contacts = parse_contacts(row.get("contacts"))
    if isinstance(contacts, str):
        problems.append(Problem.of("import-contact", row.field("contacts"), value=contacts))
        contacts = ()
    einvoice_format: EInvoiceFormat | None = None
    if row.get("einvoice_format"):
        try:
            einvoice_format = EInvoiceFormat(row.get("einvoice_format").casefold())
        except ValueError:
            allowed = ", ".join(f.value for f in EInvoiceFormat)
            problems.append(
                Problem.of(
                    "import-einvoice-format",
                    row.field("einvoice_format"),
                    value=row.get("einvoice_format"),
                    allowed=allowed,
                )
            )
    if problems:
        return None, problems
    party = Party(
        kind=kind,
        name=row.get("name"),
        language=row.get("language") or "en",
        code=row.get("code"),
        vat_number=row.get("vat_number"),
        address=PostalAddress(
            row.get("street"),
            row.get("postal_code"),
            row.get("city"),
            row.get("country"),
            row.get("country_code").upper(),
        ),
        emails=emails,
        contacts=contacts,
        buyer_reference=row.get("buyer_reference"),
        electronic_address=row.get("electronic_address"),
        electronic_scheme=row.get("electronic_scheme"),
        einvoice_format=einvoice_format,
        default_cc=tuple(split_list(row.get("default_cc"))),
        default_bcc=tuple(split_list(row.get("default_bcc"))),
    )
    return party, []


def kept_where_absent(incoming: Party, stored: Party, header: Sequence[str]) -> Party:
    """``incoming`` with every field whose column the file does not have taken from
    ``stored``: a file of codes and names (or one from a program without e-invoice fields)
    updates what it says and blanks nothing else."""
    given = {column.casefold() for column in header}
    fields = {
        column: getattr(stored, column)
        for column in PARTY_COLUMNS
        if column not in given and column not in _ADDRESS_COLUMNS and hasattr(stored, column)
    }
    address = replace(
        incoming.address,
        **{
            attribute: getattr(stored.address, attribute)
            for column, attribute in _ADDRESS_COLUMNS.items()
            if column not in given
        },
    )
    return replace(incoming, address=address, **fields)


def party_to_row(party: Party) -> dict[str, str]:
    """A card as the row an export writes (and an import reads back to the same card)."""
    return {
        "code": party.code,
        "kind": party.kind.value,
        "name": party.name,
        "language": party.language,
        "vat_number": party.vat_number,
        "street": party.address.street,
        "postal_code": party.address.postal_code,
        "city": party.address.city,
        "country": party.address.country,
        "emails": format_emails(party.emails),
        "contacts": format_contacts(party.contacts),
        "default_cc": join_entries(party.default_cc),
        "default_bcc": join_entries(party.default_bcc),
        "country_code": party.address.country_code,
        "buyer_reference": party.buyer_reference,
        "electronic_address": party.electronic_address,
        "electronic_scheme": party.electronic_scheme,
        "einvoice_format": party.einvoice_format.value if party.einvoice_format else "",
    }

"""Rows of an import file read into the domain's values, and the problems of each cell.

A row is a mapping of column name to text, with the line it came from. Nothing here knows the
ledger: parties are named by code or id and looked up by the service. Each problem's field is
``line N: column`` so that a person can find the cell in the file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from ledgerpost.domain.addresses import join_entries, split_list
from ledgerpost.domain.documents import DocumentType, Letter, Line
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

DOCUMENT_COLUMNS: tuple[str, ...] = (
    "document",
    "type",
    "party",
    "date",
    "due_date",
    "currency",
    "reference",
    "notes",
    "corrects",
    "opening",
    "description",
    "quantity",
    "unit_price",
    "vat_rate",
    "subject",
    "body",
)
"""The columns of a document file: one row per line; rows with the same ``document`` are one
document (its other columns are read from its first row)."""

YES = frozenset({"yes", "y", "true", "1", "x"})
NO = frozenset({"", "no", "n", "false", "0"})
_CONTACT = re.compile(r"^(?P<name>[^<]*?)\s*(?:<(?P<emails>[^>]*)>)?$")


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a file: its cells by column, and where it is (``line 7``, ``document 3``)."""

    where: str
    cells: Mapping[str, str]

    def get(self, column: str) -> str:
        return (self.cells.get(column) or "").strip()

    def field(self, column: str) -> str:
        """How a problem names this row's cell in ``column``: ``line 7: quantity``."""
        return f"{self.where}: {column}"


@dataclass(frozen=True, slots=True)
class DocumentSpec:
    """A document as a file describes it, before its party and corrected invoice are found."""

    key: str
    where: str
    type: DocumentType
    party: str
    date: dt.date
    currency: str
    lines: tuple[Line, ...] = ()
    due_date: dt.date | None = None
    reference: str = ""
    notes: str = ""
    corrects: str = ""
    opening: bool = False
    letter: Letter | None = None


def missing_columns(header: tuple[str, ...], required: tuple[str, ...]) -> list[Problem]:
    return [
        Problem.of("import-column-missing", "line 1", column=c) for c in required if c not in header
    ]


def unknown_columns(header: tuple[str, ...], known: tuple[str, ...]) -> list[Problem]:
    return [
        Problem.of("import-column-unknown", "line 1", column=c)
        for c in header
        if c and c not in known
    ]


def parse_decimal(row: Row, column: str, problems: list[Problem], default: str = "") -> Decimal:
    text = row.get(column) or default
    try:
        value = Decimal(text.replace(" ", ""))
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite():
        problems.append(Problem.of("import-number", row.field(column), value=repr(text)))
        return Decimal(0)
    return value


def parse_date(row: Row, column: str, problems: list[Problem]) -> dt.date | None:
    text = row.get(column)
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        problems.append(Problem.of("import-date", row.field(column), value=repr(text)))
        return None


def parse_flag(row: Row, column: str, problems: list[Problem]) -> bool:
    text = row.get(column).casefold()
    if text in YES:
        return True
    if text not in NO:
        problems.append(Problem.of("import-flag", row.field(column), value=repr(text)))
    return False


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


def line_from_row(row: Row, problems: list[Problem]) -> Line:
    return Line(
        description=row.get("description"),
        quantity=parse_decimal(row, "quantity", problems, default="1"),
        unit_price=parse_decimal(row, "unit_price", problems),
        vat_rate=parse_decimal(row, "vat_rate", problems, default="0"),
    )


def document_from_rows(
    rows: list[Row], default_currency: str
) -> tuple[DocumentSpec | None, list[Problem]]:
    """One document from its rows (the first row carries the document's own columns)."""
    head = rows[0]
    problems: list[Problem] = []
    try:
        doc_type = DocumentType(head.get("type").casefold())
    except ValueError:
        allowed = ", ".join(t.value for t in DocumentType)
        problems.append(
            Problem.of("import-type", head.field("type"), type=head.get("type"), allowed=allowed)
        )
        doc_type = DocumentType.INVOICE
    if not head.get("party"):
        problems.append(Problem.of("import-party-missing", head.field("party")))
    date = parse_date(head, "date", problems)
    if date is None and head.get("date") == "":
        problems.append(Problem.of("import-date-missing", head.field("date")))
    due = parse_date(head, "due_date", problems)
    opening = parse_flag(head, "opening", problems)
    letter = None
    lines: tuple[Line, ...] = ()
    if doc_type is DocumentType.LETTER:
        letter = Letter(head.get("subject"), head.get("body"))
    else:
        lines = tuple(line_from_row(r, problems) for r in rows if _has_line(r))
    if problems or date is None:
        return None, problems
    return DocumentSpec(
        key=head.get("document"),
        where=head.where,
        type=doc_type,
        party=head.get("party"),
        date=date,
        currency=(head.get("currency") or default_currency).upper(),
        lines=lines,
        due_date=due,
        reference=head.get("reference"),
        notes=head.get("notes"),
        corrects=head.get("corrects"),
        opening=opening,
        letter=letter,
    ), []


def _has_line(row: Row) -> bool:
    return any(row.get(c) for c in ("description", "quantity", "unit_price"))


def group_document_rows(rows: list[Row]) -> list[list[Row]]:
    """Rows with the same ``document`` key together, in the order each key first appears; a
    row without a key is a document of its own."""
    groups: dict[str, list[Row]] = {}
    alone: list[tuple[int, list[Row]]] = []
    order: list[str | int] = []
    for index, row in enumerate(rows):
        key = row.get("document")
        if not key:
            alone.append((index, [row]))
            order.append(index)
        elif key in groups:
            groups[key].append(row)
        else:
            groups[key] = [row]
            order.append(key)
    singles = dict(alone)
    return [groups[k] if isinstance(k, str) else singles[k] for k in order]

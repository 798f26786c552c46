"""Rows of an import file read into the domain's values, and the problems of each cell.

A row is a mapping of column name to text, with the line it came from. Nothing here knows the
ledger: parties are named by code or id and looked up by the service. Each problem's field is
``line N: column`` so that a person can find the cell in the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ledgerpost.domain.documents import DocumentType, Letter, Line
from ledgerpost.domain.parties import (
    LANGUAGES,
)
from ledgerpost.domain.problems import Problem

DOCUMENT_COLUMNS: tuple[str, ...] = (
    "document",
    "type",
    "party",
    "date",
    "due_date",
    "currency",
    "rate",
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
    "greeting",
    "signer",
    "language",
)
"""The columns of a document file: one row per line; rows with the same ``document`` are one
document (its other columns are read from its first row)."""

YES = frozenset({"yes", "y", "true", "1", "x"})
NO = frozenset({"", "no", "n", "false", "0"})


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
    rate: Decimal | None = None
    """In another currency than the company's: its units for one of the company's."""
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
    currency = (head.get("currency") or default_currency).upper()
    rate = None
    if head.get("rate") and currency != default_currency:
        rate = parse_decimal(head, "rate", problems)
    letter = None
    lines: tuple[Line, ...] = ()
    if doc_type is DocumentType.LETTER:
        letter = _letter(head, problems)
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
        currency=currency,
        lines=lines,
        rate=rate,
        due_date=due,
        reference=head.get("reference"),
        notes=head.get("notes"),
        corrects=head.get("corrects"),
        opening=opening,
        letter=letter,
    ), []


def _letter(head: Row, problems: list[Problem]) -> Letter:
    """A letter's words: header, text, closing, signer, and the language it is written in
    (empty: the party's)."""
    language = head.get("language").casefold()
    if language and language not in LANGUAGES:
        problems.append(
            Problem.of(
                "language",
                head.field("language"),
                language=repr(head.get("language")),
                languages=", ".join(LANGUAGES),
            )
        )
    return Letter(
        head.get("subject"), head.get("body"), head.get("greeting"), head.get("signer"), language
    )


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

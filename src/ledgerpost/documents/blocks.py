"""Blocks the documents and reports are made of: the letterhead, the party's address, the
key facts (number, dates), a column table and the totals, each mirrored on a right-to-left page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from ledgerpost.documents.fonts import BOLD
from ledgerpost.documents.layout import BODY_WIDTH, INK, MUTED, RULE, SHADE, Sheet, Side
from ledgerpost.documents.text import width
from ledgerpost.domain.parties import Party


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: its heading, share of the width (or fixed points) and alignment."""

    heading: str
    width: float
    side: Side = "start"
    content: bool = False
    """The cells hold what users wrote (descriptions): each reads in its own direction."""


def letterhead(sheet: Sheet, title: str, facts: Sequence[tuple[str, str]]) -> Table:
    """Company name, logo and address at the start; the document title and facts at the end."""
    c = sheet.company
    company: list[Flowable] = []
    logo = sheet.logo()
    if logo is not None:
        company += [logo, Spacer(1, 2 * mm)]
    company.append(sheet.text(c.name, size=13, bold=True, content=True))
    if c.address.lines():
        company.append(
            sheet.text("\n".join(c.address.lines()), size=8.5, color=MUTED, content=True)
        )
    details = []
    if c.vat_number:
        details.append(sheet._("VAT number: {number}").format(number=c.vat_number))
    if c.registration_number:
        details.append(sheet._("Registration code: {number}").format(number=c.registration_number))
    if details:
        company.append(sheet.text("\n".join(details), size=8.5, color=MUTED))
    heading: list[Flowable] = [sheet.text(title, size=_fitting(title), bold=True, side="end")]
    if facts:
        heading += [Spacer(1, 3 * mm), fact_table(sheet, facts, BODY_WIDTH * 0.45)]
    return sheet.table([[company, heading]], [BODY_WIDTH * 0.55, BODY_WIDTH * 0.45], pad=0)


def _fitting(title: str, largest: float = 19, smallest: float = 12) -> float:
    """The title's size: as large as fits on one line of the heading column."""
    room = BODY_WIDTH * 0.45 - 2
    size = largest
    while size > smallest and width(title, BOLD, size) > room:
        size -= 1
    return size


def fact_table(sheet: Sheet, facts: Sequence[tuple[str, str]], width: float) -> Table:
    rows = [
        [sheet.text(label, size=8.5, color=MUTED), sheet.text(value, size=9, side="end")]
        for label, value in facts
    ]
    return sheet.table(rows, [width * 0.4, width * 0.6], pad=1.2)


def party_block(sheet: Sheet, label: str, party: Party, attention: str = "") -> list[Flowable]:
    """The party's name and address; ``attention``: the contact person it is for ("Attn.")."""
    block: list[Flowable] = []
    if label:
        block.append(sheet.text(label, size=8, color=MUTED))
    block.append(sheet.text(party.name, size=11, bold=True, content=True))
    if attention:
        block.append(sheet.text(sheet._("Attn. {name}").format(name=attention), size=9))
    if party.address.lines():
        block.append(sheet.text("\n".join(party.address.lines()), size=9, content=True))
    if party.vat_number:
        vat = sheet._("VAT number: {number}").format(number=party.vat_number)
        block.append(sheet.text(vat, size=9))
    table = sheet.table([[block, ""]], [BODY_WIDTH * 0.55, BODY_WIDTH * 0.45], pad=0)
    return [Spacer(1, 8 * mm), table, Spacer(1, 7 * mm)]


def column_table(
    sheet: Sheet,
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    bold_rows: frozenset[int] = frozenset(),
    size: float = 8.5,
) -> Table:
    """A table with a shaded heading that repeats on every page it runs over."""
    share = sum(c.width for c in columns)
    widths = [BODY_WIDTH * c.width / share for c in columns]
    body: list[list[Any]] = [
        [
            sheet.text(c.heading, size=size - 0.5, bold=True, side=c.side, shrink=True)
            for c in columns
        ]
    ]
    for index, row in enumerate(rows):
        bold = index in bold_rows
        body.append(
            [
                sheet.text(
                    cell,
                    size=size,
                    side=c.side,
                    bold=bold,
                    shrink=c.side == "end",
                    content=c.content,
                )
                for cell, c in zip(row, columns, strict=True)
            ]
        )
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.7, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ]
    return sheet.table(body, widths, header_rows=1, style=style)


def totals_block(
    sheet: Sheet,
    rows: Sequence[tuple[str, str]],
    *,
    beside: Flowable | None = None,
) -> Table:
    """Totals at the end side of the page (the right, or the left in Arabic); the last row is
    the one to pay. ``beside`` (e.g. the VAT summary) sits at the start side."""
    width = BODY_WIDTH * 0.5
    cells = []
    for index, (label, value) in enumerate(rows):
        last = index == len(rows) - 1
        size = 10.5 if last else 9
        cells.append(
            [
                sheet.text(label, size=size, bold=last),
                sheet.text(value, size=size, bold=last, side="end", shrink=True),
            ]
        )
    totals = sheet.table(
        cells,
        [width * 0.5, width * 0.5],
        style=[("LINEABOVE", (0, -1), (-1, -1), 0.9, INK)],
        pad=2,
    )
    return sheet.table([[beside or "", totals]], [BODY_WIDTH - width, width], pad=0)


def money(sheet: Sheet, value: Decimal, currency: str) -> str:
    # A no-break space: an amount never wraps away from its currency.
    return f"{sheet.t.amount(value, currency)}\u00a0{currency}"


def paragraph(sheet: Sheet, text: str, **options: Any) -> list[Flowable]:
    return [Spacer(1, 4 * mm), sheet.text(text, **options)]

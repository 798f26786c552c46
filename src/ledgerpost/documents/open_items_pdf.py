"""A customer statement in its open-items form: each item still open at a date, with its due
date, days overdue and open amount, and the total open (in the print copies' style)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ledgerpost.documents.blocks import Column, column_table, letterhead, money, party_block
from ledgerpost.documents.blocks import totals_block as totals
from ledgerpost.documents.document_pdf import document_title, print_language
from ledgerpost.documents.layout import Letterhead, Sheet
from ledgerpost.domain.parties import Party
from ledgerpost.domain.statement import OpenItemsStatement


def render_open_items(
    statement: OpenItemsStatement, party: Party, head: Letterhead, *, language: str | None = None
) -> bytes:
    """The open items at ``statement.as_of`` as a table, and the total open per currency."""
    sheet = Sheet(print_language(party, language), head)
    t = sheet.t
    title = sheet._("Open items")
    facts = [(sheet._("As of"), t.date(statement.as_of))]
    columns = [
        Column(sheet._("Document"), 40),
        Column(sheet._("Date"), 20),
        Column(sheet._("Due date"), 20),
        Column(sheet._("Days overdue"), 18, "end"),
        Column(sheet._("Amount"), 22, "end"),
        Column(sheet._("Open"), 22, "end"),
    ]
    rows = [
        [
            f"{document_title(t, item.type)} {item.number}",
            t.date(item.date),
            sheet._("on account") if item.is_credit else t.date(item.due_date),
            str(item.days_overdue) if item.days_overdue else "",
            money(sheet, item.total, item.currency),
            money(sheet, item.open, item.currency),
        ]
        for item in statement.items
    ]
    story: list[Flowable] = [letterhead(sheet, title, facts)]
    story += party_block(sheet, sheet._("Customer"), party)
    if rows:
        story.append(column_table(sheet, columns, rows))
    else:
        story.append(sheet.text(sheet._("Nothing is open on this date."), size=9))
    summary = [
        (sheet._("Total open"), money(sheet, amount, currency))
        for currency, amount in statement.totals
    ]
    story += [Spacer(1, 5 * mm), totals(sheet, summary)]
    return sheet.build(
        story, title=f"{title} {party.name}", running_head=f"{title} · {party.name}", draft=False
    )

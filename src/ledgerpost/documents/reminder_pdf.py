"""The print copy of a payment reminder: its words, the invoices it names as a table, what is
open in all, the fee and where to pay."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ledgerpost.documents.blocks import (
    Column,
    column_table,
    letterhead,
    money,
    party_block,
    totals_block,
)
from ledgerpost.documents.layout import Letterhead, Sheet
from ledgerpost.documents.reminder_days import days_column
from ledgerpost.domain.documents import Document
from ledgerpost.domain.parties import Party
from ledgerpost.domain.reminders import INVOICES_TOKEN, ReminderLine


def render_reminder(
    document: Document,
    lines: Sequence[ReminderLine],
    level: int,
    party: Party,
    head: Letterhead,
    language: str,
) -> bytes:
    """PDF bytes of the reminder ``document`` naming ``lines``, in ``language``."""
    sheet = Sheet(language, head)
    title = sheet.t.pgettext("document type", "Payment reminder")
    number = document.display_number or sheet._("Draft")
    facts = [
        (sheet._("Number"), number),
        (sheet._("Date"), sheet.t.date(document.date)),
        (sheet._("Reminder level"), str(level)),
        (sheet._("Currency"), document.currency),
    ]
    story: list[Flowable] = [letterhead(sheet, title, facts)]
    story += party_block(sheet, sheet._("Bill to"), party)
    story += _words(sheet, document, lines)
    return sheet.build(
        story,
        title=f"{title} {number}",
        running_head=f"{title} {number} · {party.name}",
        draft=not document.is_posted,
    )


def _words(sheet: Sheet, document: Document, lines: Sequence[ReminderLine]) -> list[Flowable]:
    letter = document.letter
    subject, body = (letter.subject, letter.body) if letter else ("", INVOICES_TOKEN)
    before, token, after = body.partition(INVOICES_TOKEN)
    if not token:  # the user's own words leave the table out: it follows them
        before, after = body, ""
    story: list[Flowable] = [sheet.text(subject, size=12, bold=True, content=True)]
    if before.strip():
        story += [Spacer(1, 5 * mm), sheet.text(before.strip("\n"), size=10, content=True)]
    story += _table(sheet, document, lines)
    if after.strip():
        story += [Spacer(1, 5 * mm), sheet.text(after.strip("\n"), size=10, content=True)]
    if letter and (letter.greeting or letter.signer):
        story += [Spacer(1, 8 * mm), sheet.text(letter.greeting, size=10, content=True)]
        if letter.signer:
            story += [Spacer(1, 6 * mm), sheet.text(letter.signer, size=10, bold=True)]
    return story


def _table(sheet: Sheet, document: Document, lines: Sequence[ReminderLine]) -> list[Flowable]:
    t, currency = sheet.t, document.currency
    days_head, days = days_column(lines, t)
    columns = [
        Column(sheet._("Invoice"), 26, content=True),
        Column(sheet._("Date"), 22),
        Column(sheet._("Due date"), 22),
        Column(days_head, 18, "end"),
        Column(sheet._("Total"), 26, "end"),
        Column(sheet._("Open"), 26, "end"),
    ]
    rows = [
        [
            line.number,
            t.date(line.date),
            t.date(line.due_date),
            day,
            t.amount(line.total, currency),
            t.amount(line.open, currency),
        ]
        for line, day in zip(lines, days, strict=True)
    ]
    open_total = sum((line.open for line in lines), Decimal(0))
    fee = document.totals.gross
    totals = [(sheet._("Total open"), money(sheet, open_total, currency))]
    if fee:
        totals += [
            (sheet._("Reminder fee"), money(sheet, fee, currency)),
            (sheet._("Total due"), money(sheet, open_total + fee, currency)),
        ]
    return [
        Spacer(1, 5 * mm),
        column_table(sheet, columns, rows),
        Spacer(1, 4 * mm),
        totals_block(sheet, totals),
    ]

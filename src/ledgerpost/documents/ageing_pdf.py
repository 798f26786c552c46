"""The ageing report as a print copy: open amounts per customer and supplier by days overdue,
with a total per side, in the company's language (or the one asked for)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ledgerpost.documents.blocks import Column, column_table, letterhead, money
from ledgerpost.documents.blocks import totals_block as totals
from ledgerpost.documents.layout import Letterhead, Sheet
from ledgerpost.domain.open_items import COLUMNS, Ageing, AgeingRow, Side


def _headings(sheet: Sheet) -> dict[str, str]:
    return {
        "current": sheet._("Not due"),
        "1-30": sheet._("1–30 days"),
        "31-60": sheet._("31–60 days"),
        "61-90": sheet._("61–90 days"),
        "over-90": sheet._("Over 90 days"),
        "on-account": sheet._("On account"),
    }


def _section(sheet: Sheet, side: Side, rows: list[AgeingRow], total: AgeingRow) -> list[Flowable]:
    t, currency = sheet.t, total.currency
    heading = sheet._("Customers") if side is Side.RECEIVABLE else sheet._("Suppliers")
    headings = _headings(sheet)
    columns = [
        Column(sheet._("Party"), 40, content=True),
        *(Column(headings[c], 19, "end") for c in COLUMNS),
        Column(sheet._("Total"), 21, "end"),
    ]
    body = [
        [r.party, *(t.amount(r.amount(c), currency) for c in COLUMNS), t.amount(r.total, currency)]
        for r in rows
    ]
    body.append(
        [
            sheet._("Total"),
            *(t.amount(total.amount(c), currency) for c in COLUMNS),
            t.amount(total.total, currency),
        ]
    )
    return [
        Spacer(1, 4 * mm),
        sheet.text(f"{heading} · {currency}", size=10.5, bold=True),
        Spacer(1, 2 * mm),
        column_table(sheet, columns, body, bold_rows=frozenset({len(body) - 1}), size=7.5),
    ]


def render_ageing(report: Ageing, head: Letterhead, *, language: str) -> bytes:
    sheet = Sheet(language, head)
    title = sheet._("Ageing of open items")
    as_of = sheet.t.date(report.as_of)
    story: list[Flowable] = [letterhead(sheet, title, [(sheet._("As of"), as_of)])]
    if not report.totals:
        story.append(sheet.text(sheet._("Nothing is open at this date."), size=9))
    summary = []
    for total in report.totals:
        rows = [r for r in report.rows if r.side is total.side and r.currency == total.currency]
        story += _section(sheet, total.side, rows, total)
        label = (
            sheet._("Customers owe")
            if total.side is Side.RECEIVABLE
            else sheet._("Owed to suppliers")
        )
        summary.append((label, money(sheet, total.total, total.currency)))
    if summary:
        story += [Spacer(1, 5 * mm), totals(sheet, summary)]
    return sheet.build(
        story, title=f"{title} {as_of}", running_head=f"{title} · {as_of}", draft=False
    )

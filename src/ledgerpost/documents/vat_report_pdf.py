"""The VAT report as a print copy: output and input VAT by rate, each with its documents, and
the net due; in the company's language (or the one asked for)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ledgerpost.documents.blocks import Column, column_table, letterhead, money
from ledgerpost.documents.blocks import totals_block as totals
from ledgerpost.documents.document_pdf import document_title
from ledgerpost.documents.layout import Letterhead, Sheet
from ledgerpost.domain.vat_report import VatRateLine, VatReport


def _section(
    sheet: Sheet, heading: str, lines: tuple[VatRateLine, ...], currency: str
) -> list[Flowable]:
    t = sheet.t
    story: list[Flowable] = [Spacer(1, 4 * mm), sheet.text(heading, size=10.5, bold=True)]
    if not lines:
        return [*story, sheet.text(sheet._("No documents in this period."), size=9)]
    columns = [
        Column(sheet._("Date"), 20),
        Column(sheet._("Document"), 40),
        Column(sheet._("Party"), 52, content=True),
        Column(sheet._("Net"), 24, "end"),
        Column(sheet._("VAT"), 22, "end"),
    ]
    rows: list[list[str]] = []
    bold: set[int] = set()
    for line in lines:
        bold.add(len(rows))
        rows.append(
            [
                "",
                sheet._("VAT {rate}").format(rate=t.percent(line.rate)),
                "",
                t.amount(line.net, currency),
                t.amount(line.vat, currency),
            ]
        )
        for d in line.documents:
            rows.append(
                [
                    t.date(d.date),
                    f"{document_title(t, d.type)} {d.number}",
                    d.party,
                    t.amount(d.net, currency),
                    t.amount(d.vat, currency),
                ]
            )
    return [
        *story,
        Spacer(1, 2 * mm),
        column_table(sheet, columns, rows, bold_rows=frozenset(bold)),
    ]


def render_vat_report(report: VatReport, head: Letterhead, *, language: str) -> bytes:
    sheet = Sheet(language, head)
    t, currency = sheet.t, report.currency
    title = sheet._("VAT report")
    period = sheet._("{start} – {end}").format(start=t.date(report.start), end=t.date(report.end))
    facts = [(sheet._("Period"), period), (sheet._("Currency"), currency)]
    story: list[Flowable] = [letterhead(sheet, title, facts)]
    story += _section(sheet, sheet._("Output VAT (sales)"), report.output, currency)
    story += _section(sheet, sheet._("Input VAT (purchases)"), report.input, currency)
    story += [
        Spacer(1, 5 * mm),
        totals(
            sheet,
            [
                (sheet._("Output VAT"), money(sheet, report.output_vat, currency)),
                (sheet._("Input VAT"), money(sheet, report.input_vat, currency)),
                (sheet._("VAT due"), money(sheet, report.net_due, currency)),
            ],
        ),
    ]
    return sheet.build(
        story, title=f"{title} {period}", running_head=f"{title} · {period}", draft=False
    )

"""The trial balance and an account's general ledger as print copies, in the company's
language (or the one asked for)."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ledgerpost.documents.blocks import Column, column_table, letterhead
from ledgerpost.documents.layout import Letterhead, Sheet
from ledgerpost.domain.books import GeneralLedger
from ledgerpost.domain.journal import TrialBalanceRow


def render_trial_balance(
    rows: tuple[TrialBalanceRow, ...],
    currency: str,
    as_of: dt.date,
    head: Letterhead,
    *,
    language: str,
) -> bytes:
    sheet = Sheet(language, head)
    t = sheet.t
    title = sheet._("Trial balance")
    day = t.date(as_of)
    columns = [
        Column(sheet._("Account"), 18),
        Column(sheet._("Name"), 52, content=True),
        Column(sheet._("Debit"), 25, "end"),
        Column(sheet._("Credit"), 25, "end"),
        Column(sheet._("Balance"), 25, "end"),
    ]
    body = [
        [r.account, r.name, t.amount(r.debit, currency), t.amount(r.credit, currency),
         t.amount(r.balance, currency)]
        for r in rows
    ]  # fmt: skip
    debit = sum((r.debit for r in rows), start=rows[0].debit * 0) if rows else None
    credit = sum((r.credit for r in rows), start=rows[0].credit * 0) if rows else None
    if debit is not None and credit is not None:
        body.append(
            ["", sheet._("Total"), t.amount(debit, currency), t.amount(credit, currency), ""]
        )
    story: list[Flowable] = [
        letterhead(sheet, title, [(sheet._("As of"), day), (sheet._("Currency"), currency)]),
        Spacer(1, 4 * mm),
        column_table(sheet, columns, body, bold_rows=frozenset({len(body) - 1}), size=8),
    ]
    return sheet.build(story, title=f"{title} {day}", running_head=f"{title} · {day}", draft=False)


def render_general_ledger(
    found: GeneralLedger, currency: str, head: Letterhead, *, language: str
) -> bytes:
    sheet = Sheet(language, head)
    t = sheet.t
    title = sheet._("General ledger")
    period = f"{t.date(found.start)} – {t.date(found.end)}"
    columns = [
        Column(sheet._("Date"), 20),
        Column(sheet._("Number"), 18),
        Column(sheet._("Party"), 30, content=True),
        Column(sheet._("Text"), 40, content=True),
        Column(sheet._("Debit"), 20, "end"),
        Column(sheet._("Credit"), 20, "end"),
        Column(sheet._("Balance"), 22, "end"),
    ]
    body = [["", "", "", sheet._("Opening balance"), "", "", t.amount(found.opening, currency)]]
    for r in found.rows:
        m = r.movement
        body.append(
            [t.date(m.date), m.reference, m.party, m.described, t.amount(m.debit, currency),
             t.amount(m.credit, currency), t.amount(r.balance, currency)]
        )  # fmt: skip
    body.append(["", "", "", sheet._("Closing balance"), "", "", t.amount(found.closing, currency)])
    story: list[Flowable] = [
        letterhead(
            sheet,
            title,
            [(sheet._("Account"), f"{found.account} {found.name}"), (sheet._("Period"), period)],
        ),
        Spacer(1, 4 * mm),
        column_table(sheet, columns, body, bold_rows=frozenset({0, len(body) - 1}), size=7.5),
    ]
    return sheet.build(
        story, title=f"{title} {found.account} {period}", running_head=title, draft=False
    )

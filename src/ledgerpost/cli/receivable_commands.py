"""``ledgerpost open-items`` and ``ledgerpost ageing``: who owes what, and since when."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ledgerpost.cli.context import EXIT_OK, CommandContext, UsageError
from ledgerpost.cli.payment_commands import party_of
from ledgerpost.domain.open_items import COLUMNS, OpenItem
from ledgerpost.services import receivables
from ledgerpost.services.ageing_csv import ageing_csv, ageing_row


def _item_json(item: OpenItem) -> dict[str, Any]:
    return {
        "party_id": item.party_id,
        "party": item.party,
        "side": item.side.value,
        "document_id": item.document_id,
        "type": item.type.value,
        "number": item.number,
        "date": item.date.isoformat(),
        "due_date": item.due_date.isoformat(),
        "total": str(item.total),
        "open": str(item.open),
        "currency": item.currency,
        "days_overdue": item.days_overdue,
        "reminder_level": item.reminder_level,
        "reminded_on": item.reminded_on.isoformat() if item.reminded_on else None,
        "paid_since_reminder": str(item.paid_since_reminder),
    }


def run_open_items(args: argparse.Namespace, ctx: CommandContext) -> int:
    party_id = None
    if args.party:
        party_id = party_of(ctx.ledger, args.party).id
    items = receivables.open_items(ctx.ledger, party_id=party_id, as_of=args.as_of)
    if args.json:
        ctx.print_json([_item_json(i) for i in items])
        return EXIT_OK
    ctx.print_table(
        [
            ctx.tr("party"),
            ctx.tr("number"),
            ctx.tr("due date"),
            ctx.tr("total"),
            ctx.tr("open"),
            ctx.tr("days overdue"),
            ctx.tr("reminder level"),
            ctx.tr("paid since reminder"),
        ],
        [
            [
                i.party,
                i.number,
                "" if i.is_credit else i.due_date.isoformat(),
                str(i.total),
                str(i.open),
                str(i.days_overdue),
                str(i.reminder_level),
                str(i.paid_since_reminder) if i.reminded_on else "",
            ]
            for i in items
        ],
        right=frozenset({3, 4, 5, 6, 7}),
    )
    return EXIT_OK


def run_ageing(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.format == "pdf" and not args.out:
        raise UsageError(ctx.tr("--format pdf needs --out FILE"))
    found = receivables.ageing_report(ctx.ledger, args.as_of)
    if args.format == "pdf":
        Path(args.out).write_bytes(receivables.print_ageing(ctx.ledger, found, args.lang))
        ctx.say(ctx.tr("Wrote {path}", path=args.out))
    elif args.format == "json":
        ctx.print_json(
            {
                "as_of": found.as_of.isoformat(),
                "parties": [ageing_row(r) for r in found.rows],
                "totals": [ageing_row(r) for r in found.totals],
            }
        )
    elif args.format == "csv":
        ctx.out.write(ageing_csv(found))
    else:
        ctx.print_table(
            [ctx.tr("party"), ctx.tr("side"), *COLUMNS, ctx.tr("total")],
            [
                [
                    r.party or ctx.tr("total"),
                    r.side.value,
                    *(str(r.amount(c)) for c in COLUMNS),
                    str(r.total),
                ]
                for r in (*found.rows, *found.totals)
            ],
            right=frozenset(range(2, 3 + len(COLUMNS))),
        )
    return EXIT_OK

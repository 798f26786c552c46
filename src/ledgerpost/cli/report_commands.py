"""``ledgerpost report sent``: every message sent (or tried) in a period."""

from __future__ import annotations

import argparse

from ledgerpost.cli.context import EXIT_OK, CommandContext
from ledgerpost.services import reports


def run_report_sent(args: argparse.Namespace, ctx: CommandContext) -> int:
    found = reports.sent_report(ctx.ledger, args.start, args.end, user=args.user, by=ctx.session)
    if args.format == "json":
        ctx.print_json(found.as_json())
    elif args.format == "csv":
        ctx.out.write(found.as_csv())
    else:
        ctx.print_table(
            ["id", "queued", "status", "party", "document", "to", "server reply"],
            [
                [
                    r["id"],
                    r["queued_at"][:16],
                    r["status"],
                    r["party"],
                    r["document"],
                    r["to"],
                    r["server_reply"][:50],
                ]
                for r in found.rows
            ],
            right=frozenset({0}),
        )
        counts = ", ".join(f"{count} {status}" for status, count in sorted(found.by_status.items()))
        ctx.say(ctx.tr("{total} message(s): {counts}", total=found.total, counts=counts))
    return EXIT_OK

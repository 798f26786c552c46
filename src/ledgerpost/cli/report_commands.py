"""``ledgerpost report sent``: every message sent (or tried) in a period, and what the server
said to each recipient."""

from __future__ import annotations

import argparse

from ledgerpost.cli.context import EXIT_OK, CommandContext
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.recipient_outcomes import RecipientOutcomes


def accepted_cell(ctx: CommandContext, outcome: RecipientOutcomes) -> str:
    """``2 of 3`` when a recipient was refused, else the number accepted (or nothing)."""
    if outcome.refused:
        return ctx.tr("{accepted} of {total}", accepted=outcome.accepted, total=outcome.total)
    return str(outcome.accepted) if outcome.accepted else ""


def refusal_lines(ctx: CommandContext, outbox_id: str, outcome: RecipientOutcomes) -> list[str]:
    """One line per refused recipient: the message, the field, the address, the server's
    code and text."""
    return [
        ctx.tr(
            "message {id}: {field} {address} refused: {code} {text}",
            id=outbox_id,
            field=r.field.value.upper(),
            address=r.address,
            code=r.code if r.code is not None else "",
            text=r.text,
        ).rstrip()
        for r in outcome.refused
    ]


def _reply(ctx: CommandContext, row: dict[str, str], reply: Problem | None) -> str:
    """The server's reply, or our own words (the user's mark, a coded error) translated."""
    return ctx.sentences((reply,)) if reply is not None else row["server_reply"]


def run_report_sent(args: argparse.Namespace, ctx: CommandContext) -> int:
    from ledgerpost.services import reports  # not for outbox list, which shares the cells

    found = reports.sent_report(ctx.ledger, args.start, args.end, user=args.user, by=ctx.session)
    if args.format == "json":
        ctx.print_json(found.as_json())
    elif args.format == "csv":
        ctx.out.write(found.as_csv())
    else:
        replies = found.replies or (None,) * found.total
        ctx.print_table(
            [
                "id",
                "queued",
                "status",
                "delivery",
                "accepted",
                "party",
                "document",
                "to",
                "server reply",
            ],
            [
                [
                    r["id"],
                    r["queued_at"][:16],
                    r["status"],
                    r["delivery"],
                    accepted_cell(ctx, outcome),
                    r["party"],
                    r["document"],
                    r["to"],
                    (r["delivery_detail"] or _reply(ctx, r, reply))[:50],
                ]
                for r, outcome, reply in zip(found.rows, found.outcomes, replies, strict=True)
            ],
            right=frozenset({0}),
        )
        counts = ", ".join(f"{count} {status}" for status, count in sorted(found.by_status.items()))
        ctx.say(ctx.tr("{total} message(s): {counts}", total=found.total, counts=counts))
        for r, outcome in zip(found.rows, found.outcomes, strict=True):
            for line in refusal_lines(ctx, r["id"], outcome):
                ctx.say(line)
    return EXIT_OK

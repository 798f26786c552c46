"""``ledgerpost outbox run``: deliver the due messages through the company's mail server."""

from __future__ import annotations

import argparse

from ledgerpost.cli.context import EXIT_FAILURE, EXIT_OK, CommandContext, read_line
from ledgerpost.services import account_choice
from ledgerpost.services import mail_account as account


def run_outbox_run(args: argparse.Namespace, ctx: CommandContext) -> int:
    password = read_line() if args.password_stdin else None
    report = account.deliver(
        ctx.ledger, password, once=args.once, connections=max(1, args.connections)
    )
    counts = ctx.tr(
        "sent {sent}, to retry {retry}, failed {failed}, uncertain {uncertain}, "
        "waiting for credit {no_credit}",
        sent=report.sent,
        retry=report.retry,
        failed=report.failed,
        uncertain=report.uncertain,
        no_credit=report.no_credit,
    )
    if report.recovered:
        counts += ctx.tr(", recovered {recovered}", recovered=report.recovered)
    if report.paced:
        counts += ctx.tr(", waiting for the sending pace {paced}", paced=report.paced)
    if report.throttled:
        counts += ctx.tr(", throttle replies {throttled}", throttled=report.throttled)
    ctx.say(counts + ".")
    for paused in account_choice.paused_problems(ctx.ledger):
        ctx.complain(ctx.problem(paused))
    if report.stopped_by:
        ctx.complain(report.stopped_by)
        return EXIT_FAILURE
    return EXIT_OK

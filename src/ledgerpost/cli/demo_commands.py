"""``ledgerpost demo``: fill an empty ledger with a reproducible demo company."""

from __future__ import annotations

import argparse
import datetime as dt

from ledgerpost.cli.context import EXIT_OK, CommandContext
from ledgerpost.services.demo.company import DemoSpec, make_demo


def run_demo(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.if_empty and ctx.ledger.company() is not None:
        return EXIT_OK
    spec = DemoSpec(
        customers=args.customers,
        invoices=args.invoices,
        seed=args.seed,
        as_of=args.as_of or dt.date.today(),
    )
    summary = make_demo(ctx.ledger, spec)
    ctx.say(
        ctx.tr(
            "Demo company {company} with {customers} customers, {posted} posted documents "
            "and {drafts} drafts.",
            company=summary.company,
            customers=summary.customers,
            posted=summary.posted,
            drafts=summary.drafts,
        )
    )
    return EXIT_OK

"""``ledgerpost credits [add]``: the message credit balance and top-ups."""

from __future__ import annotations

import argparse

from ledgerpost.cli.context import EXIT_OK, CommandContext
from ledgerpost.services import credits


def run_credits(args: argparse.Namespace, ctx: CommandContext) -> int:
    balance = credits.balance(ctx.ledger)
    if args.json:
        ctx.print_json({"balance": balance})
    else:
        ctx.say(ctx.tr("{balance} credit(s) left.", balance=balance))
    return EXIT_OK


def run_credits_add(args: argparse.Namespace, ctx: CommandContext) -> int:
    balance = credits.add(ctx.ledger, args.amount, args.reference, by=ctx.session)
    ctx.say(
        ctx.tr("Added {amount} credit(s); {balance} left.", amount=args.amount, balance=balance)
    )
    return EXIT_OK

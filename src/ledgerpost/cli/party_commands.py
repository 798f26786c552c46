"""Archiving and deleting party cards from the command line."""

from __future__ import annotations

import argparse

from ledgerpost.cli.context import EXIT_OK, CommandContext
from ledgerpost.services import parties


def run_parties_archive(args: argparse.Namespace, ctx: CommandContext) -> int:
    name = parties.archive(ctx.ledger, args.id, not args.undo, by=ctx.session)
    if args.undo:
        ctx.say(ctx.tr("{name} is shown in the pickers again.", name=name))
    else:
        ctx.say(ctx.tr("{name} archived: hidden from the pickers, kept for history.", name=name))
    return EXIT_OK


def run_parties_delete(args: argparse.Namespace, ctx: CommandContext) -> int:
    name = parties.delete(ctx.ledger, args.id, by=ctx.session)
    ctx.say(ctx.tr("{name} deleted.", name=name))
    return EXIT_OK

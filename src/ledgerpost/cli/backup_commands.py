"""``backup`` and ``restore``: a ledger copied into a file of its own, and back into a new one."""

from __future__ import annotations

import argparse
from pathlib import Path

from ledgerpost.cli.context import EXIT_FAILURE, EXIT_OK, CommandContext
from ledgerpost.services import backup as backups


def run_backup(args: argparse.Namespace, ctx: CommandContext) -> int:
    result = backups.backup(ctx.ledger, Path(args.out), ctx.session)
    ctx.say(
        ctx.tr(
            "Backed up {ledger} to {path} ({size}).",
            ledger=ctx.ledger.location,
            path=str(result.path),
            size=ctx.words.size(result.size),
        )
    )
    if result.problems:
        for problem in result.problems:
            ctx.complain(ctx.problem(problem))
        ctx.complain(
            ctx.tr(
                "The check found {count} problems in the backup (they are the ledger's own).",
                count=len(result.problems),
            )
        )
        return EXIT_FAILURE
    ctx.say(ctx.tr("The check found no problems in the backup."))
    return EXIT_OK


def run_restore(args: argparse.Namespace, ctx: CommandContext) -> int:
    if ctx.db is None:
        ctx.complain(ctx.tr("Name the new ledger to restore into with --db (a new file)."))
        return EXIT_FAILURE
    result = backups.restore(Path(args.backup), ctx.db)
    ctx.say(
        ctx.tr(
            "Restored {backup} (made {taken_at}) into {target}.",
            backup=args.backup,
            taken_at=result.taken_at.isoformat(sep=" ", timespec="minutes")
            if result.taken_at
            else "?",
            target=result.target,
        )
    )
    if result.uncertain:
        ctx.say(
            ctx.tr(
                "{count} messages were still to go when the backup was made; they may have "
                "been sent after it, so each waits as 'uncertain': check, then send it again "
                "(outbox retry ID) or mark it sent (outbox mark-sent ID).",
                count=result.uncertain,
            )
        )
    ctx.say(
        ctx.tr(
            "Mail passwords are kept in the keyring for each ledger: give the mail server's "
            "password again (smtp set --password-stdin) before sending from the restored ledger."
        )
    )
    if result.problems:
        for problem in result.problems:
            ctx.complain(ctx.problem(problem))
        return EXIT_FAILURE
    return EXIT_OK

"""Commands for a shared ledger on a database server: its password, and copying a local ledger
file into it (``copy-to``)."""

from __future__ import annotations

import argparse
import getpass

from ledgerpost.cli.context import (
    EXIT_FAILURE,
    EXIT_OK,
    CommandContext,
    UsageError,
    read_line,
)
from ledgerpost.services import database_password, ledger_copy


def _read_password(ctx: CommandContext, from_stdin: bool) -> str:
    if from_stdin:
        return read_line()
    return getpass.getpass(ctx.tr("Database password: "))


def run_db_password(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.forget:
        database_password.forget_password(ctx.db)
        ctx.say(ctx.tr("The database password is no longer kept in the keyring."))
        return EXIT_OK
    saved = database_password.save_password(ctx.db, _read_password(ctx, args.password_stdin))
    if not saved.in_keyring:
        ctx.complain(
            ctx.tr(
                "No keyring is available on this computer: put the password in ~/.pgpass "
                "instead (see docs/shared-ledger.md)."
            )
        )
        return EXIT_FAILURE
    where = database_password.try_connection(ctx.db)  # a wrong password fails here, plainly
    ctx.say(ctx.tr("{note} It opens {where}.", note=saved.message, where=where))
    return EXIT_OK


def run_copy_to(args: argparse.Namespace, ctx: CommandContext) -> int:
    if not ledger_copy.names_a_database_server(args.url):
        raise UsageError(
            ctx.tr(
                "copy-to needs a PostgreSQL database URL, such as "
                "postgresql+psycopg://USER@HOST/DATABASE, not {given}",
                given=repr(args.url),
            )
        )
    source = ctx.ledger  # opened without making a missing file (the declaration's create=False)
    ctx.say(ctx.tr("Copying {source} ...", source=source.location))

    def progress(table: str, done: int, total: int) -> None:
        if done == total:
            ctx.say(f"  {table}: {total}")

    result = ledger_copy.copy_to(source, args.url, progress)
    ctx.say(
        ctx.tr("Copied into {target}; the row count of every table matches:", target=result.target)
    )
    ctx.print_table(
        [ctx.tr("table"), ctx.tr("rows in the source"), ctx.tr("rows in the copy")],
        [[c.table, str(c.source), str(c.target)] for c in result.counts],
        right=frozenset({1, 2}),
    )
    if result.problems:
        for problem in result.problems:
            ctx.complain(ctx.problem(problem))
        ctx.complain(
            ctx.tr("Problems the check found in the copy: {count}", count=len(result.problems))
        )
        return EXIT_FAILURE
    ctx.say(ctx.tr("The check found no problems in the copy."))
    return EXIT_OK

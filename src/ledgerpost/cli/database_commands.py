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
from ledgerpost.services import ledger_copy
from ledgerpost.services.infra import database_password
from ledgerpost.services.ledger import Ledger


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    password = commands.add_parser(
        "db-password",
        help="keep the shared ledger's database password in the keyring (or forget it)",
        description="Keep the password of the database named by --db in the system keyring, "
        "then try it. Without a keyring, use ~/.pgpass instead.",
    )
    password.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    password.add_argument("--forget", action="store_true", help="remove it from the keyring")
    password.set_defaults(run=run_db_password)

    copy = commands.add_parser(
        "copy-to",
        help="copy this ledger file into an empty PostgreSQL database, to share it",
        description="Copy every table of the ledger named by --db (documents, print copies, "
        "outbox, credit history) into an empty PostgreSQL database, in one transaction; "
        "compare the row counts and run 'check' on the copy. A database that is not empty "
        "is refused; a copy that stops midway leaves the database empty.",
    )
    copy.add_argument("url", metavar="URL", help="postgresql+psycopg://USER@HOST[:PORT]/DATABASE")
    copy.set_defaults(run=run_copy_to)


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
    source = Ledger.open(ctx.db, create=False)
    try:
        ctx.say(ctx.tr("Copying {source} ...", source=source.location))

        def progress(table: str, done: int, total: int) -> None:
            if done == total:
                ctx.say(f"  {table}: {total}")

        result = ledger_copy.copy_to(source, args.url, progress)
    finally:
        source.close()
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

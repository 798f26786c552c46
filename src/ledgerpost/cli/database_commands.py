"""Commands for a shared ledger on a database server: its password, and copying a local ledger
file into it (``copy-to``)."""

from __future__ import annotations

import argparse
import getpass
import sys

from ledgerpost.cli.context import EXIT_FAILURE, EXIT_OK, CommandContext
from ledgerpost.services import database_password
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


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        return line[:-1] if line.endswith("\n") else line
    return getpass.getpass("Database password: ")


def run_db_password(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.forget:
        database_password.forget_password(ctx.db)
        ctx.say("The database password is no longer kept in the keyring.")
        return EXIT_OK
    saved = database_password.save_password(ctx.db, _read_password(args.password_stdin))
    if not saved.in_keyring:
        ctx.complain(
            "No keyring is available on this computer: put the password in ~/.pgpass "
            "instead (see docs/shared-ledger.md)."
        )
        return EXIT_FAILURE
    ledger = Ledger.open(ctx.db)  # a wrong password is a plain failure here, not later
    ledger.close()
    ctx.say(f"{saved.message} It opens {ledger.location}.")
    return EXIT_OK

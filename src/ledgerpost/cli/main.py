"""``ledgerpost [--db X] COMMAND``: exit 0 on success, 1 on an operational failure, 2 on a
usage error; failures go to stderr in plain sentences."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ledgerpost import __version__
from ledgerpost.cli import (
    database_commands,
    ledger_commands,
    mail_commands,
    print_commands,
    user_commands,
)
from ledgerpost.cli.context import EXIT_FAILURE, EXIT_USAGE, CommandContext, UsageError
from ledgerpost.domain.listing import RangeError
from ledgerpost.platform.logs import start_logging
from ledgerpost.services.errors import LedgerError, StorageError

COMMAND_MODULES = (
    ledger_commands,
    print_commands,
    mail_commands,
    user_commands,
    database_commands,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ledgerpost",
        description="LedgerPost: accounting with a mailer that sends each document exactly once.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="ledger file or database URL (default: $LEDGERPOST_DB, else "
        "ledger.sqlite3 in the user data folder)",
    )
    parser.add_argument(
        "--user",
        dest="acting_user",
        metavar="LOGIN",
        help="act as this user; the password is read from the first line of stdin "
        "(needed once the ledger has passwords)",
    )
    parser.add_argument("--version", action="version", version=f"ledgerpost {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    start_logging()
    if args.command is None:
        from ledgerpost.cli.gui_command import run_gui

        return run_gui(args)
    context = CommandContext(db=args.db, login=args.acting_user)
    try:
        if context.login:
            _ = context.session  # the login's password is the first line on stdin
        return int(args.run(args, context))
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        context.complain(f"ledgerpost: {exc}")
        return EXIT_USAGE
    except RangeError as exc:
        context.complain(f"ledgerpost: {exc}")
        return EXIT_USAGE
    except (LedgerError, StorageError) as exc:
        context.complain(str(exc))
        return EXIT_FAILURE
    except KeyboardInterrupt:
        context.complain(context.tr("interrupted"))
        return EXIT_FAILURE
    finally:
        context.close()

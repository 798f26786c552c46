"""``ledgerpost [--db X] COMMAND``: exit 0 on success, 1 on an operational failure, 2 on a
usage error; failures go to stderr in plain sentences."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence

from ledgerpost.cli.context import EXIT_FAILURE, EXIT_USAGE, CommandContext, UsageError
from ledgerpost.cli.parser import build_parser
from ledgerpost.cli.rights import check, declared
from ledgerpost.domain.listing import RangeError
from ledgerpost.platform.logs import start_logging
from ledgerpost.services.errors import LedgerError, StorageError

Command = Callable[[argparse.Namespace, CommandContext], int]


def implementation(name: str) -> Command:
    """The function ``"module:function"`` names, imported only now that it is chosen."""
    module, _, function = name.partition(":")
    run: Command = getattr(importlib.import_module(module), function)
    return run


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    start_logging()
    if args.command is None:
        from ledgerpost.cli.gui_command import run_gui

        return run_gui(args)
    needs = declared(args)
    context = CommandContext(
        db=args.db, login=args.acting_user, create=needs.create, reads_only=needs.reads_only
    )
    try:
        check(needs, context)  # the login once the ledger has passwords, then the right
        code = int(implementation(args.run)(args, context))
        sys.stdout.flush()  # a closed pipe is found here, not in the interpreter's last flush
        return code
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        context.complain(f"ledgerpost: {exc}")
        return EXIT_USAGE
    except RangeError as exc:
        context.complain(f"ledgerpost: {exc}")
        return EXIT_USAGE
    except (LedgerError, StorageError) as exc:
        context.complain(context.refusal(exc))
        return EXIT_FAILURE
    except KeyboardInterrupt:
        context.complain(context.tr("interrupted"))
        return EXIT_FAILURE
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep the interpreter's last
        # flush of stdout from failing again on the closed pipe.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILURE
    finally:
        context.close()

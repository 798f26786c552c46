"""Opening the window from the command line; Qt is imported only when asked for."""

from __future__ import annotations

import argparse
import sys

from ledgerpost.cli.context import EXIT_FAILURE
from ledgerpost.i18n.translate import command_line_language, translator


def run_gui(args: argparse.Namespace) -> int:
    try:
        from ledgerpost.gui.app import run
    except ImportError as exc:
        words = translator(command_line_language())
        message = words.gettext(
            "the window cannot start: {reason}. Install the Qt system libraries "
            "(see README) or use the command line."
        )
        print(message.format(reason=exc), file=sys.stderr)
        return EXIT_FAILURE
    return run(args.db, smoke=getattr(args, "smoke", False))


def run_command(args: argparse.Namespace, _context: object) -> int:
    """``ledgerpost gui``: the window needs no command context."""
    return run_gui(args)

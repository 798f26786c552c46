"""Opening the window from the command line; Qt is imported only when asked for."""

from __future__ import annotations

import argparse
import sys

from ledgerpost.cli.context import EXIT_FAILURE


def run_gui(args: argparse.Namespace) -> int:
    try:
        from ledgerpost.gui.app import run
    except ImportError as exc:
        print(
            f"the window cannot start: {exc}. Install the Qt system libraries "
            "(see README) or use the command line.",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    return run(args.db, smoke=getattr(args, "smoke", False))

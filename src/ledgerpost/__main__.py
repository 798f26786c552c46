"""``python -m ledgerpost`` and the ``ledgerpost`` console script."""

import sys

from ledgerpost.cli.main import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # The desktop build starts its render processes through this same program.
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())

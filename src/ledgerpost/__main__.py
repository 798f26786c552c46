"""``python -m ledgerpost`` and the ``ledgerpost`` console script."""

import multiprocessing
import sys

from ledgerpost.cli.main import main

if __name__ == "__main__":
    # The desktop build starts its render processes through this same program.
    multiprocessing.freeze_support()
    sys.exit(main())

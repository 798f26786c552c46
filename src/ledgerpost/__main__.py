"""``python -m ledgerpost`` and the ``ledgerpost`` console script."""

import sys

from ledgerpost.cli.main import main

if __name__ == "__main__":
    sys.exit(main())

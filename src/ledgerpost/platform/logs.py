"""The log file: stdlib ``logging`` into a rotating file in the user's log folder.

Set up once when the window or the command line starts, never on import. What is logged is
ids, states and codes: never a password, a token, a message body or an address's free text.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

import platformdirs

LOG_NAME = "ledgerpost.log"
MAX_BYTES = 1_000_000
KEEP = 3
"""Rotated files kept beside the current one: at most about 4 MB of log."""

_handler: logging.handlers.RotatingFileHandler | None = None


def log_folder() -> Path:
    """Where the log files are (``platformdirs.user_log_dir``; XDG_STATE_HOME on Linux)."""
    return Path(platformdirs.user_log_dir("LedgerPost", appauthor=False))


def log_file() -> Path:
    return log_folder() / LOG_NAME


def start_logging(level: int = logging.INFO) -> Path | None:
    """Send the ``ledgerpost`` loggers to the log file; the file, or None if it cannot be made.

    Calling it again with another log folder (tests point XDG_* elsewhere) moves the log there.
    A log that cannot be written never stops the program.
    """
    global _handler
    path = log_file()
    logger = logging.getLogger("ledgerpost")
    if _handler is not None:
        if Path(_handler.baseFilename) == path.resolve():
            return path
        logger.removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    logger.addHandler(handler)
    logger.setLevel(level)
    _handler = handler
    return path


def stop_logging() -> None:
    """Close the log file (at exit, and in tests that read it)."""
    global _handler
    if _handler is not None:
        logging.getLogger("ledgerpost").removeHandler(_handler)
        _handler.close()
        _handler = None

"""What is known trouble and what is a bug, decided once for the whole window.

Known trouble comes from the world and has a plain sentence: the services' ``LedgerError``,
storage's ``StorageError``, mail's ``MailError`` and the operating system's ``OSError`` (a file
that cannot be written, a disk that is full). Anything else is a bug: it goes to the crash path
(``sys.excepthook``: the crash dialog in the application, a failed test under pytest-qt).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ledgerpost.gui.widgets.language import error_message
from ledgerpost.mail.errors import MailError
from ledgerpost.services.errors import LedgerError, StorageError

KNOWN: tuple[type[Exception], ...] = (LedgerError, StorageError, MailError, OSError)
"""The error base classes whose messages are written for the user."""

log = logging.getLogger(__name__)


def is_known(exc: BaseException) -> bool:
    """Whether ``exc`` is trouble from the world (shown in plain words), not a bug."""
    return isinstance(exc, KNOWN)


def known_text(exc: BaseException) -> str | None:
    """The plain sentence for known trouble, with its field where it has one; None for a bug."""
    if not is_known(exc):
        return None
    if isinstance(exc, OSError) and not isinstance(exc, MailError):
        reason = exc.strerror or str(exc)
        if exc.filename:
            text = QCoreApplication.translate("errors", "%1 could not be used: %2")
            return text.replace("%1", str(exc.filename)).replace("%2", reason)
        return reason
    text = error_message(exc) if isinstance(exc, Exception) else str(exc)
    text = text or type(exc).__name__
    field = getattr(exc, "field", None)
    if isinstance(field, str) and field:
        named = QCoreApplication.translate("errors", "%1: %2")
        return named.replace("%1", field).replace("%2", text)
    return text


def tell(exc: BaseException, say: Callable[[str], None]) -> None:
    """Known trouble: ``say`` it in plain words. A bug: the crash path (``say`` is not called)."""
    text = known_text(exc)
    if text is None:
        crash(exc)
        return
    log.info("known trouble shown: %s", describe(exc))
    say(text)


def crash(exc: BaseException) -> None:
    """Hand a bug to the crash path: the crash dialog, or under tests the failing test."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


def describe(exc: BaseException) -> str:
    """The error's class and its reply code where it has one: no free text (it may hold an
    address or a server's words)."""
    parts = [type(exc).__name__]
    for name in ("code", "reply_code"):  # a catalogue code, the server's reply number
        value = getattr(exc, name, None)
        if isinstance(value, int | str) and value:
            parts.append(str(value))
    return " ".join(parts)

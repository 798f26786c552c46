"""The window's background mailbox check: every few minutes (setting
``mail.mailbox_check_minutes``; off without a mailbox), on the runner, never on the GUI thread.

What it found goes to ``found`` as a status-bar sentence ("3 delivered, 1 bounced") and the
pages refresh through ``changes.outbox``; an account's failure is told once, not every round,
until that account reads again or fails otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.services import mailbox_check, mailbox_settings
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.mailbox_check import AllChecked, CheckResult


def _plan(ledger: Ledger) -> int:
    """Minutes between checks; 0 when off or no mailbox is set."""
    minutes = int(settings_service.get(ledger, "mail.mailbox_check_minutes") or 0)
    return minutes if minutes > 0 and mailbox_settings.names(ledger) else 0


def found_text(found: CheckResult) -> str:
    """``3 delivered, 1 bounced``: the reports applied now, by kind; empty when none."""
    parts = [
        (
            found.delivered,
            QCoreApplication.translate("mailbox", "%n delivered", "", found.delivered),
        ),
        (found.delayed, QCoreApplication.translate("mailbox", "%n delayed", "", found.delayed)),
        (found.bounced, QCoreApplication.translate("mailbox", "%n bounced", "", found.bounced)),
        (
            found.read_receipts,
            QCoreApplication.translate("mailbox", "%n read", "", found.read_receipts),
        ),
    ]
    return ", ".join(text for count, text in parts if count)


class MailboxWatch(QObject):
    """Owns the timer; ``tick()`` is one round (the tests call it as the timer would)."""

    found = Signal(str)
    """A sentence for the status bar: what a round applied, or a failure told once."""

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.checking = False
        self._told: dict[str, str] = {}
        context.changes.settings.connect(self.plan)

    def plan(self) -> None:
        """Read the interval (off the GUI thread) and start or stop the timer."""
        ledger = self.context.ledger
        self.context.runner.run(lambda: _plan(ledger), self._planned, self._failed, owner=self)

    def _planned(self, minutes: int) -> None:
        if minutes:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def tick(self) -> None:
        if self.checking:  # a slow server: one round at a time
            return
        self.checking = True
        ledger = self.context.ledger
        self.context.runner.run(
            lambda: mailbox_check.check_all(ledger), self._checked, self._failed, owner=self
        )

    def _checked(self, result: AllChecked) -> None:
        self.checking = False
        for name in list(self._told):
            if name not in result.failures:
                del self._told[name]
        for name, exc in result.failures.items():
            text = errors.known_text(exc) or type(exc).__name__
            if self._told.get(name) != text:
                self._told[name] = text
                said = QCoreApplication.translate("mailbox", "Mailbox %1 not checked: %2")
                self.found.emit(said.replace("%1", name).replace("%2", text))
        text = found_text(result.found)
        if text:
            self.found.emit(text)
        if result.found.changed:
            self.context.changes.outbox.emit()

    def _failed(self, exc: Exception) -> None:
        self.checking = False
        self.timer.stop()  # a bug: the crash path once, not every round
        errors.crash(exc)

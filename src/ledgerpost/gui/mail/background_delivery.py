"""The delivery worker while the window is open: a thread of its own, reporting by signals.

It never touches a widget. The status bar and the email queue listen to ``status`` and
``changed``; ``wake()`` after queueing sends without waiting for the next round. A big send
(``mail_account.big_send_due``) goes out from worker processes while this
thread waits and reports progress: the window's interpreter never sends a batch itself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal

from ledgerpost.domain.problems import Problem
from ledgerpost.domain.smtp import SmtpSettings
from ledgerpost.services import account_choice, mail_account, outbox
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger

IDLE_SECONDS = 15.0
BIG_SEND_CONNECTIONS = 2
"""Worker processes (one SMTP connection each) for a big send from the window."""


@dataclass(frozen=True, slots=True)
class DeliveryStatus:
    configured: bool
    online: bool | None
    """None until the first attempt says whether the server answers."""
    waiting: outbox.Waiting
    problem: str = ""
    paused: tuple[Problem, ...] = ()
    """Each account waiting for the user (password refused, sign in again), with its count."""


class BackgroundDelivery(QObject):
    status = Signal(object)
    changed = Signal()

    def __init__(
        self,
        ledger: Ledger,
        password: Callable[[SmtpSettings], str | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._password = password
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._worker: mail_account.AccountWorkers | None = None
        self._online: bool | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="delivery", daemon=True)
            self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _worker_for(self, smtp: SmtpSettings) -> mail_account.AccountWorkers:
        """The workers of the sending accounts (each made again when its settings change)."""
        if self._worker is None:
            self._worker = mail_account.AccountWorkers(self._ledger, self._password)
        return self._worker

    def _big_send(self, smtp: SmtpSettings) -> mail_account.RunReport:
        """Many messages due: worker processes send them (this thread only waits), so the
        window never shares its interpreter with the sending."""
        if self._worker is not None:  # its connection would sit idle meanwhile
            self._worker.close()
            self._worker = None

        before = [outbox.waiting(self._ledger).count]

        def progress() -> None:
            status = self._status(smtp, "")
            if status.waiting.count < before[-1]:
                self._online = True  # messages are leaving: the server takes them
                status = replace(status, online=True)
            before.append(status.waiting.count)
            self.changed.emit()
            self.status.emit(status)

        return mail_account.deliver(
            self._ledger,
            self._password(smtp),
            connections=BIG_SEND_CONNECTIONS,
            stop=self._stop,
            progress=progress,
            processes=True,
        )

    def _round(self) -> tuple[DeliveryStatus, float]:
        smtp = settings_service.smtp_settings(self._ledger)
        problem = ""
        if smtp is not None:
            if mail_account.big_send_due(self._ledger):
                report = self._big_send(smtp)
            else:
                report = self._worker_for(smtp).run_once()
            if report.handled or report.recovered or report.no_credit:
                self.changed.emit()
            if report.sent:
                self._online = True
            if report.stopped_by or report.retry:
                self._online = False if not report.sent else self._online
                problem = report.stopped_by or ""
            if report.handled and not report.stopped_by:
                return self._status(smtp, problem), 0.0  # more may be due right away
        waiting = outbox.waiting(self._ledger)
        pause = IDLE_SECONDS
        due_in = waiting.seconds_to_next()
        if due_in is not None:
            pause = min(pause, max(due_in, 0.5))
        paused = tuple(account_choice.paused_problems(self._ledger))
        return DeliveryStatus(smtp is not None, self._online, waiting, problem, paused), pause

    def _status(self, smtp: SmtpSettings, problem: str) -> DeliveryStatus:
        paused = tuple(account_choice.paused_problems(self._ledger))
        return DeliveryStatus(True, self._online, outbox.waiting(self._ledger), problem, paused)

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                status, pause = self._round()
            except Exception as exc:  # shown in the status bar; the loop goes on
                status = DeliveryStatus(True, False, outbox.waiting(self._ledger), str(exc))
                pause = IDLE_SECONDS
            self.status.emit(status)
            if pause:
                self._wake.wait(pause)
            self._wake.clear()
        if self._worker is not None:
            self._worker.close()

"""What the delivery worker speaks to (the transport protocol) and what a run of it reports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from ledgerpost.mail.errors import MailError
from ledgerpost.mail.transport import Delivery, Envelope


class Transport(Protocol):
    """What the worker needs of an SMTP connection (ledgerpost.mail.transport.SmtpTransport)."""

    def send(
        self,
        mail_from: str,
        recipients: list[str],
        data: bytes,
        *,
        smtputf8: bool = False,
        before_data: Callable[[], bool] | None = None,
        ahead: Envelope | None = None,
        meanwhile: Callable[[], None] | None = None,
    ) -> Delivery: ...

    def close(self) -> None: ...


TransportFactory = Callable[[], Transport]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the server said about one message: a delivery, or the error."""

    outbox_id: int
    delivery: Delivery | None
    error: MailError | None


@dataclass
class RunReport:
    """What one run of the worker did; ``stopped_by`` is set when a setting stopped it."""

    sent: int = 0
    retry: int = 0
    failed: int = 0
    uncertain: int = 0
    no_credit: int = 0
    recovered: int = 0
    paced: int = 0
    """Messages put back for their turn in the account's pace (not attempts)."""
    throttled: int = 0
    """Throttle replies: messages the server would not take yet (not failures)."""
    stopped_by: str = ""
    messages: list[str] = field(default_factory=list)
    processes: int = 0
    """Worker processes that did the sending (0: the caller's own process)."""

    @property
    def handled(self) -> int:
        return self.sent + self.retry + self.failed + self.uncertain

    def add(self, other: RunReport) -> None:
        for name in (
            "sent",
            "retry",
            "failed",
            "uncertain",
            "no_credit",
            "recovered",
            "paced",
            "throttled",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.stopped_by = other.stopped_by or self.stopped_by
        self.messages += other.messages
        self.processes += other.processes

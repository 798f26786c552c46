"""Messages queued for ``ledgerpost outbox run`` processes, and a slow SMTP sink that records
the Message-ID of every message it receives (in arrival order)."""

from __future__ import annotations

import asyncio
import email
import itertools
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from ledgerpost.services import credits
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, queue
from ledgerpost.storage import credit_repository as credit_repo


class SlowSink:
    """Takes every message, after ``delay`` seconds at the end of DATA."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.started: list[str] = []
        self.lock = threading.Lock()
        self.data_started = threading.Event()

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        message = email.message_from_bytes(envelope.original_content or b"")
        with self.lock:
            self.started.append(str(message["Message-ID"]))
        self.data_started.set()
        await asyncio.sleep(self.delay)
        return "250 OK queued"


@contextmanager
def listening(sink: SlowSink) -> Iterator[tuple[str, int]]:
    """``sink`` served on a free loopback port, as long as the block runs: (host, port)."""
    from tests.helpers.smtp_server import free_port

    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield ("127.0.0.1", port)
    finally:
        controller.stop()


def queue_invoices(
    ledger: Ledger, host: str, port: int, count: int, top_up: int = 1000
) -> list[str]:
    """``count`` messages in the outbox (the demo's invoices, sent again), after a top-up of
    ``top_up`` credits; their Message-IDs."""
    assert (
        settings_service.save(
            ledger,
            {
                "smtp.host": host,
                "smtp.port": port,
                "smtp.security": "none",
                "smtp.from_address": "billing@example.com",
            },
        )
        == []
    )
    credits.add(ledger, top_up, "TEST", "test")
    ids = []
    numbers = [
        s.id
        for s in ledger.documents()
        if s.number is not None and s.type.value in ("invoice", "credit-note", "receipt")
    ]
    for document_id in itertools.islice(itertools.cycle(numbers), count):
        result = queue(
            ledger, SendRequest(document_id=document_id, to="c@example.com", resend=True)
        )
        assert result.queued, result.preflight.problems
        ids.append(result.message_id)
    return ids


def outbox_run(db: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ledgerpost", "--db", db, "outbox", "run"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def spent(ledger: Ledger) -> int:
    """Credits spent; and the balance row must still be the sum of the credit ledger."""
    with ledger.db.read() as s:
        assert credit_repo.credit_balance(s) == credit_repo.credit_sum(s), (
            "the balance row left the ledger"
        )
        return credit_repo.spent_credits(s)

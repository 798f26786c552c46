"""A ledger wired to a test SMTP server, and a queue made by real deliveries to it.

``connect(ledger, server)`` stores the server's settings, its password (in whatever keyring
is active: wrap the call in ``memory_keyring()``) and credits. ``real_queue`` then queues
invoices and delivers them for real: two accepted, one refused for good, one left uncertain
(the server read it all and hung up), one still waiting and one held for tomorrow.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.services import credits, mail_account
from ledgerpost.services import settings as settings_service
from ledgerpost.services.delivery.worker import DeliveryWorker
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, queue
from tests.helpers.memory_keyring import memory_keyring
from tests.helpers.smtp_server import TEST_PASSWORD, SmtpTestServer
from tests.helpers.users import as_user

REFUSED = "gone@example.org"


def connect(ledger: Ledger, server: SmtpTestServer, credit: int = 100) -> None:
    s = server.settings()
    problems = settings_service.save(
        ledger,
        {
            "smtp.host": s.host,
            "smtp.port": s.port,
            "smtp.security": s.security.value,
            "smtp.user": s.user,
            "smtp.ca_file": s.ca_file,
            "smtp.from_address": "billing@example.com",
            "smtp.from_name": "LedgerPost Demo OÜ",
        },
    )
    assert problems == []
    smtp = settings_service.smtp_settings(ledger)
    assert smtp is not None
    mail_account.save_password(ledger, smtp, TEST_PASSWORD)
    if credit:
        credits.add(ledger, credit, "TEST", "test")


@contextmanager
def connected(ledger: Ledger, server: SmtpTestServer, credit: int = 100) -> Iterator[Ledger]:
    """``connect`` with the password in an in-memory keyring, for as long as the block runs."""
    with memory_keyring():
        connect(ledger, server, credit)
        yield ledger


def deliver(ledger: Ledger) -> None:
    smtp = settings_service.smtp_settings(ledger)
    assert smtp is not None
    worker = DeliveryWorker(ledger, mail_account.transport_factory(smtp, TEST_PASSWORD))
    worker.run_until_idle()


@dataclass(frozen=True)
class RealQueue:
    sent: tuple[int, ...]
    failed: int
    uncertain: int
    waiting: int
    held: int


def posted_invoices(ledger: Ledger) -> list[int]:
    return [
        r.id
        for r in ledger.documents(DocumentFilter(type=DocumentType.INVOICE))
        if r.number is not None
    ]


def _queue(
    ledger: Ledger, document_id: int, to: str, cc: str = "", send_at: dt.datetime | None = None
) -> int:
    request = SendRequest(
        document_id=document_id, to=to, cc=cc, send_at=send_at, by=as_user("mari")
    )
    result = queue(ledger, request)
    assert result.outbox_id is not None, result.preflight.problems
    return result.outbox_id


def real_queue(ledger: Ledger, server: SmtpTestServer) -> RealQueue:
    """Five messages in five states, reached through the real worker and server."""
    invoices = posted_invoices(ledger)
    server.refuse_recipient(REFUSED)
    sent = (
        _queue(ledger, invoices[0], "anna@example.com", cc="boss@example.org"),
        _queue(ledger, invoices[1], "jaan@example.com"),
    )
    failed = _queue(ledger, invoices[2], REFUSED)
    deliver(ledger)
    server.drop_after_data()
    uncertain = _queue(ledger, invoices[3], "mari@example.com")
    deliver(ledger)
    held = _queue(ledger, invoices[5], "later@example.com", send_at=utcnow() + dt.timedelta(days=1))
    waiting = _queue(ledger, invoices[4], "waiting@example.com")
    return RealQueue(sent, failed, uncertain, waiting, held)


PARTLY_TO = "anna@example.com"
PARTLY_CC = "boss@example.org"
PARTLY_BCC = "archive@example.net"
RELAY_DENIED = "5.7.1 Relaying denied"


def send_partly_refused(ledger: Ledger, server: SmtpTestServer) -> int:
    """One invoice delivered for real to its To, its CC and BCC refused (554); the outbox id.
    The ledger must be connected to ``server`` (``connected``)."""
    server.refuse_recipient(PARTLY_CC, 554, RELAY_DENIED)
    server.refuse_recipient(PARTLY_BCC, 554, RELAY_DENIED)
    request = SendRequest(
        document_id=posted_invoices(ledger)[0],
        to=PARTLY_TO,
        cc=PARTLY_CC,
        bcc=PARTLY_BCC,
        by=as_user("mari"),
    )
    outbox_id = queue(ledger, request).outbox_id
    assert outbox_id is not None
    deliver(ledger)
    assert [m.rcpt_tos for m in server.received][-1] == (PARTLY_TO,)
    return outbox_id

"""A big send whose print copies are not rendered yet: rendered ahead in worker processes
(services.prerender) while the delivery goes on. Each message goes once, with exactly the print
copy the ledger keeps.

Real aiosmtpd on loopback; real SQLite file; real spawned processes."""

from __future__ import annotations

import email
import email.policy
import hashlib
from collections.abc import Iterator

import pytest

from ledgerpost.services import mail_account
from ledgerpost.services.delivery import prerender
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, queue
from ledgerpost.storage.print_copies import get_print_copies
from tests.helpers.mail_queue import connected, posted_invoices
from tests.helpers.smtp_server import TEST_PASSWORD, SmtpTestServer

pytestmark = pytest.mark.slow  # spawned renderers take a second or two to start


@pytest.fixture
def mailing(demo_ledger: Ledger, smtp_server: SmtpTestServer) -> Iterator[Ledger]:
    with connected(demo_ledger, smtp_server):
        yield demo_ledger


def queue_all(ledger: Ledger) -> list[int]:
    documents = posted_invoices(ledger)
    for n, document_id in enumerate(documents):
        assert queue(ledger, SendRequest(document_id=document_id, to=f"c{n}@example.com")).queued
    return documents


def test_too_few_missing_copies_are_rendered_by_the_worker_alone(mailing: Ledger) -> None:
    documents = posted_invoices(mailing)[: prerender.WORTH_IT - 1]
    for document_id in documents:
        assert queue(mailing, SendRequest(document_id=document_id, to="a@example.com")).queued
    assert prerender.for_due_messages(mailing, processes=2) is None


def test_a_cold_send_mails_each_document_once_with_its_kept_copy(
    mailing: Ledger, smtp_server: SmtpTestServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = queue_all(mailing)
    assert len(documents) >= prerender.WORTH_IT
    made = []
    original = prerender.for_due_messages

    def spy(ledger: Ledger, processes: int | None = None) -> object:
        made.append(original(ledger, 2))  # two renderers, whatever this machine has
        return made[-1]

    monkeypatch.setattr(prerender, "for_due_messages", spy)
    report = mail_account.deliver(mailing, TEST_PASSWORD, connections=2)

    assert made and made[0] is not None  # the copies were rendered ahead
    assert report.sent == len(documents) == len(smtp_server.received)
    with mailing.db.read() as s:
        kept = {c.sha256 for c in get_print_copies(s, documents).values()}
    assert len(kept) == len(documents)  # every copy stored once
    mailed = set()
    for received in smtp_server.received:
        message = email.message_from_bytes(received.data, policy=email.policy.default)
        (pdf,) = [p.get_content() for p in message.iter_attachments()]
        mailed.add(hashlib.sha256(pdf).hexdigest())
    assert mailed == kept  # each mailed PDF is exactly the print copy

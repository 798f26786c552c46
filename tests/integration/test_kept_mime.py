"""A mailed invoice's bytes are kept without its print copy's base64 lines (the copy is in the
ledger already) and read back, resent and shown byte for byte as the server received them."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from ledgerpost.domain.outbox import OutboxStatus as S
from ledgerpost.mail.compose import base64_lines
from ledgerpost.services import outbox
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.outbox_view import stored_mime
from ledgerpost.services.printing import print_document
from ledgerpost.services.sending import SendRequest, queue
from tests.helpers.backends import BOTH_BACKENDS
from tests.helpers.mail_queue import connected, deliver, posted_invoices
from tests.helpers.smtp_server import SmtpTestServer

pytestmark = BOTH_BACKENDS


@pytest.fixture
def mailing(demo_ledger: Ledger, smtp_server: SmtpTestServer) -> Iterator[Ledger]:
    with connected(demo_ledger, smtp_server):
        yield demo_ledger


def queued(ledger: Ledger, document_id: int) -> int:
    result = queue(ledger, SendRequest(document_id=document_id, to="books@example.com"))
    assert result.queued and result.outbox_id is not None, result
    return result.outbox_id


def status(ledger: Ledger, outbox_id: int) -> S:
    (entry,) = [e for e in outbox.entries(ledger) if e.id == outbox_id]
    return entry.status


def kept_row(ledger: Ledger, outbox_id: int) -> tuple[int, int | None, str | None]:
    """The stored bytes' length, where the print copy goes back in, and which copy."""
    with ledger.db.read() as s:
        length, at, sha = s.execute(
            text(
                "SELECT length(mime), print_copy_at, print_copy_sha256 FROM outbox_mime "
                "WHERE outbox_id = :id"
            ),
            {"id": outbox_id},
        ).one()
    return int(length), at, sha


def test_the_bytes_kept_are_the_message_less_its_print_copy(
    mailing: Ledger, smtp_server: SmtpTestServer
) -> None:
    document_id = posted_invoices(mailing)[0]
    copy = print_document(mailing, document_id)
    outbox_id = queued(mailing, document_id)
    deliver(mailing)
    (received,) = smtp_server.received
    assert stored_mime(mailing, outbox_id) == received.data
    length, at, sha = kept_row(mailing, outbox_id)
    assert sha == copy.sha256 and at is not None
    assert length == len(received.data) - len(base64_lines(copy.pdf))
    assert received.data[at : at + 76] == base64_lines(copy.pdf)[:76]
    with mailing.db.read() as s:
        size = s.execute(
            text("SELECT size FROM outbox_message WHERE id = :id"), {"id": outbox_id}
        ).scalar()
    assert size == len(received.data)  # the size on the wire, as the report shows it


def test_an_uncertain_message_resent_goes_out_byte_for_byte_again(
    mailing: Ledger, smtp_server: SmtpTestServer
) -> None:
    document_id = posted_invoices(mailing)[1]
    outbox_id = queued(mailing, document_id)
    smtp_server.drop_next(at="data")  # the server read it all and hung up
    deliver(mailing)
    (first,) = smtp_server.dropped
    assert status(mailing, outbox_id) is S.UNCERTAIN
    outbox.retry(mailing, outbox_id)
    deliver(mailing)
    (second,) = smtp_server.received
    assert second.data == first.data
    assert stored_mime(mailing, outbox_id) == first.data


def test_a_print_copy_that_changed_is_never_mailed_under_the_old_message_id(
    mailing: Ledger, smtp_server: SmtpTestServer
) -> None:
    """Print copies never change; if one did (a restored or edited ledger), the message
    composed with the old one fails with the reason instead of going out different."""
    document_id = posted_invoices(mailing)[2]
    outbox_id = queued(mailing, document_id)
    smtp_server.fail_next(451, at="data")
    deliver(mailing)
    assert status(mailing, outbox_id) is S.RETRY
    other = b"%PDF-1.4 another copy"
    with mailing.db.write() as s:
        s.execute(
            text("UPDATE print_copy SET pdf = :pdf, sha256 = :sha WHERE document_id = :id"),
            {"pdf": other, "sha": hashlib.sha256(other).hexdigest(), "id": document_id},
        )
    outbox.retry(mailing, outbox_id)
    deliver(mailing)
    assert smtp_server.received == []
    (entry,) = [e for e in outbox.entries(mailing) if e.id == outbox_id]
    assert entry.status is S.FAILED
    assert "print copy this message was composed with" in entry.last_error


def test_a_mailbox_in_to_cc_and_bcc_is_in_the_envelope_once(
    mailing: Ledger, smtp_server: SmtpTestServer
) -> None:
    document_id = posted_invoices(mailing)[3]
    request = SendRequest(
        document_id=document_id,
        to="Books <books@example.com>, mari@example.com",
        cc="BOOKS@example.com",
        bcc="mari@EXAMPLE.com, audit@example.com",
    )
    assert queue(mailing, request).queued
    deliver(mailing)
    (received,) = smtp_server.received
    assert received.rcpt_tos == ("books@example.com", "mari@example.com", "audit@example.com")

"""A mailed invoice's bytes are kept without its print copy's base64 lines (the copy is in the
ledger already) and read back, resent and shown byte for byte as the server received them."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from email.utils import format_datetime

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


def stored_bytes(ledger: Ledger, outbox_id: int) -> bytes:
    with ledger.db.read() as s:
        found = s.execute(
            text("SELECT mime FROM outbox_mime WHERE outbox_id = :id"), {"id": outbox_id}
        ).scalar_one()
    return bytes(found)


def test_the_bytes_kept_are_the_message_less_its_print_copy_and_date(
    mailing: Ledger, smtp_server: SmtpTestServer
) -> None:
    """Composed as it was queued, its print copy stored: kept without the copy's base64 lines
    and without the Date line, which the first attempt puts in front."""
    document_id = posted_invoices(mailing)[0]
    copy = print_document(mailing, document_id)
    outbox_id = queued(mailing, document_id)
    deliver(mailing)
    (received,) = smtp_server.received
    assert stored_mime(mailing, outbox_id) == received.data
    length, at, sha = kept_row(mailing, outbox_id)
    assert sha == copy.sha256 and at is not None
    date, rest = received.data.split(b"\r\n", 1)
    assert date.startswith(b"Date: ") and rest.startswith(b"From: ")
    assert length == len(rest) - len(base64_lines(copy.pdf))
    assert rest[at : at + 76] == base64_lines(copy.pdf)[:76]
    with mailing.db.read() as s:
        size = s.execute(
            text("SELECT size FROM outbox_message WHERE id = :id"), {"id": outbox_id}
        ).scalar()
    assert size == len(received.data)  # the size on the wire, as the report shows it


def test_a_message_is_composed_when_queued_and_its_date_is_its_first_attempt(
    mailing: Ledger, smtp_server: SmtpTestServer
) -> None:
    document_id = posted_invoices(mailing)[4]
    print_document(mailing, document_id)
    outbox_id = queued(mailing, document_id)
    before = stored_bytes(mailing, outbox_id)  # stored by the queueing, before any delivery
    assert before.startswith(b"From: ") and b"\r\nDate: " not in before
    shown = stored_mime(mailing, outbox_id)
    assert shown is not None and shown.startswith(b"From: ")  # no Date until it is tried
    with mailing.db.read() as s:
        size_before = s.execute(
            text("SELECT size FROM outbox_message WHERE id = :id"), {"id": outbox_id}
        ).scalar()
    assert size_before == 0
    deliver(mailing)
    (received,) = smtp_server.received
    assert stored_bytes(mailing, outbox_id) == before  # the lane stored nothing more
    with mailing.db.read() as s:
        first, size = s.execute(
            text("SELECT first_attempt_at, size FROM outbox_message WHERE id = :id"),
            {"id": outbox_id},
        ).one()
    first = first if isinstance(first, dt.datetime) else dt.datetime.fromisoformat(first)
    (date_line, _) = received.data.split(b"\r\n", 1)
    assert date_line == b"Date: " + format_datetime(first.replace(tzinfo=dt.UTC)).encode()
    assert size == len(received.data)


def test_a_message_whose_print_copy_is_not_stored_is_composed_when_sent(
    mailing: Ledger, smtp_server: SmtpTestServer
) -> None:
    """The copy is rendered for the send (by the delivery, not the queueing): the bytes are
    composed and kept then, Date and all."""
    document_id = posted_invoices(mailing)[5]
    outbox_id = queued(mailing, document_id)
    with mailing.db.read() as s:
        assert (
            s.execute(
                text("SELECT count(*) FROM outbox_mime WHERE outbox_id = :id"), {"id": outbox_id}
            ).scalar()
            == 0
        )
    deliver(mailing)
    (received,) = smtp_server.received
    assert received.data.startswith(b"Date: ")
    assert stored_bytes(mailing, outbox_id).startswith(b"Date: ")
    assert stored_mime(mailing, outbox_id) == received.data


@pytest.mark.parametrize("composed", ["when queued", "when sent"])
def test_an_uncertain_message_resent_goes_out_byte_for_byte_again(
    mailing: Ledger, smtp_server: SmtpTestServer, composed: str
) -> None:
    document_id = posted_invoices(mailing)[1]
    if composed == "when queued":
        print_document(mailing, document_id)  # its print copy stored before it is queued
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


@pytest.mark.parametrize("composed", ["when queued", "when sent"])
def test_a_mailbox_in_to_cc_and_bcc_is_in_the_envelope_once(
    mailing: Ledger, smtp_server: SmtpTestServer, composed: str
) -> None:
    document_id = posted_invoices(mailing)[3]
    if composed == "when queued":
        print_document(mailing, document_id)
    request = SendRequest(
        document_id=document_id,
        to="Books <books@example.com>, mari@example.com",
        cc="BOOKS@example.com",
        bcc="mari@EXAMPLE.com, audit@example.com",
    )
    result = queue(mailing, request)
    assert result.queued
    with mailing.db.read() as s:
        kept = s.execute(
            text("SELECT envelope FROM outbox_mime WHERE outbox_id = :id"),
            {"id": result.outbox_id},
        ).scalar()
    if composed == "when queued":  # kept with the bytes: the delivery reads no address again
        assert kept == "books@example.com\nmari@example.com\naudit@example.com"
    deliver(mailing)
    (received,) = smtp_server.received
    assert received.rcpt_tos == ("books@example.com", "mari@example.com", "audit@example.com")
    assert b"audit@example.com" not in received.data  # BCC: in the envelope only

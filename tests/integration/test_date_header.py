"""The Date header is the time of the first delivery attempt, not of queueing, and stays that
time on every retry: a message refused for a while or resent after an uncertain end goes out
with the Date and Message-ID it first had."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
from collections.abc import Iterator

import pytest

from ledgerpost.domain.outbox import OutboxStatus as S
from ledgerpost.services import mail_account, outbox
from ledgerpost.services import settings as settings_service
from ledgerpost.services.delivery.worker import DeliveryWorker
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, queue
from tests.helpers.books import add_customer, invoice
from tests.helpers.mail_queue import connected
from tests.helpers.smtp_server import TEST_PASSWORD, SmtpTestServer


@pytest.fixture
def mailing(ledger: Ledger, smtp_server: SmtpTestServer) -> Iterator[Ledger]:
    with connected(ledger, smtp_server):
        yield ledger


def _queued(ledger: Ledger) -> int:
    draft = ledger.save_draft(invoice(add_customer(ledger)))
    assert draft.id is not None and ledger.post(draft.id).posted
    result = queue(ledger, SendRequest(document_id=draft.id))
    assert result.outbox_id is not None, result
    return result.outbox_id


def _deliver_at(ledger: Ledger, when: dt.datetime) -> None:
    smtp = settings_service.smtp_settings(ledger)
    assert smtp is not None
    factory = mail_account.transport_factory(smtp, TEST_PASSWORD)
    DeliveryWorker(ledger, factory, clock=lambda: when).run_until_idle()


def _date(data: bytes) -> dt.datetime:
    message = email.message_from_bytes(data, policy=email.policy.default)
    return email.utils.parsedate_to_datetime(str(message["Date"]))


def _status(ledger: Ledger, outbox_id: int) -> S:
    (entry,) = [e for e in outbox.entries(ledger) if e.id == outbox_id]
    return entry.status


def test_date_is_the_first_attempt_and_stays_through_a_retry(
    mailing: Ledger, smtp_server: SmtpTestServer
) -> None:
    outbox_id = _queued(mailing)
    first = (utcnow() + dt.timedelta(hours=2)).replace(microsecond=0)
    smtp_server.fail_next(451, at="rcpt")  # refused for now: no data was sent
    _deliver_at(mailing, first)
    assert _status(mailing, outbox_id) is S.RETRY and not smtp_server.received
    _deliver_at(mailing, first + dt.timedelta(hours=3))
    (received,) = smtp_server.received
    assert _date(received.data) == first.replace(tzinfo=dt.UTC)


def test_an_uncertain_message_resent_keeps_its_first_date(
    mailing: Ledger, smtp_server: SmtpTestServer
) -> None:
    outbox_id = _queued(mailing)
    first = (utcnow() + dt.timedelta(minutes=30)).replace(microsecond=0)
    smtp_server.drop_next(at="data")  # the server read it all and hung up
    _deliver_at(mailing, first)
    (dropped,) = smtp_server.dropped
    assert _status(mailing, outbox_id) is S.UNCERTAIN
    outbox.retry(mailing, outbox_id)
    _deliver_at(mailing, first + dt.timedelta(hours=5))
    (received,) = smtp_server.received
    assert received.data == dropped.data
    assert _date(received.data) == first.replace(tzinfo=dt.UTC)

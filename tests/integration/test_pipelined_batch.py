"""A batch over one connection to a server that pipelines: each message's data goes in one
write with the next message's envelope (one round trip a message), and every failure still
lands on the right message: each message once, credits exactly the accepted ones.

Real aiosmtpd on loopback with STARTTLS, AUTH and PIPELINING; real ledger; real worker."""

from __future__ import annotations

import email
import email.policy
from collections import Counter
from collections.abc import Callable, Iterator

import pytest

from ledgerpost.domain.outbox import OutboxStatus as S
from ledgerpost.mail import connection as smtp_connection
from ledgerpost.services import outbox
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, queue
from tests.helpers.mail_queue import connected, deliver, posted_invoices
from tests.helpers.outbox_workers import spent
from tests.helpers.smtp_server import TEST_PASSWORD, TEST_USER, SmtpTestServer

COUNT = 6


@pytest.fixture
def server(smtp_server_factory: Callable[..., SmtpTestServer]) -> SmtpTestServer:
    return smtp_server_factory(
        starttls=True, user=TEST_USER, password=TEST_PASSWORD, pipelining=True
    )


@pytest.fixture
def mailing(demo_ledger: Ledger, server: SmtpTestServer) -> Iterator[Ledger]:
    with connected(demo_ledger, server):
        yield demo_ledger


@pytest.fixture
def writes(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Every write the client makes on its SMTP connections, in order."""
    seen: list[bytes] = []
    original = smtp_connection.Connection.write

    def write(self: smtp_connection.Connection, data: bytes) -> None:
        seen.append(data)
        original(self, data)

    monkeypatch.setattr(smtp_connection.Connection, "write", write)
    return seen


def queued(ledger: Ledger, count: int = COUNT) -> list[int]:
    ids = []
    for n, document_id in enumerate(posted_invoices(ledger)[:count]):
        result = queue(ledger, SendRequest(document_id=document_id, to=f"c{n}@example.com"))
        assert result.outbox_id is not None, result
        ids.append(result.outbox_id)
    return ids


def statuses(ledger: Ledger, ids: list[int]) -> list[S]:
    found = {e.id: e.status for e in outbox.entries(ledger)}
    return [found[i] for i in ids]


def message_ids(server: SmtpTestServer) -> Counter[str]:
    return Counter(
        str(email.message_from_bytes(m.data, policy=email.policy.default)["Message-ID"])
        for m in server.received
    )


def test_each_message_costs_one_write_and_one_round_trip(
    mailing: Ledger, server: SmtpTestServer, writes: list[bytes]
) -> None:
    ids = queued(mailing)
    writes.clear()
    deliver(mailing)
    assert statuses(mailing, ids) == [S.SENT] * COUNT
    assert len(server.received) == COUNT == spent(mailing)
    transactions = [w for w in writes if b"MAIL FROM:" in w or w.endswith(b"\r\n.\r\n")]
    # The first envelope alone; then each message's data with the next envelope behind it.
    assert transactions[0].startswith(b"MAIL FROM:")
    assert not any(w.startswith(b"MAIL FROM:") for w in transactions[1:])
    behind = [w for w in transactions[1:] if b"\r\n.\r\nMAIL FROM:<" in w]
    assert len(transactions) == COUNT + 1 and len(behind) == COUNT - 1
    assert [m.rcpt_tos for m in server.received] == [(f"c{n}@example.com",) for n in range(COUNT)]


def test_a_refused_envelope_behind_the_data_fails_only_its_own_message(
    mailing: Ledger, server: SmtpTestServer
) -> None:
    ids = queued(mailing)
    server.refuse_recipient("c2@example.com", 550, "5.1.1 No such user here")
    deliver(mailing)
    got = statuses(mailing, ids)
    assert got[2] is S.FAILED and got[:2] + got[3:] == [S.SENT] * (COUNT - 1)
    refused = next(e for e in outbox.entries(mailing) if e.id == ids[2])
    assert "No such user here" in refused.last_error
    assert len(server.received) == COUNT - 1 == spent(mailing)
    assert server.connection_count == 1  # a refusal is part of the conversation


def test_a_refusal_of_the_data_keeps_the_next_envelope_in_step(
    mailing: Ledger, server: SmtpTestServer
) -> None:
    ids = queued(mailing)
    server.pass_next(1)
    server.fail_next(451, at="data")  # the second message, its successor's envelope behind it
    deliver(mailing)
    assert statuses(mailing, ids) == [S.SENT, S.RETRY] + [S.SENT] * (COUNT - 2)
    assert len(server.received) == COUNT - 1 == spent(mailing)
    assert server.connection_count == 1


@pytest.mark.parametrize("trouble", ["421 at the end of data", "a drop after the data"])
def test_when_the_connection_ends_behind_a_message_the_next_goes_on_a_new_one(
    mailing: Ledger, server: SmtpTestServer, trouble: str
) -> None:
    ids = queued(mailing)
    server.pass_next(1)
    if trouble.startswith("421"):
        server.fail_next(421, at="data")
        expected = S.RETRY  # the server said it did not take it
    else:
        server.drop_after_data()
        expected = S.UNCERTAIN  # it may have: never resent without the user's word
    deliver(mailing)
    assert statuses(mailing, ids) == [S.SENT, expected] + [S.SENT] * (COUNT - 2)
    # The third message's envelope went behind the second's data on the lost connection:
    # it went again on a new one, once.
    assert max(message_ids(server).values()) == 1
    assert len(server.received) == COUNT - 1 == spent(mailing)
    assert server.connection_count == 2


def test_a_send_stopped_inside_data_hangs_up_and_sends_nothing(server: SmtpTestServer) -> None:
    """Trouble between the server's 354 and the data (the ledger could not be written): the
    connection is dropped, never ended with a dot or a QUIT the server would read as text."""
    from ledgerpost.mail.transport import SmtpTransport

    message = b"Subject: x\r\n\r\nbody\r\n"

    def ledger_trouble() -> bool:
        raise RuntimeError("the ledger could not be written")

    transport = SmtpTransport(server.settings(), TEST_PASSWORD)
    with pytest.raises(RuntimeError):
        transport.send("a@example.com", ["b@example.com"], message, before_data=ledger_trouble)
    transport.close()
    assert not transport.connected and server.received == []
    with transport:  # a fresh connection takes the next message as usual
        transport.send("a@example.com", ["b@example.com"], message)
    assert [m.data for m in server.received] == [message]

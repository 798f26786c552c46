"""Big sends from worker processes (services.delivery_pool): each message once, credits exact,
a stop loses nothing, and small sends stay in the caller's process.

Real aiosmtpd on loopback with STARTTLS and AUTH; real SQLite file; real spawned processes.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from email.parser import BytesParser
from email.policy import default

import pytest

from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.services import mail_account
from ledgerpost.services.delivery import pool as delivery_pool
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import outbox_listing
from ledgerpost.storage import worker_repository as worker_repo
from tests.helpers.mail_queue import connect
from tests.helpers.memory_keyring import memory_keyring
from tests.helpers.outbox_rows import add_messages
from tests.helpers.outbox_workers import spent
from tests.helpers.smtp_server import TEST_PASSWORD, SmtpTestServer

pytestmark = pytest.mark.slow  # spawned interpreters take a second or two to start


def _connect(ledger: Ledger, server: SmtpTestServer, credit: int) -> None:
    with memory_keyring():  # the worker processes get the password handed over, not a keyring
        connect(ledger, server, credit)


def _statuses(ledger: Ledger) -> dict[str, int]:
    with ledger.db.read() as s:
        return {k.value: v for k, v in outbox_listing.status_counts(s).items() if v}


@pytest.mark.parametrize(
    ("asked", "processes"),
    [
        # From the command line: one connection is the caller's own, sending from the first
        # moment; the other a worker process, joining once it has started.
        (None, 1),
        # From the window: both connections in worker processes, none in the caller's.
        (True, 2),
    ],
    ids=["command-line", "window"],
)
def test_a_big_send_goes_out_from_worker_processes_each_message_once(
    ledger: Ledger, smtp_server: SmtpTestServer, asked: bool | None, processes: int
) -> None:
    count = delivery_pool.WORTH_IT + 50
    _connect(ledger, smtp_server, credit=count)
    add_messages(ledger, count)
    assert delivery_pool.worth_it(ledger)
    heard = []

    with memory_keyring():  # the children never see this keyring: the password is handed over
        report = mail_account.deliver(
            ledger,
            TEST_PASSWORD,
            connections=2,
            progress=lambda: heard.append(1),
            processes=asked,
        )

    assert report.sent == count and report.handled == count
    received = Counter(
        BytesParser(policy=default).parsebytes(m.data)["Message-ID"] for m in smtp_server.received
    )
    assert len(received) == count and max(received.values()) == 1
    assert _statuses(ledger) == {OutboxStatus.SENT.value: count}
    assert spent(ledger) == count  # one credit per accepted message, no more
    assert report.processes == processes
    assert heard  # the caller heard of progress (at least once, when it was done)
    with ledger.db.read() as s:
        assert worker_repo.workers(s) == []  # every worker signed off


def test_a_stop_gives_back_what_was_not_sent(ledger: Ledger, smtp_server: SmtpTestServer) -> None:
    count = delivery_pool.WORTH_IT * 5
    _connect(ledger, smtp_server, credit=count)
    add_messages(ledger, count)
    stop = threading.Event()

    def stop_soon() -> None:  # the user presses Stop once the first messages went
        while len(smtp_server.received) < 20:
            time.sleep(0.005)
        stop.set()

    threading.Thread(target=stop_soon, daemon=True).start()
    report = mail_account.deliver(ledger, TEST_PASSWORD, connections=2, stop=stop)

    statuses = _statuses(ledger)
    sent = statuses.get(OutboxStatus.SENT.value, 0)
    assert report.sent == sent == len(smtp_server.received) == spent(ledger)
    assert 0 < sent < count
    # Nothing lost, nothing left half-way: the rest waits to go, as it was.
    waiting = sum(statuses.get(s.value, 0) for s in (OutboxStatus.QUEUED, OutboxStatus.RETRY))
    assert sent + waiting == count, statuses


def test_a_small_send_stays_in_the_callers_process(
    ledger: Ledger, smtp_server: SmtpTestServer
) -> None:
    _connect(ledger, smtp_server, credit=10)
    add_messages(ledger, 3)
    assert not delivery_pool.worth_it(ledger)
    report = mail_account.deliver(ledger, TEST_PASSWORD, connections=2)
    assert report.sent == 3 and spent(ledger) == 3 and report.processes == 0


def test_one_connection_from_the_command_line_stays_in_its_process(
    ledger: Ledger, smtp_server: SmtpTestServer
) -> None:
    count = delivery_pool.WORTH_IT
    _connect(ledger, smtp_server, credit=count)
    add_messages(ledger, count)
    report = mail_account.deliver(ledger, TEST_PASSWORD)  # connections=1, as `outbox run`
    assert report.sent == count and report.processes == 0


def test_connections_no_process_pays_for_are_the_callers_own(
    ledger: Ledger, smtp_server: SmtpTestServer
) -> None:
    # Due messages for one worker process only (not three): of four connections, that process
    # runs two and the caller the other two, each message still once.
    count = delivery_pool.WORTH_IT + 50
    _connect(ledger, smtp_server, credit=count)
    add_messages(ledger, count)
    assert delivery_pool.worth_starting(ledger, 3) == 1
    report = mail_account.deliver(ledger, TEST_PASSWORD, connections=4)
    assert report.sent == count and spent(ledger) == count
    assert report.processes == 1
    received = Counter(
        BytesParser(policy=default).parsebytes(m.data)["Message-ID"] for m in smtp_server.received
    )
    assert len(received) == count and max(received.values()) == 1
    assert 1 <= len(smtp_server.peers) <= 4  # a connection opens once it has a batch
    assert _statuses(ledger) == {OutboxStatus.SENT.value: count}


def test_one_connection_claims_as_many_as_a_worker_process_when_nothing_is_rendered(
    ledger: Ledger, smtp_server: SmtpTestServer
) -> None:
    # A claim is a write every lane waits for: a warm send claims the pool's batch at a time.
    count = delivery_pool.BATCH + 10
    _connect(ledger, smtp_server, credit=count)
    add_messages(ledger, count)
    report = mail_account.deliver(ledger, TEST_PASSWORD, once=True)  # one claim's worth
    assert report.sent == delivery_pool.BATCH and report.processes == 0
    assert _statuses(ledger) == {
        OutboxStatus.SENT.value: delivery_pool.BATCH,
        OutboxStatus.QUEUED.value: 10,
    }

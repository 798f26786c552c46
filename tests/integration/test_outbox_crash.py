"""Kill -9 in the middle of a batch, and two workers on one ledger: nothing lost, nothing twice.

Slow real SMTP server on loopback (aiosmtpd); ``ledgerpost outbox run`` as real processes.
"""

from __future__ import annotations

import os
import signal
import time
from collections import Counter
from collections.abc import Iterator

import pytest

from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.services import outbox
from ledgerpost.services.ledger import Ledger
from tests.helpers.backends import BOTH_BACKENDS
from tests.helpers.outbox_workers import (
    SlowSink,
    listening,
    outbox_run,
    queue_invoices,
    spent,
)

pytestmark = [pytest.mark.slow, BOTH_BACKENDS]
S = OutboxStatus


@pytest.fixture
def sink() -> SlowSink:
    return SlowSink(delay=0.08)


@pytest.fixture
def server(sink: SlowSink) -> Iterator[tuple[str, int]]:
    with listening(sink) as address:
        yield address


def test_kill_minus_nine_mid_batch_loses_nothing_and_sends_nothing_twice(
    demo_ledger: Ledger, demo_url: str, server: tuple[str, int], sink: SlowSink
) -> None:
    message_ids = queue_invoices(demo_ledger, *server, count=40)
    db = demo_url
    worker = outbox_run(db)
    deadline = time.monotonic() + 60
    while len(sink.started) < 8 and time.monotonic() < deadline:
        time.sleep(0.005)
    sink.data_started.clear()
    sink.data_started.wait(10)  # the next message is on the wire, its reply not yet sent
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait(10)
    in_flight = sink.started[-1]

    after = outbox_run(db)
    _, err = after.communicate(timeout=120)
    assert after.returncode == 0, err

    entries = {e.message_id: e for e in outbox.entries(demo_ledger)}
    statuses = Counter(e.status for e in entries.values())
    assert set(statuses) <= {S.SENT, S.UNCERTAIN}
    assert statuses[S.UNCERTAIN] == 1
    assert entries[in_flight].status is S.UNCERTAIN
    received = Counter(sink.started)
    assert set(received) == set(message_ids)  # nothing lost
    assert max(received.values()) == 1  # nothing twice: the uncertain one waits for the user
    assert spent(demo_ledger) == statuses[S.SENT]  # a credit per accepted message, no more

    # The user resends the uncertain one: same Message-ID, and now it counts.
    outbox.retry(demo_ledger, entries[in_flight].id)
    assert outbox_run(db).wait(60) == 0
    received = Counter(sink.started)
    assert [mid for mid, n in received.items() if n > 1] == [in_flight]
    assert spent(demo_ledger) == len(message_ids)


def test_two_workers_on_one_ledger_send_each_message_once(
    demo_ledger: Ledger, demo_url: str, server: tuple[str, int], sink: SlowSink
) -> None:
    sink.delay = 0.03  # one worker alone would need about two seconds
    message_ids = queue_invoices(demo_ledger, *server, count=60)
    db = demo_url
    workers = [outbox_run(db) for _ in range(2)]
    outputs = [w.communicate(timeout=120) for w in workers]
    assert [w.returncode for w in workers] == [0, 0], outputs
    received = Counter(sink.started)
    assert set(received) == set(message_ids) and max(received.values()) == 1
    sent_by = [int(out.split()[1].rstrip(",")) for out, _ in outputs]
    assert sum(sent_by) == 60 and min(sent_by) > 0  # both really worked
    assert spent(demo_ledger) == 60
    assert {e.status for e in outbox.entries(demo_ledger)} == {S.SENT}

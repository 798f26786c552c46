"""Several desks on one PostgreSQL ledger at once: real processes, a real SMTP server.

Three ``ledgerpost outbox run`` processes share 500 queued messages: each message reaches the
server exactly once and exactly 500 credits are spent. With fewer credits than messages, they
together send exactly as many as there are credits, and the rest wait for a top-up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest

from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.services import credits, outbox
from ledgerpost.services.ledger import Ledger
from tests.helpers.backends import POSTGRESQL
from tests.helpers.outbox_workers import (
    SlowSink,
    listening,
    outbox_run,
    queue_invoices,
    spent,
)

pytestmark = [pytest.mark.slow, pytest.mark.parametrize("backend", [POSTGRESQL], indirect=True)]


@pytest.fixture
def sink() -> SlowSink:
    return SlowSink(delay=0.02)


@pytest.fixture
def server(sink: SlowSink) -> Iterator[tuple[str, int]]:
    with listening(sink) as address:
        yield address


def test_three_workers_deliver_five_hundred_messages_once_each_and_spend_five_hundred_credits(
    demo_ledger: Ledger, demo_url: str, server: tuple[str, int], sink: SlowSink
) -> None:
    message_ids = queue_invoices(demo_ledger, *server, count=500)
    balance_before = credits.balance(demo_ledger)
    workers = [outbox_run(demo_url) for _ in range(3)]
    outputs = [w.communicate(timeout=240) for w in workers]
    assert [w.returncode for w in workers] == [0, 0, 0], outputs

    assert len(set(message_ids)) == 500
    received = Counter(sink.started)
    assert set(received) == set(message_ids)  # every message arrived
    assert max(received.values()) == 1  # none twice
    sent_by = [int(out.split()[1].rstrip(",")) for out, _ in outputs]
    assert sum(sent_by) == 500 and min(sent_by) > 0, sent_by  # all three really worked
    assert spent(demo_ledger) == 500
    assert credits.balance(demo_ledger) == balance_before - 500
    assert {e.status for e in outbox.entries(demo_ledger)} == {OutboxStatus.SENT}
    assert demo_ledger.check() == []


def test_three_workers_with_too_few_credits_send_exactly_as_many_as_there_are(
    demo_ledger: Ledger, demo_url: str, server: tuple[str, int], sink: SlowSink
) -> None:
    sink.delay = 0.01
    message_ids = queue_invoices(demo_ledger, *server, count=150, top_up=55)
    assert credits.balance(demo_ledger) == 60  # the 5 trial credits and the top-up
    workers = [outbox_run(demo_url) for _ in range(3)]
    outputs = [w.communicate(timeout=240) for w in workers]
    assert [w.returncode for w in workers] == [0, 0, 0], outputs

    received = Counter(sink.started)
    assert len(received) == 60 and max(received.values()) == 1
    assert set(received) <= set(message_ids)
    assert spent(demo_ledger) == 60 and credits.balance(demo_ledger) == 0  # never below zero
    counts = outbox.counts(demo_ledger)
    assert counts[OutboxStatus.SENT] == 60 and counts[OutboxStatus.NO_CREDIT] == 90
    assert demo_ledger.check() == []

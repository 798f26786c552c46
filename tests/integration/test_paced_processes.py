"""Two ``ledgerpost outbox run`` processes on one ledger share the account's pace: together
they never send faster than it, on a SQLite file and on PostgreSQL (real time, a minute)."""

from __future__ import annotations

import email
import itertools
import re
from collections import Counter
from collections.abc import Callable

import pytest

from ledgerpost.services import credits
from ledgerpost.services import settings as settings_service
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import outbox_repository as repo
from tests.helpers.backends import BOTH_BACKENDS
from tests.helpers.outbox_rows import add_messages
from tests.helpers.outbox_workers import outbox_run, spent
from tests.helpers.smtp_server import SmtpTestServer

pytestmark = [pytest.mark.slow, BOTH_BACKENDS]
PER_MINUTE = 10
SPACING = 60 / PER_MINUTE
COUNT = 12
JITTER = 0.5
"""Seconds a busy machine may add between a slot and its message reaching the server."""


def test_two_outbox_run_processes_never_exceed_the_pace_together(
    ledger: Ledger, ledger_url: str, smtp_server_factory: Callable[..., SmtpTestServer]
) -> None:
    server = smtp_server_factory()
    # A provider that throttles past the pace (one message of room for the jitter above).
    server.throttle_over(PER_MINUTE + 1, clock=utcnow)
    assert (
        settings_service.save(
            ledger,
            {
                "smtp.host": server.host,
                "smtp.port": server.port,
                "smtp.security": "none",
                "smtp.from_address": "billing@example.com",
                "smtp.per_minute": PER_MINUTE,
            },
        )
        == []
    )
    credits.add(ledger, 100, "TEST", "test")
    ids = add_messages(ledger, COUNT, at=utcnow())
    runs = [outbox_run(ledger_url) for _ in range(2)]
    said = []
    for run in runs:
        out, err = run.communicate(timeout=600)
        assert run.returncode == 0, err
        said.append(out)
    sent = [int(m.group(1)) for out in said for m in re.finditer(r"sent (\d+)", out)]
    assert sum(sent) == COUNT, said
    assert server.throttle_replies == 0
    times = sorted(server.received_at)
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(times) == COUNT and min(gaps) >= SPACING - JITTER, gaps
    with ledger.db.read() as s:
        rows = repo.messages(s, ids)
    got = Counter(email.message_from_bytes(m.data)["Message-ID"] for m in server.received)
    assert got == Counter({row.message_id: 1 for row in rows})
    assert {row.attempts for row in rows} == {1}
    assert spent(ledger) == COUNT

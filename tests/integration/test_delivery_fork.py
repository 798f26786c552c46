"""Worker processes forked by a caller with no other thread (``outbox run`` on Linux), spawned
otherwise: the forked ones deliver each message once, credits exact, and sign off.

The caller is a real process of its own (a test process runs the SMTP sink's threads, so it
would spawn); real aiosmtpd on loopback; the ledger a real SQLite file and a real PostgreSQL
server (no connection of the caller's may cross the fork on either).
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections import Counter

import pytest

from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.services import credits
from ledgerpost.services import settings as settings_service
from ledgerpost.services.delivery import pool as delivery_pool
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import outbox_listing
from ledgerpost.storage import outbox_repository as repo
from ledgerpost.storage import worker_repository as worker_repo
from tests.helpers.backends import BOTH_BACKENDS
from tests.helpers.outbox_rows import add_messages
from tests.helpers.outbox_workers import SlowSink, listening, spent

_CALLER = """
import json, sys
from ledgerpost.services import mail_account
from ledgerpost.services.delivery import pool
from ledgerpost.services.ledger import Ledger

ledger = Ledger.open(sys.argv[1])
method = pool.start_method()  # what the delivery below will do: it runs no thread yet
report = mail_account.deliver(ledger, None, connections=4)
print(json.dumps({"method": method, "sent": report.sent, "processes": report.processes}))
"""


def test_a_caller_with_threads_spawns_and_one_without_forks_on_linux() -> None:
    probe = "from ledgerpost.services.delivery import pool; print(pool.start_method())"
    here = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert here == ("fork" if sys.platform.startswith("linux") else "spawn")
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        assert delivery_pool.start_method() == "spawn"  # a thread might hold a lock
    finally:
        stop.set()
        other.join()


@pytest.mark.slow
@BOTH_BACKENDS
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux only")
def test_forked_workers_deliver_each_message_once(ledger: Ledger, ledger_url: str) -> None:
    count = delivery_pool.WORTH_IT * 3
    sink = SlowSink(0)
    with listening(sink) as (host, port):
        problems = settings_service.save(
            ledger,
            {
                "smtp.host": host,
                "smtp.port": port,
                "smtp.security": "none",
                "smtp.from_address": "billing@example.com",
            },
        )
        assert problems == []
        credits.add(ledger, count, "TEST", "test")
        ids = add_messages(ledger, count)
        done = subprocess.run(
            [sys.executable, "-c", _CALLER, ledger_url],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout.strip().splitlines()[-1])
    assert said["method"] == "fork"
    assert said["sent"] == count and said["processes"] >= 1
    with ledger.db.read() as s:
        rows = repo.messages(s, ids)
        statuses = {k: v for k, v in outbox_listing.status_counts(s).items() if v}
        assert worker_repo.workers(s) == []  # every worker, forked or not, signed off
    assert statuses == {OutboxStatus.SENT: count}
    assert Counter(sink.started) == Counter({row.message_id: 1 for row in rows})
    assert spent(ledger) == count

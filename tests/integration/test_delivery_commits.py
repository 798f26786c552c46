"""What a delivery costs the ledger: one fsync'd commit a message, each data mark in a commit of
its own, committed before that message's data went, and no batching of marks.

Every statement SQLite runs on the ledger is traced (the delivery lane runs on the driver's
connection, below SQLAlchemy's events); a real SQLite file, a real aiosmtpd server on loopback
with STARTTLS, AUTH and PIPELINING, a real delivery worker.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.services import mail_account
from ledgerpost.services.delivery.worker import DeliveryWorker
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import outbox_listing
from tests.helpers.mail_queue import connected
from tests.helpers.outbox_rows import add_messages
from tests.helpers.outbox_workers import spent
from tests.helpers.smtp_server import TEST_PASSWORD, SmtpTestServer

COUNT = 24


@dataclass
class Commits:
    """The write transactions committed on the ledger, each as its statements and its time."""

    done: list[tuple[list[str], float]] = field(default_factory=list)
    _open: dict[int, list[str]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def trace(self, connection: sqlite3.Connection) -> None:
        key = id(connection)

        def seen(sql: str) -> None:
            statement = " ".join(sql.split())
            with self._lock:
                if statement.startswith("BEGIN IMMEDIATE"):
                    self._open[key] = []
                elif statement == "COMMIT" and key in self._open:
                    self.done.append((self._open.pop(key), time.monotonic()))
                elif statement == "ROLLBACK":
                    self._open.pop(key, None)
                elif key in self._open:
                    self._open[key].append(statement)

        connection.set_trace_callback(seen)

    def marking(self) -> list[tuple[list[str], float]]:
        """The commits that set a data mark."""
        return [(s, at) for s, at in self.done if any(_is_mark(x) for x in s)]


def _is_mark(statement: str) -> bool:
    return statement.startswith("UPDATE outbox_message SET data_at=")


def _is_outcome(statement: str) -> bool:
    return statement.startswith("UPDATE outbox_message SET status=") and "sent_at=" in statement


def _traced(ledger: Ledger) -> Commits:
    commits = Commits()
    ledger.db.engine.dispose()  # every connection from now on is a new one, and traced

    @event.listens_for(ledger.db.engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        commits.trace(dbapi_connection)

    return commits


def test_a_batch_costs_one_commit_a_message_each_mark_before_its_data(
    ledger: Ledger, ledger_url: str, smtp_server: SmtpTestServer
) -> None:
    if Path(ledger_url).suffix != ".sqlite3":
        pytest.skip("the statements are traced on SQLite's own connections")
    with connected(ledger, smtp_server, credit=COUNT):
        add_messages(ledger, COUNT)
        commits = _traced(ledger)
        smtp = mail_account.require_smtp(ledger)
        worker = DeliveryWorker(
            ledger, mail_account.transport_factory(smtp, TEST_PASSWORD), batch_size=COUNT
        )
        report = worker.run_until_idle()

    assert report.sent == COUNT and spent(ledger) == COUNT  # credits exact
    with ledger.db.read() as s:
        counts = {k: v for k, v in outbox_listing.status_counts(s).items() if v}
    assert counts == {OutboxStatus.SENT: COUNT}

    marking = commits.marking()
    # No batching of marks: each message's mark is a commit of its own.
    assert len(marking) == COUNT
    assert all(sum(_is_mark(x) for x in statements) == 1 for statements, _at in marking)
    # The outcome of each message rides with the next one's mark; the last alone.
    outcomes = [sum(_is_outcome(x) for x in statements) for statements, _at in commits.done]
    assert sum(outcomes) == COUNT
    assert [sum(_is_outcome(x) for x in s) for s, _at in marking] == [0] + [1] * (COUNT - 1)
    # Few statements hold the write lock: the outcome before (its status, its spend written only
    # while the balance covers it, the balance read in that same statement, the worker's balance
    # slot), then the mark and the message's stored bytes. No separate read of the balance.
    assert [len(s) for s, _at in marking] == [2] + [5] * (COUNT - 1), marking[1][0]
    assert not any(x.startswith("SELECT") for s, _at in marking for x in s)
    # Besides them: the claim, the last outcome, the worker's sign-in and sign-off and the
    # like, but nothing a message: fewer than a handful, whatever the batch's size.
    assert COUNT + 1 <= len(commits.done) <= COUNT + 6, [s[:1] for s, _at in commits.done]
    # Each mark was on disk before the server had its message (so a crash after it leaves
    # that one message uncertain, never sent twice unknowingly).
    received = smtp_server.received_at
    assert len(received) == COUNT
    assert all(at <= got for (_s, at), got in zip(marking, received, strict=True))

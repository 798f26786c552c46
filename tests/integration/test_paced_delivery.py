"""A delivery worker at the account's pace, against a server that throttles like a provider.

Real aiosmtpd on loopback (it answers ``421 4.7.0`` once more than 5 messages arrived within a
minute), a real SQLite ledger; the worker, its pace gate and the server share one simulated
clock, so minutes pass in no time and exactly.
"""

from __future__ import annotations

import datetime as dt
import email
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import pytest

from ledgerpost.cli.main import main
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.mail_accounts import Pace
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.services import batch, credits, mail_account
from ledgerpost.services import settings as settings_service
from ledgerpost.services.delivery.pace_gate import PaceGate
from ledgerpost.services.delivery.worker import DeliveryWorker
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, preflight
from ledgerpost.storage import outbox_repository as repo
from ledgerpost.storage import pace_repository as pace_repo
from tests.helpers.mail_queue import posted_invoices
from tests.helpers.outbox_rows import T0, add_messages
from tests.helpers.outbox_workers import spent
from tests.helpers.simulated_clock import SimulatedClock
from tests.helpers.smtp_server import SmtpTestServer

LIMIT = 5
"""The server's limit, and the pace's: messages a minute."""
COUNT = 12


@pytest.fixture
def clock() -> SimulatedClock:
    return SimulatedClock(T0 + dt.timedelta(minutes=1))


@pytest.fixture
def throttling(
    smtp_server_factory: Callable[..., SmtpTestServer], clock: SimulatedClock
) -> Callable[..., SmtpTestServer]:
    def make(at: Literal["mail", "data"] = "mail", pipelining: bool = False) -> SmtpTestServer:
        server = smtp_server_factory(pipelining=pipelining)
        server.throttle_over(LIMIT, clock=clock, at=at)
        return server

    return make


def worker(
    ledger: Ledger,
    server: SmtpTestServer,
    clock: SimulatedClock,
    pace: Pace | None,
    batch_size: int = 20,
) -> DeliveryWorker:
    gate = None
    if pace is not None:
        gate = PaceGate(ledger.db, "default", pace, clock=clock, sleep=clock.sleep, zone=dt.UTC)
    factory = mail_account.transport_factory(server.settings(), None)
    return DeliveryWorker(ledger, factory, clock=clock, pace=gate, batch_size=batch_size)


def queued(ledger: Ledger, count: int = COUNT) -> list[int]:
    credits.add(ledger, 100, "TEST", "test")
    return add_messages(ledger, count)


def each_once(ledger: Ledger, server: SmtpTestServer, ids: list[int]) -> None:
    """Every message sent, received exactly once, one credit each, and never a failed try."""
    with ledger.db.read() as s:
        rows = repo.messages(s, ids)
    assert {row.status for row in rows} == {OutboxStatus.SENT.value}
    assert {row.attempts for row in rows} == {1}
    got = Counter(email.message_from_bytes(m.data)["Message-ID"] for m in server.received)
    assert got == Counter({row.message_id: 1 for row in rows})
    assert spent(ledger) == len(ids)


@pytest.mark.parametrize("pipelining", [False, True], ids=["one-by-one", "pipelined"])
def test_at_the_pace_the_server_never_throttles(
    ledger: Ledger,
    throttling: Callable[..., SmtpTestServer],
    clock: SimulatedClock,
    pipelining: bool,
) -> None:
    server = throttling(pipelining=pipelining)
    ids = queued(ledger)
    start = clock()
    report = worker(ledger, server, clock, Pace(per_minute=LIMIT)).run_until_idle()
    assert (report.sent, report.throttled, server.throttle_replies) == (COUNT, 0, 0)
    # As fast as the pace allows, no faster: one message every 12 seconds.
    assert clock() - start == dt.timedelta(seconds=12 * (COUNT - 1))
    each_once(ledger, server, ids)
    assert report.paced > 0  # messages put back for their turn, never as attempts


@pytest.mark.parametrize("at", ["mail", "data"], ids=["refused-at-MAIL", "refused-after-dot"])
def test_without_a_pace_throttle_replies_are_counted_and_every_message_goes_later_once(
    ledger: Ledger, throttling: Callable[..., SmtpTestServer], clock: SimulatedClock, at: str
) -> None:
    server = throttling(at=at)
    ids = queued(ledger)
    report = worker(ledger, server, clock, Pace()).run_until_idle()
    # 5 go, the 6th is throttled: the account waits a minute, then two, then the last 2 go.
    assert server.throttle_replies == report.throttled == 2
    assert (report.sent, report.failed, report.retry) == (COUNT, 0, 0)
    with ledger.db.read() as s:
        assert pace_repo.usage(s, "default").throttles == 2
    each_once(ledger, server, ids)


def test_a_worker_without_a_gate_puts_the_rest_back_after_a_backoff(
    ledger: Ledger, throttling: Callable[..., SmtpTestServer], clock: SimulatedClock
) -> None:
    server = throttling()
    ids = queued(ledger)
    report = worker(ledger, server, clock, None).run_until_idle()
    assert (report.sent, report.throttled, report.failed) == (LIMIT, 1, 0)
    with ledger.db.read() as s:
        rest = [row for row in repo.messages(s, ids) if row.status != OutboxStatus.SENT.value]
    assert len(rest) == COUNT - LIMIT
    assert {row.status for row in rest} == {OutboxStatus.RETRY.value}
    assert {row.attempts for row in rest} == {0}  # a throttle is not a failed attempt
    assert {row.next_attempt_at for row in rest} == {clock() + dt.timedelta(minutes=1)}
    assert {row.first_attempt_at for row in rest if row.last_code is None} == {None}
    throttled = [row for row in rest if row.last_code == 421]
    assert [row.last_error_code for row in throttled] == ["mail-throttled"]


def test_the_queue_shows_each_waiting_message_at_its_planned_time(
    ledger: Ledger, throttling: Callable[..., SmtpTestServer], clock: SimulatedClock
) -> None:
    """Also the messages no worker has claimed yet: the whole queue is planned."""
    server = throttling()
    ids = queued(ledger, 6)
    paced = worker(ledger, server, clock, Pace(per_minute=LIMIT), batch_size=2)
    assert paced.run_once().sent == 1
    with ledger.db.read() as s:
        waiting = [row.next_attempt_at for row in repo.messages(s, ids)[1:]]
    assert waiting == [clock() + dt.timedelta(seconds=12 * n) for n in range(1, 6)]
    paced.close()


def test_too_many_recipients_for_the_account_is_a_problem_before_queueing(
    demo_ledger: Ledger,
) -> None:
    assert settings_service.save(demo_ledger, {"smtp.recipients_per_message": 2}) == []
    request = SendRequest(
        document_id=posted_invoices(demo_ledger)[0], to="a@example.org, b@example.org", resend=True
    )
    assert not any(
        p.code == "pace-too-many-recipients" for p in preflight(demo_ledger, request).problems
    )
    found = preflight(
        demo_ledger,
        SendRequest(
            document_id=request.document_id,
            to="a@example.org",
            cc="b@example.org, c@example.org",
            resend=True,
        ),
    )
    [problem] = [p for p in found.problems if p.code == "pace-too-many-recipients"]
    assert (problem.field, problem.values) == ("to", {"count": 3, "limit": 2})


def test_a_batch_preview_says_when_the_batch_will_be_done(demo_ledger: Ledger) -> None:
    assert (
        batch.preview(demo_ledger, DocumentType.INVOICE, numbers=(1, 999), resend=True).finish
        is None
    )
    assert settings_service.save(demo_ledger, {"smtp.per_minute": 5, "smtp.per_day": 10}) == []
    found = batch.preview(demo_ledger, DocumentType.INVOICE, numbers=(1, 999), resend=True)
    assert found.finish is not None and found.count > 10
    assert found.finish.today in (0, 10)  # today's 10 recipients (none if the day ends now)
    assert found.finish_sentence().startswith(f"{found.count} messages: ")
    assert found.as_json()["finish"] == found.finish_sentence()
    assert found.finish_sentence("et") != found.finish_sentence()


def test_the_queue_status_line_counts_throttle_replies_and_shows_the_pause(
    ledger: Ledger, ledger_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = queued(ledger, 2)
    assert main(["--db", str(ledger_path), "outbox", "list"]) == 0
    assert "throttle" not in capsys.readouterr().out  # nothing to say yet
    now = utcnow()
    with ledger.db.write() as s:
        until = pace_repo.pause(s, "default", now, asked=dt.timedelta(minutes=5))
    planned = now + dt.timedelta(minutes=7)
    with ledger.db.write() as s:
        pace_repo.plan_waiting(s, [(ids[0], planned)])
    assert main(["--db", str(ledger_path), "outbox", "list"]) == 0
    out = capsys.readouterr().out
    assert "Today: 0 recipient(s), 1 throttle reply(ies) (nothing failed)." in out
    assert f"sending resumes at {until.isoformat(sep=' ', timespec='seconds')} UTC" in out
    assert planned.isoformat(sep=" ", timespec="seconds") in out  # the message's planned time
    assert main(["--db", str(ledger_path), "outbox", "list", "--json"]) == 0
    listed = {e["id"]: e for e in json.loads(capsys.readouterr().out)}
    assert listed[ids[0]]["next_attempt_at"] == planned.isoformat(timespec="seconds")

"""The throttled-sink rows of ``batch_send.py``: a batch to a provider that takes 30 a minute.

The sink is aiosmtpd in this process (``SmtpTestServer`` of tests/helpers/smtp_server) that
answers ``421 4.7.0`` once ``per_minute`` messages arrived within a minute, as Microsoft 365
does. The delivery worker, its pace gate and the sink share a simulated clock that moves only
when the worker waits, so an hour of sending at the pace takes the time the messages take.
With the pace on (``smtp.per_minute``) and off, it reports the simulated time to finish against
the pace's minimum ((messages - 1) x 60 / per_minute seconds: one message every two seconds),
the throttle replies received (the goal with the pace: 0), credits spent and the wall time.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.helpers.simulated_clock import SimulatedClock
from tests.helpers.smtp_server import SmtpTestServer

from ledgerpost.domain.mail_accounts import Pace
from ledgerpost.services import mail_account
from ledgerpost.services.delivery.pace_gate import PaceGate
from ledgerpost.services.delivery.worker import DeliveryWorker
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import credit_repository as credit_repo

Row = tuple[str, str, float, str]


def run(
    db: Path,
    per_minute: int,
    paced: bool,
    queue: Callable[[str, dict[str, Any]], dict[str, Any]],
) -> dict[str, Any]:
    """Queue the ledger's invoices (``queue``, in a child process) and deliver them here."""
    with SmtpTestServer() as server:
        settings = {
            "smtp.host": server.host,
            "smtp.port": server.port,
            "smtp.security": "none",
            "smtp.user": "",
            "smtp.from_address": "billing@example.com",
            "smtp.per_minute": per_minute if paced else 0,
        }
        queued = queue(str(db), settings)
        ledger = Ledger.open(str(db))
        clock = SimulatedClock(utcnow() + dt.timedelta(seconds=1))
        server.throttle_over(per_minute, clock=clock)
        pace = Pace(per_minute=per_minute) if paced else Pace()
        # No limit on waiting: a pause of half an hour passes in no time here.
        gate = PaceGate(
            ledger.db,
            "default",
            pace,
            clock=clock,
            sleep=clock.sleep,
            wait_at_most=dt.timedelta(days=2),
        )
        factory = mail_account.transport_factory(server.settings(), None)
        worker = DeliveryWorker(ledger, factory, clock=clock, pace=gate)
        start, wall = clock(), time.perf_counter()
        report = worker.run_until_idle()
        wall = time.perf_counter() - wall
        with ledger.db.read() as s:
            spent = credit_repo.spent_credits(s)
        ledger.close()
        return {
            "queued": queued["queued"],
            "sent": report.sent,
            "received": len(server.received),
            "spent": spent,
            "throttle_replies": server.throttle_replies,
            "counted": report.throttled,
            "failed": report.failed + report.uncertain,
            "simulated_seconds": (clock() - start).total_seconds(),
            "wall_seconds": wall,
        }


def rows(
    warm: Path,
    work: Path,
    per_minute: int,
    copy: Callable[[Path, Path], None],
    queue: Callable[[str, dict[str, Any]], dict[str, Any]],
) -> list[Row]:
    """The two rows: the batch with the pace on, and with it off."""
    found: list[Row] = []
    label = f"throttled ({per_minute}/min)"
    for paced in (True, False):
        db = work / f"run-throttled-{'paced' if paced else 'unpaced'}.sqlite3"
        copy(warm, db)
        done = run(db, per_minute, paced, queue)
        minimum = (done["sent"] - 1) * 60 / per_minute
        finish = done["simulated_seconds"]
        ratio = (
            f"finish {finish / 60:.1f} sim. min = {finish / minimum:.2f} x pace minimum; "
            f"throttle replies {done['throttle_replies']} (counted {done['counted']}); "
            f"sent {done['sent']}, received {done['received']}, credits {done['spent']}, "
            f"failed {done['failed']}; wall {done['wall_seconds']:.0f} s"
        )
        run_name = "ours, pace on (msg/sim. s)" if paced else "ours, pace off (msg/sim. s)"
        found.append((label, run_name, done["sent"] / finish if finish else 0.0, ratio))
        print(f"  {label}, {run_name}: {ratio}")
    return found

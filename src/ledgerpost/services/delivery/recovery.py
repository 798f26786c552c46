"""Taking back the claims of delivery workers that died, and saying which messages may have gone.

A worker beats its heartbeat at each claim. One whose heartbeat is older than
:data:`HEARTBEAT_TIMEOUT`, or whose process on this machine is gone, is forgotten: its claimed
messages that never reached the data phase go back to wait; those whose data may have reached
the server become 'uncertain' and are never resent without the user's word.
"""

from __future__ import annotations

import datetime as dt
import os

from ledgerpost.domain.outbox import OutboxEvent
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import locks
from ledgerpost.storage import outbox_repository as repo
from ledgerpost.storage import worker_repository as worker_repo

HEARTBEAT_TIMEOUT = dt.timedelta(seconds=90)

INTERRUPTED = "the delivery was interrupted before the message was handed to the server"
MAY_HAVE_ARRIVED = (
    "the program stopped while the server was receiving this message: it may have arrived. "
    "Resend it (same Message-ID) or mark it as sent."
)


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def take_back_claims(ledger: Ledger, worker_id: str, host: str, now: dt.datetime) -> int:
    """Beat ``worker_id``'s heartbeat, forget the workers that died and take back their claims;
    how many messages were taken back."""
    recovered = 0
    with ledger.db.write() as s:
        locks.hold(s, locks.OUTBOX_CLAIMS)
        worker_repo.beat(s, worker_id, host, os.getpid(), now)
        live = []
        for worker in worker_repo.workers(s):
            fresh = now - worker.heartbeat_at < HEARTBEAT_TIMEOUT
            here_and_dead = worker.host == host and not pid_alive(worker.pid)
            if worker.id == worker_id or (fresh and not here_and_dead):
                live.append(worker.id)
            else:
                worker_repo.forget_worker(s, worker.id)
        for row in worker_repo.orphaned(s, live):
            if row.data_at is None:
                repo.move(
                    s,
                    row.id,
                    OutboxEvent.TEMPORARY,
                    next_attempt_at=now,
                    last_error=INTERRUPTED,
                    claimed_by=None,
                )
            else:
                repo.move(
                    s, row.id, OutboxEvent.CRASHED, claimed_by=None, last_error=MAY_HAVE_ARRIVED
                )
            recovered += 1
    return recovered

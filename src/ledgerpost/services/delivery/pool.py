"""Big sends delivered from worker processes, one or more SMTP connections each.

In one process the connections share one interpreter lock: composing, recording and the
socket work of every connection take turns on one core, and a window delivering a batch in a
thread of its own stalls whenever the operating system pauses that thread while it holds the
lock. When many messages are due (:data:`WORTH_IT`) and their print copies are stored (or their
bytes composed), :func:`deliver` runs the delivery workers in processes of their own instead:
each opens the ledger by its URL and is an ordinary :class:`DeliveryWorker` with its own worker
id, so claims, data marks, credits and crash recovery are exactly those of ``outbox run``
processes side by side. The caller's process waits, reporting progress; or (``here``, for
``outbox run --connections N``) it sends over one connection itself from the first moment,
while the other workers start (a spawned worker imports and opens the ledger for most of a
second, a fifth of a 2,000-message send). So no more processes start than the due messages
pay for (:func:`worth_starting`) and the cores can run beside the caller's own connection
(:func:`spare_cores`); the connections are shared out between them and the caller.

On Linux a caller with no thread but its own (``outbox run``) forks its workers instead
(:func:`start_method`): a forked worker has everything imported and sends within milliseconds.
No connection to the ledger crosses the fork (the caller's idle ones are closed first; each
worker opens its own), and a forked worker ends with ``os._exit``, never closing what it
inherited. A caller with other threads (the window) spawns, as macOS and Windows always do: a
thread may hold a lock at the moment of the fork that nobody would release in the child.

The password reaches the workers through the pipe that starts them (forked: in their copy of
the caller's memory), never their command line or environment. A worker stops when its parent
dies (at once on Linux, within half a second elsewhere); a message whose data was in flight
then is 'uncertain', as after any crash.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import (
    FIRST_EXCEPTION,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    wait,
)
from typing import Any

from ledgerpost.domain.smtp import SmtpSettings
from ledgerpost.mail.transport import SmtpTransport
from ledgerpost.services.delivery.pace_gate import PacedAccount, PaceGate
from ledgerpost.services.delivery.run_report import RunReport
from ledgerpost.services.delivery.worker import DeliveryWorker
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.mail_accounts import refused
from ledgerpost.services.settings import remember_server
from ledgerpost.storage import outbox_repository as repo

WORTH_IT = 100
"""Due messages from which worker processes pay for their start (about half a second)."""
PROGRESS_SECONDS = 0.5
"""How often the waiting caller hears that the outbox moved."""
STOP_SECONDS = 0.05
"""How soon a stop asked by the caller reaches the workers."""

BATCH = 50
"""Messages a worker process claims at once: fewer claims per message in a big send."""

_ledger: Ledger | None = None
_smtp: SmtpSettings | None = None
_password: str | None = None
_stop: Any = None
"""The worker process's ledger, server, password, and the stop flag its parent sets."""
_account: tuple[str, list[int | None] | None] = ("", None)
"""The sending account it delivers for (its name, and the account ids it claims)."""
_paced: PacedAccount | None = None
"""The account whose pace it obeys."""

_PR_SET_PDEATHSIG = 1


def worth_it(
    ledger: Ledger, processes_allowed: bool = True, accounts: list[int | None] | None = None
) -> bool:
    """Whether enough messages are due now for worker processes (not in a frozen build: its
    entry point would have to hand the spawned interpreters over to multiprocessing)."""
    return worth_starting(ledger, 1, processes_allowed, accounts) > 0


def worth_starting(
    ledger: Ledger,
    wanted: int,
    processes_allowed: bool = True,
    accounts: list[int | None] | None = None,
) -> int:
    """How many of ``wanted`` worker processes pay for their start: one for every
    :data:`WORTH_IT` messages due now, 0 below that (or in a frozen build)."""
    if wanted <= 0 or not processes_allowed or getattr(sys, "frozen", False):
        return 0
    with ledger.db.read() as s:
        due = repo.due_ids(s, utcnow(), WORTH_IT * wanted, skip_locked=False, accounts=accounts)
    return min(wanted, len(due) // WORTH_IT)


def spare_cores() -> int:
    """Cores a sending process leaves to worker processes beside its own connection (at
    least one): more processes than cores only take turns on them, each having paid its start."""
    return max(1, (os.cpu_count() or 1) - 1)


def start_method() -> str:
    """How worker processes start: "fork" on Linux when this process runs no other thread
    (nothing can hold a lock across the fork), else "spawn"."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _die_with_parent(parent: int) -> None:
    """Stop when the parent is gone: its delivery may be over, and nobody would hear of ours."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):
            pass
        if os.getppid() != parent:  # it died before the line above took effect
            os._exit(0)
        return

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _start(
    url: str,
    smtp: SmtpSettings,
    password: str | None,
    stop: Any,
    parent: int,
    account: tuple[str, list[int | None] | None] = ("", None),
    paced: PacedAccount | None = None,
) -> None:
    global _ledger, _smtp, _password, _stop, _account, _paced
    _die_with_parent(parent)
    _ledger = Ledger.open(url)
    _smtp, _password, _stop, _account, _paced = smtp, password, stop, account, paced


def _worker() -> DeliveryWorker:
    assert _ledger is not None and _smtp is not None
    ledger, smtp, password = _ledger, _smtp, _password
    name, accounts = _account
    return DeliveryWorker(
        ledger,
        lambda: SmtpTransport(smtp, password),
        batch_size=BATCH,
        learn_server=lambda facts: remember_server(ledger, smtp, facts),
        accounts=accounts,
        account_refused=(lambda exc: refused(ledger, name, exc)) if name else None,
        pace=None
        if _paced is None
        else PaceGate(ledger.db, _paced.key, _paced.pace, accounts=_paced.accounts),
    )


def _deliver(once: bool, connections: int = 1) -> RunReport:
    """This process's ``connections`` workers, one thread each; their reports added up."""
    if connections == 1:
        return _worker().run(once, _stop)
    workers = [_worker() for _ in range(connections)]
    total = RunReport()
    with ThreadPoolExecutor(connections, thread_name_prefix="delivery") as threads:
        for report in threads.map(lambda worker: worker.run(once, _stop), workers):
            total.add(report)
    return total


def deliver(
    ledger: Ledger,
    smtp: SmtpSettings,
    password: str | None,
    *,
    processes: int,
    connections_each: int = 1,
    once: bool = False,
    stop: threading.Event | None = None,
    progress: Callable[[], None] | None = None,
    here: list[DeliveryWorker] | None = None,
    account: tuple[str, list[int | None] | None] = ("", None),
    paced: PacedAccount | None = None,
) -> RunReport:
    """Deliver what is due from ``processes`` worker processes, and from ``here`` (workers of
    the caller's, each run in a thread of this process from the start); their reports added up.

    ``connections_each``: the connections of each process (one thread each).
    ``stop`` (set by the caller's thread) asks every worker to finish the message in hand and
    give back the rest of its batch; ``progress`` is called every half second while they work,
    and once when they are done. ``account``: the sending account's name and the account ids
    its workers claim (("", None): every message, through ``smtp``); ``paced``: the pace they
    obey together.
    An error that stops a worker (the ledger unreadable, say) is raised here once all stopped.
    """
    method = start_method()
    context = multiprocessing.get_context(method)
    if method == "fork":
        ledger.db.engine.dispose()  # the idle connections, closed: none crosses the fork
    halt = context.Event()
    halt_here = threading.Event()
    pool = ProcessPoolExecutor(
        processes,
        mp_context=context,
        initializer=_start,
        initargs=(ledger.db.url, smtp, password, halt, os.getpid(), account, paced),
    )
    here = here or []
    local = ThreadPoolExecutor(max(1, len(here)), thread_name_prefix="delivery")
    finished = False
    try:
        # The processes first: forked, they must start before this process has a thread.
        futures: list[Future[RunReport]] = [
            pool.submit(_deliver, once, connections_each) for _ in range(processes)
        ]
        futures += [local.submit(worker.run, once, halt_here) for worker in here]
        pending: set[Future[RunReport]] = set(futures)
        told = time.monotonic()
        while pending:
            _done, pending = wait(pending, STOP_SECONDS, return_when=FIRST_EXCEPTION)
            if any(f.exception() is not None for f in _done):
                halt.set()  # one failed: the others stop too, and the error is told below
                halt_here.set()
            if stop is not None and stop.is_set():
                halt.set()
                halt_here.set()
            if progress is not None and time.monotonic() - told >= PROGRESS_SECONDS:
                progress()
                told = time.monotonic()
        if progress is not None:
            progress()  # once more at the end: a send shorter than the interval is heard too
        total = RunReport(processes=processes)
        for future in futures:
            total.add(future.result())
        finished = True
        return total
    finally:
        halt_here.set()
        local.shutdown(wait=True, cancel_futures=True)
        # Once every worker has reported (each has signed off and given back its claims), the
        # processes' own exit is not waited for: an interpreter's teardown takes a loaded
        # machine a second or more, and nothing of the delivery depends on it.
        pool.shutdown(wait=not finished, cancel_futures=True)

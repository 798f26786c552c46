"""The durable limit: what any exactly-once outbox must pay per message on this machine.

The same pre-built bytes over the same reused, pipelined connections as the plain limit in
``batch_send.py``, plus one fsync'd commit per message to a SQLite file in WAL mode with
``synchronous=FULL``: once the server has taken a message's envelope, one transaction records
the outcome of the message before it and sets this message's data mark, committed before its
data goes (the same fold the outbox's delivery lane makes). After the last reply, one more
commit records the last outcome. Nothing is batched: a crash leaves at most the one message
whose data was in flight with a mark and no outcome, as ours does.

What ours pays beyond it, per message: its transaction writes about 7 WAL pages where this
one's three-column table writes 1 (the outbox row and the status index it moves in, the credit
entry and its unique index, the worker's balance slot; 3 more for a message composed as it is
sent, its stored bytes), measured with autocheckpoint off; on this machine's disk the fsync,
not the pages, is most of a commit (single-threaded, both 0.4 ms quiet, 3-4.5 ms when the disk
is shared). And the CPU: the print copy read, checked and put back in base64 (0.2-0.25 ms; a
message whose copy was stored is composed as it is queued, not here), the claim and the batch
read (0.15 ms), the lane's statements (0.3 ms with the fsync's system time), where this loop
has almost none: about 1.3-1.6 ms of CPU a message with four connections, this loop's 0.5-0.7.
With several connections on few cores that CPU also lengthens the write lock's turns: ours
needs the interpreter back six times while it holds the lock (``BEGIN IMMEDIATE``, four
statements, ``COMMIT``), this loop four, and its other threads have nothing to compute.

Used by ``batch_send.py`` (the "durable limit" rows); runs alone too::

    .venv/bin/python bench/durable_limit.py --port 2525 --count 500 --connections 4
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ledgerpost.domain.smtp import Security, SmtpSettings
from ledgerpost.mail.transport import Envelope, SmtpTransport

Message = tuple[list[str], bytes]


def open_marks(path: Path) -> sqlite3.Connection:
    """The marks file, as durable as the ledger: WAL, synchronous=FULL, autocommit off."""
    connection = sqlite3.connect(path, isolation_level=None, timeout=60, check_same_thread=False)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    connection.execute(
        "CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY, marked REAL, code INTEGER)"
    )
    return connection


def fresh_marks(path: Path, count: int) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    connection = open_marks(path)
    connection.execute("BEGIN")
    connection.executemany("INSERT INTO outbox (id) VALUES (?)", ((n,) for n in range(count)))
    connection.execute("COMMIT")
    connection.close()


class _Lane:
    """One connection's marks: the previous outcome and this mark in one committed write."""

    def __init__(self, path: Path) -> None:
        self.db = open_marks(path)
        self.pending: tuple[int, int] | None = None  # (id, reply code) not yet written

    def step(self, mark: int | None) -> bool:
        self.db.execute("BEGIN IMMEDIATE")
        if self.pending is not None:
            self.db.execute("UPDATE outbox SET code = ? WHERE id = ?", self.pending[::-1])
            self.pending = None
        if mark is not None:
            self.db.execute("UPDATE outbox SET marked = ? WHERE id = ?", (time.time(), mark))
        self.db.execute("COMMIT")
        return True

    def close(self) -> None:
        if self.pending is not None:
            self.step(None)
        self.db.close()


def _send_all(
    transport: SmtpTransport, sender: str, items: Iterator[tuple[int, Message] | None], lane: _Lane
) -> None:
    item = next(items, None)
    while item is not None:
        following = next(items, None)
        number, (recipients, data) = item
        ahead = None if following is None else Envelope(sender, following[1][0], following[1][1])
        delivery = transport.send(
            sender,
            recipients,
            data,
            before_data=lambda number=number: lane.step(number),
            ahead=ahead,
        )
        lane.pending = (number, delivery.code)
        item = following


def durable_threads(
    settings: SmtpSettings,
    password: str | None,
    messages: list[Message],
    connections: int,
    marks: Path,
) -> float:
    """Seconds to send ``messages`` over ``connections`` threads, one connection each."""
    fresh_marks(marks, len(messages))
    pending = iter(enumerate(messages))
    lock = threading.Lock()

    def shared() -> Iterator[tuple[int, Message] | None]:
        while True:
            with lock:
                item = next(pending, None)
            if item is None:
                return
            yield item

    def work() -> None:
        lane = _Lane(marks)
        with SmtpTransport(settings, password) as transport:
            _send_all(transport, settings.from_address, shared(), lane)
        lane.close()

    threads = [threading.Thread(target=work) for _ in range(connections)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - start
    _check(marks, len(messages))
    return seconds


def _process_worker(
    settings: SmtpSettings,
    password: str | None,
    messages: list[tuple[int, Message]],
    marks: Path,
    ready: Any,
    go: Any,
) -> None:
    lane = _Lane(marks)
    with SmtpTransport(settings, password) as transport:
        transport.server_offers("pipelining")  # connected and signed in before the clock runs
        ready.put(os.getpid())
        go.wait()
        _send_all(transport, settings.from_address, iter(messages), lane)
    lane.close()


def durable_processes(
    settings: SmtpSettings,
    password: str | None,
    messages: list[Message],
    processes: int,
    marks: Path,
) -> float:
    """As :func:`durable_threads`, each connection in a process of its own."""
    fresh_marks(marks, len(messages))
    numbered = list(enumerate(messages))
    seconds = run_together(
        _process_worker,
        [(settings, password, numbered[n::processes], marks) for n in range(processes)],
    )
    _check(marks, len(messages))
    return seconds


def run_together(target: Any, arguments: list[tuple[Any, ...]]) -> float:
    """One spawned process per ``arguments``, each calling ``target(*arguments, ready, go)``:
    seconds from the moment every one said it is ready (connected) until the last is done."""
    context = multiprocessing.get_context("spawn")
    ready, go = context.Queue(), context.Event()
    workers = [context.Process(target=target, args=(*args, ready, go)) for args in arguments]
    for worker in workers:
        worker.start()
    for _ in workers:
        ready.get(timeout=120)
    start = time.perf_counter()
    go.set()
    for worker in workers:
        worker.join()
    seconds = time.perf_counter() - start
    assert all(w.exitcode == 0 for w in workers), [w.exitcode for w in workers]
    return seconds


def _check(marks: Path, count: int) -> None:
    """Every message marked before its data and its outcome recorded: the run was honest."""
    connection = sqlite3.connect(marks)
    done = connection.execute(
        "SELECT count(*) FROM outbox WHERE marked IS NOT NULL AND code = 250"
    ).fetchone()[0]
    connection.close()
    if done != count:
        print(f"  note: durable limit recorded {done} of {count} messages as sent")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, required=True, help="a plain SMTP sink on loopback")
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--marks", type=Path, default=Path("/tmp/durable-limit.sqlite3"))
    args = parser.parse_args()
    settings = SmtpSettings("127.0.0.1", args.port, Security.NONE, from_address="b@example.com")
    body = b"Subject: durable\r\n\r\n" + b"x" * 60_000 + b"\r\n"
    messages = [([f"r{n}@example.com"], body) for n in range(args.count)]
    for kind, run in (("threads", durable_threads), ("processes", durable_processes)):
        seconds = run(settings, None, messages, args.connections, args.marks)
        print(f"durable limit, {args.connections} {kind}: {args.count / seconds:.1f} msg/s")


if __name__ == "__main__":
    main()

"""Batch send: 2,000 invoices from the outbox to an SMTP server, against the limit and a naive loop.

Builds (once, cached in ``--dir``) a demo ledger with ``--invoices`` posted invoices, and a copy
of it whose print copies are already stored ("warm"). Then, for each sink:

- ``delay``: our own asyncio sink on loopback that answers every command ``--delay`` seconds
  after it arrived (a round trip to a remote server; replies to pipelined commands come
  together), one more round trip for the TLS handshake; STARTTLS, AUTH PLAIN, PIPELINING;
- ``aiosmtpd``: aiosmtpd with STARTTLS, AUTH and PIPELINING, no delay (itself the bottleneck);
- ``smtp-sink``: Postfix's C sink, no delay, the client's own limit. It has no STARTTLS, so
  this sink runs with security "none" and no login. It announces PIPELINING.

it times:

- **limit**: the same messages, composed beforehand, sent with ``SmtpTransport`` over
  ``--connections`` reused connections (one thread each), each message's data with the next
  envelope behind it, as the outbox sends;
- **durable limit** (``durable_limit.py``): the same, plus what any exactly-once outbox must
  pay: one fsync'd commit per message to a SQLite file (WAL, ``synchronous=FULL``), the data
  mark before the data and the outcome after the reply folded as ours are. Goal: ours warm
  >= 0.8 x the durable limit;
- **naive** (delay sink only, ``--naive`` messages): render, compose, a new connection with
  STARTTLS and AUTH per message through ``smtplib``, one after the other;
- **ours warm**: queue with ``services.batch.queue_batch``, then deliver with
  ``services.mail_account.deliver(connections=N)``, each phase timed, print copies stored;
- **ours / durable, N rounds** (``--rounds N``, SQLite): N - 1 more pairs after the run's own,
  each the durable limit and then ours delivering a fresh copy of the same queued ledger, back
  to back; the median of the pairs' ratios and each ratio. This machine's speed drifts within
  minutes, so a ratio of two rows measured minutes apart moves with the drift;
- **ours cold** (smtp-sink, else aiosmtpd): the same without print copies: rendering needed;
- **peer** (``--peers``): django-post-office (``peer_post_office.py``, in a virtual environment
  of its own made under ``--dir``), the same number of messages with text, HTML and the same
  PDF, queued into SQLite and sent by ``send_queued_mail`` at the same connection count, in 1
  and in 2 processes, with Django's stock SMTP backend (no ``TCP_NODELAY``: about 40 ms a
  message over TLS) and with a NODELAY subclass of it. What it guarantees after a crash is in
  that file's docstring.
- **2 ledgers x 1 connection at once** (``--separate``, plain sinks: ``separate_ledgers.py``):
  two copies of the warm ledger delivered at once by two processes, nothing shared but the
  machine; what the durable limit's goal would ask of this machine without a shared ledger;
- **throttled** (``throttled_send.py``): the batch to a sink that answers ``421 4.7.0`` past
  ``--per-minute`` messages a minute (30, Microsoft 365's), on a simulated clock, with the pace
  on and off: time to finish against the pace's minimum, throttle replies received.

Measured here (2 cores of a shared virtual machine whose speed drifts by a half within an hour;
``--sinks smtp-sink,aiosmtpd --naive 0 --no-cold``, each ratio within its own run): with a
message composed as it is queued when its print copy is stored (the delivery sends the stored
bytes, the copy's base64 put back and the Date in front; only the few kilobytes around the copy
looked through for the wire; the envelope kept with the bytes; the claim's statements built
once), ours warm against the durable limit (the better of its rows) 0.47, 0.65 and 0.64 on
smtp-sink (ours 635, 789 and 614 msg/s, the limit 1347, 1212 and 963) and 0.88, 0.63 and 0.81
on aiosmtpd (251, 145 and 174; the limit 284, 231 and 215). The day before, without those
changes: 0.35 to 0.52 on smtp-sink, 0.71 to 1.41 on aiosmtpd. In turns on copies of one queued
2,000-message ledger (``outbox run``'s delivery over four connections), 438-549 msg/s before
against 534-681 after, CPU a message 1.8-2.2 ms against 1.3-1.6; queueing the batch went from
71-90 to 89-130 msg/s (the e-invoice XML is made once, not twice, and a party taking none
costs no read), the composing included. The goal of 0.8 is not met on smtp-sink. ``--separate``
(two deliveries on two ledger files at once, one connection each, nothing shared but the
machine) gave 743 msg/s together in the 0.65 run, less than ours over one ledger: the shared
ledger no longer costs anything measurable, the machine's two cores are the limit. Ours spends
1.3-1.6 ms of CPU a message with four connections, the durable limit's loop 0.5-0.7
(``durable_limit.py`` says on what); two cores give ours at most about 1,300 msg/s, and the
smtp-sink and the kernel take their share of them. Paired (``--rounds 5``, a day later, the
same code): smtp-sink median 0.52 (0.56, 0.40, 0.54, 0.48, 0.52; the durable limit 1627 msg/s
in the first round, ours 913), aiosmtpd median 0.77 (0.87, 0.77, 0.77, 0.95, 0.77).

Demo customers without a usable address are skipped by the batch (as the batch preview says);
those invoices are queued one by one with ``services.sending.queue`` and an explicit To
(counted in the queueing time). Every message goes to a different example.com mailbox.

Queueing and delivering each run in a fresh process, so the delivering process's peak memory
(VmHWM) is its own, and the largest of its worker processes (renderers, or the delivery
workers a big warm send runs in: one per connection) is printed beside it; ``--memory`` also
delivers 10,000 messages (five resend batches) and prints both peaks. The renderer's
all-cores rate is measured here too (one process per core, render only). Figures and ratios
only: nothing here asserts on time.

Run::

    .venv/bin/python bench/batch_send.py                    # 2,000 invoices, all sinks
    .venv/bin/python bench/batch_send.py --memory           # also peak memory at 10,000
    .venv/bin/python bench/batch_send.py --sinks smtp-sink,aiosmtpd --naive 0 --no-cold --rounds 5
    .venv/bin/python bench/batch_send.py --delay 0.05 --connections 8 --naive 50
    .venv/bin/python bench/batch_send.py --postgres --sinks smtp-sink,aiosmtpd --naive 0
    .venv/bin/python bench/batch_send.py --peers             # also django-post-office
    .venv/bin/python bench/batch_send.py --sinks throttled  # only the throttled-sink rows

``--postgres`` runs queueing and delivery on a throwaway PostgreSQL server on loopback (started
from the Debian package as the tests do, fsync and synchronous commit on); ``--db-url URL``
on a server of yours (the role needs CREATEDB: each run gets a database of its own, dropped
after). Each run's ledger is the cached SQLite one, moved there with ``copy-to`` (timed too).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import datetime as dt
import json
import logging
import multiprocessing
import os
import resource
import shutil
import signal
import smtplib
import sqlite3
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests.helpers (certificates, free ports)

from bench import durable_limit  # noqa: E402
from tests.helpers.certificates import TestCertificate, make_certificate  # noqa: E402
from tests.helpers.postgres import PostgresServer  # noqa: E402
from tests.helpers.smtp_server import free_port  # noqa: E402

from ledgerpost.documents.document_pdf import print_language, render_document  # noqa: E402
from ledgerpost.documents.layout import Letterhead  # noqa: E402
from ledgerpost.domain.addresses import Field, Mailbox, parse_entry, parse_list  # noqa: E402
from ledgerpost.domain.documents import DocumentType  # noqa: E402
from ledgerpost.domain.listing import DocumentFilter  # noqa: E402
from ledgerpost.domain.message import Attachment, OutgoingMessage  # noqa: E402
from ledgerpost.domain.smtp import Security, SmtpSettings  # noqa: E402
from ledgerpost.mail.compose import compose  # noqa: E402
from ledgerpost.mail.transport import Envelope, SmtpTransport  # noqa: E402
from ledgerpost.services import credits  # noqa: E402
from ledgerpost.services import settings as settings_service  # noqa: E402
from ledgerpost.services.batch import queue_batch  # noqa: E402
from ledgerpost.services.demo.company import DemoSpec, make_demo  # noqa: E402
from ledgerpost.services.ledger import Ledger  # noqa: E402
from ledgerpost.services.ledger_copy import copy_to  # noqa: E402
from ledgerpost.services.mail_account import deliver  # noqa: E402
from ledgerpost.services.printing import print_document  # noqa: E402
from ledgerpost.services.sending import SendRequest, queue  # noqa: E402
from ledgerpost.storage import outbox_listing  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import separate_ledgers  # noqa: E402
import throttled_send  # noqa: E402

HOST = "127.0.0.1"
USER = "bench@example.com"
PASSWORD = "bench-password"  # ASCII: the naive loop signs in with smtplib.login
AS_OF = dt.date(2026, 11, 23)
Row = tuple[str, str, float, str]
"""A printed row: sink, run, msg/s, ratio."""
SENDER = "billing@example.com"


# --- the delay sink ---------------------------------------------------------------------------


class DelaySink:
    """Answers each command ``delay`` seconds after it arrived; STARTTLS, AUTH PLAIN, PIPELINING.

    A reader task stamps each command (and each message's final dot) as it arrives; the
    answering loop replies in order at stamp + delay, so pipelined commands cost one delay.
    """

    def __init__(self, delay: float, tls: ssl.SSLContext) -> None:
        self.delay = delay
        self.tls = tls
        self.auth = base64.b64encode(f"\0{USER}\0{PASSWORD}".encode())

    async def session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        loop = asyncio.get_running_loop()
        inbox: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()
        upgraded = asyncio.Event()

        async def read() -> None:
            while True:
                line = await reader.readline()
                stamp = loop.time()
                if not line:
                    return inbox.put_nowait((stamp, b""))
                inbox.put_nowait((stamp, line))
                verb = line[:8].upper()
                if verb.startswith(b"DATA"):
                    first = await reader.readline()
                    if first != b".\r\n":
                        await reader.readuntil(b"\r\n.\r\n")
                    inbox.put_nowait((loop.time(), b".\r\n"))
                elif verb.startswith(b"STARTTLS"):
                    await upgraded.wait()
                elif verb.startswith(b"QUIT"):
                    return

        async def answer(stamp: float, text: bytes) -> None:
            wait = stamp + self.delay - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(text)
            await writer.drain()

        reading = asyncio.create_task(read())
        tls = authed = False
        try:
            await answer(loop.time(), b"220 delay-sink ESMTP\r\n")
            while True:
                stamp, line = await inbox.get()
                verb = line[:4].upper()
                if not line or verb == b"QUIT":
                    if line:
                        await answer(stamp, b"221 Bye\r\n")
                    break
                if verb in (b"EHLO", b"HELO"):
                    lines = [b"delay-sink", b"PIPELINING", b"SIZE 52428800", b"8BITMIME"]
                    lines += [b"AUTH PLAIN"] if tls else [b"STARTTLS"]
                    text = b"".join(
                        b"250" + (b" " if i == len(lines) - 1 else b"-") + x + b"\r\n"
                        for i, x in enumerate(lines)
                    )
                    await answer(stamp, text)
                elif verb == b"STAR":
                    await answer(stamp, b"220 Ready to start TLS\r\n")
                    await writer.start_tls(self.tls)
                    await asyncio.sleep(self.delay)  # the handshake's round trip
                    tls = True
                    upgraded.set()
                elif verb == b"AUTH":
                    ok = line.split()[-1] == self.auth
                    authed = authed or ok
                    await answer(stamp, b"235 OK\r\n" if ok else b"535 No\r\n")
                elif verb == b"MAIL":
                    await answer(stamp, b"250 OK\r\n" if authed else b"530 Sign in first\r\n")
                elif verb == b"DATA":
                    await answer(stamp, b"354 Go ahead\r\n")
                elif line == b".\r\n":
                    await answer(stamp, b"250 2.0.0 Queued\r\n")
                else:  # RCPT, RSET, NOOP
                    await answer(stamp, b"250 OK\r\n")
        except (ConnectionError, ssl.SSLError, asyncio.IncompleteReadError):
            pass
        finally:
            reading.cancel()
            writer.close()


def serve_delay_sink(port: int, delay: float, certificates: Path) -> None:
    sink = DelaySink(delay, _certificate(certificates).server_context())

    async def main() -> None:
        server = await asyncio.start_server(sink.session, HOST, port, limit=64 * 1024 * 1024)
        async with server:
            await server.serve_forever()

    asyncio.run(main())


def serve_aiosmtpd(port: int, certificates: Path) -> None:
    logging.getLogger("mail.log").setLevel(logging.ERROR)  # aiosmtpd's own deprecation notes
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    class Sink:
        async def handle_EHLO(self, server: Any, session: Any, envelope: Any, hostname: str,
                              responses: list[str]) -> list[str]:  # fmt: skip
            session.host_name = hostname
            responses.insert(-1, "250-PIPELINING")
            return responses

        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            return "250 2.0.0 Queued"

    def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
        ok = isinstance(data, LoginPassword) and data.password == PASSWORD.encode()
        return AuthResult(success=ok, handled=False)

    controller = Controller(
        Sink(),
        hostname=HOST,
        port=port,
        tls_context=_certificate(certificates).server_context(),
        require_starttls=True,
        authenticator=authenticate,
        auth_required=True,
        data_size_limit=50 * 1024 * 1024,
    )
    controller.start()
    signal.sigwait({signal.SIGTERM, signal.SIGINT})
    controller.stop()


def _certificate(folder: Path) -> TestCertificate:
    return TestCertificate(folder / "ca.pem", folder / "server.pem", folder / "server.key")


@dataclass
class Sink:
    name: str
    port: int
    settings: dict[str, Any]
    process: subprocess.Popen[bytes]
    tls: bool

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def _wait_for(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the sink on port {port} stopped at once")
        try:
            with smtplib.SMTP(HOST, port, "localhost", timeout=5) as probe:
                probe.noop()
            return
        except (OSError, smtplib.SMTPException):
            time.sleep(0.1)
    raise RuntimeError(f"no sink answers on port {port}")


def start_sink(name: str, delay: float, certificates: Path) -> Sink | None:
    port = free_port()
    secure = {
        "smtp.host": HOST,
        "smtp.port": port,
        "smtp.security": "starttls",
        "smtp.user": USER,
        "smtp.ca_file": str(certificates / "ca.pem"),
    }
    if name == "smtp-sink":
        binary = shutil.which("smtp-sink") or "/usr/sbin/smtp-sink"
        if not Path(binary).exists():
            return None
        user = ["-u", "nobody"] if os.geteuid() == 0 else []
        argv = [binary, *user, "-a", f"{HOST}:{port}", "256"]
        plain = {"smtp.host": HOST, "smtp.port": port, "smtp.security": "none", "smtp.user": ""}
        process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        settings, tls = plain, False
    else:
        role = "_delay_sink" if name == "delay" else "_aiosmtpd_sink"
        argv = [sys.executable, __file__, role, str(port), str(delay), str(certificates)]
        process = subprocess.Popen(argv)
        settings, tls = secure, True
    _wait_for(port, process)
    return Sink(name, port, {**settings, "smtp.from_address": SENDER}, process, tls)


# --- ledgers ----------------------------------------------------------------------------------


def open_ledger(path: Path) -> Ledger:
    return Ledger.open(str(path))


def copy_ledger(source: Path, target: Path) -> None:
    """A consistent copy of a closed ledger (its WAL folded in first)."""
    with sqlite3.connect(source) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)


def invoice_ids(ledger: Ledger) -> list[int]:
    return [
        s.id
        for s in ledger.documents(DocumentFilter(type=DocumentType.INVOICE), newest_first=False)
        if s.number is not None and s.id is not None
    ]


def _render_job(job: tuple[str, list[int], bool]) -> int:
    """Render (and with ``store``, keep) the print copies of ``ids``; how many."""
    db, ids, store = job
    ledger = Ledger.open(db)
    try:
        company = Letterhead(ledger.require_company())
        for document_id in ids:
            if store:
                print_document(ledger, document_id)
            else:
                document = ledger.document(document_id)
                party = ledger.party(document.party_id)
                render_document(document, party, company, language=print_language(party))
        return len(ids)
    finally:
        ledger.close()


def render_all_cores(db: Path, ids: list[int], *, store: bool) -> tuple[int, float]:
    """(invoices, seconds) rendering ``ids`` with one process per core, start-up not timed."""
    processes = os.cpu_count() or 1
    chunks = [ids[i::processes] for i in range(processes)]
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        pool.map(_render_job, [(str(db), [], False)] * processes)  # imports, not timed
        pool.map(_render_job, [(str(db), ids[:1], False)] * processes)  # fonts, not timed
        start = time.perf_counter()
        done = sum(pool.map(_render_job, [(str(db), chunk, store) for chunk in chunks]))
    return done, time.perf_counter() - start


def build(folder: Path, invoices: int) -> tuple[Path, Path]:
    """The cold ledger (no print copies) and the warm one (all stored), built once."""
    folder.mkdir(parents=True, exist_ok=True)
    cold, warm = folder / f"cold-{invoices}.sqlite3", folder / f"warm-{invoices}.sqlite3"
    if not cold.exists():
        start = time.perf_counter()
        making = folder / "making.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{making}{suffix}").unlink(missing_ok=True)
        ledger = open_ledger(making)
        make_demo(ledger, DemoSpec(customers=max(20, invoices // 10), invoices=invoices,
                                   seed=1, as_of=AS_OF))  # fmt: skip
        ledger.close()
        copy_ledger(making, cold)
        print(f"built the demo ledger in {time.perf_counter() - start:.0f} s: {cold}")
    if not warm.exists():
        copy_ledger(cold, folder / "warming.sqlite3")
        ledger = open_ledger(folder / "warming.sqlite3")
        ids = invoice_ids(ledger)
        ledger.close()
        done, seconds = render_all_cores(folder / "warming.sqlite3", ids, store=True)
        copy_ledger(folder / "warming.sqlite3", warm)
        print(f"stored {done} print copies in {seconds:.0f} s: {warm}")
    return cold, warm


# --- one run in a fresh process ----------------------------------------------------------------


def child_queue(db: str, settings: dict[str, Any], passes: int) -> dict[str, Any]:
    """Set the server, top up, queue every invoice ``passes`` times; timings."""
    ledger = Ledger.open(db)
    problems = settings_service.save(ledger, settings)
    assert not problems, problems
    ids = invoice_ids(ledger)
    credits.add(ledger, len(ids) * passes + 100, "BENCH", "bench")
    start = time.perf_counter()
    batched = one_by_one = 0
    for number in range(passes):
        result = queue_batch(ledger, DocumentType.INVOICE, resend=number > 0)
        batched += result.queued
        if number == 0:
            skipped = set(ids) - _queued_documents(ledger)
        for document_id in sorted(skipped):
            request = SendRequest(
                document_id=document_id,
                to=f"customer{document_id}@example.com",
                resend=True,
            )
            assert queue(ledger, request).queued
            one_by_one += 1
    seconds = time.perf_counter() - start
    ledger.close()
    return {"queued": batched + one_by_one, "one_by_one": one_by_one, "seconds": seconds}


def _queued_documents(ledger: Ledger) -> set[int]:
    with ledger.db.read() as s:
        return {e.document_id for e in outbox_listing.entries(s) if e.document_id is not None}


def child_deliver(db: str, connections: int) -> dict[str, Any]:
    ledger = Ledger.open(db)
    start = time.perf_counter()
    report = deliver(ledger, PASSWORD, connections=connections)
    seconds = time.perf_counter() - start
    for worker in multiprocessing.active_children():  # done, exiting: reaped for their peak
        worker.join()
    with ledger.db.read() as s:
        counts = {k.value: v for k, v in outbox_listing.status_counts(s).items()}
    ledger.close()
    own = _peak_kb()
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "sent": report.sent,
        "failed": report.failed + report.retry + report.uncertain,
        "stopped_by": report.stopped_by,
        "seconds": seconds,
        "statuses": counts,
        "max_rss_mb": own / 1024,
        "children_max_rss_mb": children / 1024,
    }


def _peak_kb() -> int:
    """This process's peak resident memory in KB. Not ``getrusage``: on Linux its max RSS
    carries over the parent's peak through fork and exec (here the bench with its
    pre-built messages); VmHWM is this program's own."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_child(*argv: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, *argv], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"{argv[0]} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


class Databases:
    """Fresh PostgreSQL databases for the runs: on a throwaway server, or on ``url``'s."""

    def __init__(self, url: str | None) -> None:
        self.server = PostgresServer.start(durable=True) if url is None else None
        self.admin = None if url is None else create_engine(url, isolation_level="AUTOCOMMIT")
        self.made: list[str] = []

    def describe(self) -> str:
        url = self.fresh("bench_version")
        ledger = Ledger.open(url)
        with ledger.db.read() as s:
            version = str(s.scalar(select(func.version())))
        ledger.close()
        return version.split(" on ")[0]

    def fresh(self, name: str) -> str:
        if self.server is not None:
            self.server.drop_database(name)
            return self.server.create_database(name)
        assert self.admin is not None
        with self.admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        self.made.append(name)
        return self.admin.url.set(database=name).render_as_string(hide_password=False)

    def close(self) -> None:
        if self.server is not None:
            self.server.stop()
        if self.admin is not None:
            with self.admin.connect() as connection:
                for name in self.made:
                    connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            self.admin.dispose()


def ours(
    source: Path,
    work: Path,
    sink: Sink,
    connections: int,
    passes: int = 1,
    databases: Databases | None = None,
    keep_queued: Path | None = None,
) -> dict[str, Any]:
    copied: dict[str, Any] = {}
    if databases is None:
        db = str(work / f"run-{sink.name}.sqlite3")
        copy_ledger(source, Path(db))
    else:
        db = databases.fresh(f"run_{sink.name.replace('-', '_')}_{source.stem.replace('-', '_')}")
        ledger = open_ledger(source)
        start = time.perf_counter()
        result = copy_to(ledger, db)
        copied = {"rows": result.rows, "seconds": time.perf_counter() - start}
        ledger.close()
        assert not result.problems, result.problems
    queued = run_child("_queue", db, json.dumps(sink.settings), str(passes))
    if keep_queued is not None and databases is None:
        copy_ledger(Path(db), keep_queued)  # for the paired rounds: delivered again, as queued
    delivered = run_child("_deliver", db, str(connections))
    return {"queue": queued, "deliver": delivered, "copy": copied}


def paired_rounds(
    sink: Sink,
    messages: list[tuple[list[str], bytes]],
    connections: int,
    work: Path,
    queued: Path,
    rounds: int,
) -> list[tuple[float, float]]:
    """``rounds`` more (durable limit, ours warm) pairs in msg/s, each pair measured back to
    back: the durable limit (the better of its rows), then ours delivering a fresh copy of the
    same queued ledger (``queued``). On a machine whose speed drifts within minutes, the ratio
    within a pair is the figure that holds; a single run's ratio moves with the drift."""
    pairs = []
    db = work / f"round-{sink.name}.sqlite3"
    for _ in range(rounds):
        the_durable = max(durable(sink, messages, connections, work))
        copy_ledger(queued, db)
        delivered = run_child("_deliver", str(db), str(connections))
        _check(delivered, len(messages))
        pairs.append((the_durable, rate(delivered["sent"], delivered["seconds"])))
    return pairs


def pairs_row(label: str, first: tuple[float, float], more: list[tuple[float, float]]) -> Row:
    """One row for the paired rounds: ours' median rate, and the median of the ratios with
    every round's ratio beside it (the first round is the run's own)."""
    pairs = [first, *more]
    ratios = [ours_rate / durable_rate for durable_rate, ours_rate in pairs]
    each = ", ".join(f"{r:.2f}" for r in ratios)
    return (
        label,
        f"ours / durable, {len(pairs)} rounds",
        statistics.median(o for _, o in pairs),
        f"median {statistics.median(ratios):.2f} x durable ({each})",
    )


# --- the limit and the naive loop -------------------------------------------------------------


def prebuilt(warm: Path, count: int) -> list[tuple[list[str], bytes]]:
    """``count`` messages composed beforehand from the stored print copies: (envelope, bytes)."""
    ledger = open_ledger(warm)
    sender = parse_entry(f"LedgerPost Demo <{SENDER}>", Field.FROM)
    assert isinstance(sender, Mailbox)
    ids = invoice_ids(ledger)
    messages = []
    for n in range(count):
        document_id = ids[n % len(ids)]
        copy = print_document(ledger, document_id)
        to = f"customer{document_id}@example.com"
        message = _message(sender, to, f"<bench-{n}@example.com>", "Invoice")
        attachment = Attachment(copy.file_name, "application/pdf", copy.pdf, copy.sha256)
        messages.append(([to], compose(message, [attachment])))
    ledger.close()
    return messages


def _message(sender: Mailbox, to: str, message_id: str, subject: str) -> OutgoingMessage:
    return OutgoingMessage(
        sender=sender,
        to=parse_list(to, Field.TO).mailboxes,
        cc=(),
        bcc=(),
        reply_to=None,
        subject=subject,
        message_id=message_id,
        date=dt.datetime.now(dt.UTC),
        note="",
        body="Dear customer,\n\nplease find the invoice attached.",
        greeting="",
        signature="LedgerPost Demo",
        language="en",
        subject_prefix="",
    )


def smtp_settings(sink: Sink) -> SmtpSettings:
    s = sink.settings
    return SmtpSettings(
        host=HOST,
        port=sink.port,
        security=Security(s["smtp.security"]),
        user=s["smtp.user"],
        from_address=SENDER,
        ca_file=s.get("smtp.ca_file", ""),
    )


def _ahead(message: tuple[list[str], bytes] | None) -> Envelope | None:
    """The next message's envelope, to go behind this one's data (as the outbox sends)."""
    return None if message is None else Envelope(SENDER, message[0], message[1])


def limit(sink: Sink, messages: list[tuple[list[str], bytes]], connections: int) -> float:
    """Seconds to send ``messages`` over ``connections`` reused connections."""
    settings = smtp_settings(sink)
    password = PASSWORD if sink.tls else None
    pending = iter(messages)
    lock = threading.Lock()

    def work() -> None:
        with SmtpTransport(settings, password) as transport:
            with lock:
                item = next(pending, None)
            while item is not None:
                with lock:
                    following = next(pending, None)
                transport.send(SENDER, item[0], item[1], ahead=_ahead(following))
                item = following

    threads = [threading.Thread(target=work) for _ in range(connections)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - start


def _limit_worker(
    settings: SmtpSettings,
    password: str | None,
    messages: list[tuple[list[str], bytes]],
    ready: Any,
    go: Any,
) -> None:
    with SmtpTransport(settings, password) as transport:
        transport.server_offers("pipelining")  # connected and signed in before the clock runs
        ready.put(os.getpid())
        go.wait()
        for position, (recipients, data) in enumerate(messages):
            following = messages[position + 1] if position + 1 < len(messages) else None
            transport.send(SENDER, recipients, data, ahead=_ahead(following))


def limit_processes(sink: Sink, messages: list[tuple[list[str], bytes]], processes: int) -> float:
    """As :func:`limit`, each connection in a process of its own (as ours sends a big batch):
    seconds from the moment every process is connected until the last message is taken."""
    password = PASSWORD if sink.tls else None
    return durable_limit.run_together(
        _limit_worker,
        [(smtp_settings(sink), password, messages[n::processes]) for n in range(processes)],
    )


def durable(
    sink: Sink, messages: list[tuple[list[str], bytes]], connections: int, work: Path
) -> tuple[float, float]:
    """The durable limit (``durable_limit.py``) in threads and in processes, as msg/s."""
    settings, password = smtp_settings(sink), PASSWORD if sink.tls else None
    marks = work / f"marks-{sink.name}.sqlite3"
    threads = durable_limit.durable_threads(settings, password, messages, connections, marks)
    processes = durable_limit.durable_processes(settings, password, messages, connections, marks)
    return rate(len(messages), threads), rate(len(messages), processes)


# --- the peer: django-post-office in a virtual environment of its own -------------------------

PEER_PACKAGES = ("django>=5.2,<6", "django-post-office==3.12.0")


def peer_python(folder: Path) -> Path:
    """The peer's virtual environment, made once (Django and django-post-office from PyPI)."""
    venv = folder / "peer-venv"
    python = venv / "bin" / "python"
    marker = venv / "packages.txt"
    if not marker.exists() or marker.read_text() != "\n".join(PEER_PACKAGES):
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *PEER_PACKAGES], check=True)
        marker.write_text("\n".join(PEER_PACKAGES))
    return python


def peer(
    python: Path, sink: Sink, pdf: Path, count: int, processes: int, threads: int, nodelay: bool
) -> dict[str, Any]:
    """One run of ``peer_post_office.py``: queue ``count`` messages, send them all."""
    s = sink.settings
    argv = [
        str(python), str(ROOT / "bench" / "peer_post_office.py"),
        "--work", str(pdf.parent / f"peer-{sink.name}"), "--port", str(sink.port),
        "--security", s["smtp.security"], "--user", s["smtp.user"], "--pdf", str(pdf),
        "--count", str(count), "--processes", str(processes), "--threads", str(threads),
    ]  # fmt: skip
    if nodelay:
        argv.append("--nodelay")
    env = {**os.environ, "PEER_SMTP_PASSWORD": PASSWORD if sink.tls else ""}
    if sink.tls:
        env["SSL_CERT_FILE"] = s["smtp.ca_file"]
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        raise RuntimeError(f"the peer failed: {done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def peer_rows(
    python: Path, sink: Sink, label: str, pdf: Path, count: int, connections: int, ours_rate: float
) -> list[tuple[str, str, float, str]]:
    """The peer at ``connections`` connections in 1 and in 2 processes, stock and NODELAY."""
    rows = []
    for processes in (1, 2):
        threads = max(1, connections // processes)
        for nodelay in (False, True):
            run = peer(python, sink, pdf, count, processes, threads, nodelay)
            peer_rate = rate(run["sent"], run["seconds"])
            kind = "NODELAY" if nodelay else "stock"
            name = f"peer, {processes} proc x {threads} thr, {kind}"
            rows.append((label, name, peer_rate, f"ours {ours_rate / peer_rate:.2f} x peer"))
            if run["sent"] != count:
                print(f"  note: the peer sent {run['sent']} of {count}")
    return rows


def naive(sink: Sink, cold: Path, count: int, certificates: Path) -> float:
    """Seconds for ``count`` messages: render, compose, connect + STARTTLS + AUTH, send, quit."""
    ledger = open_ledger(cold)
    head = Letterhead(ledger.require_company())
    sender = parse_entry(SENDER, Field.FROM)
    assert isinstance(sender, Mailbox)
    context = ssl.create_default_context(cafile=str(certificates / "ca.pem"))
    ids = invoice_ids(ledger)[:count]
    start = time.perf_counter()
    for n, document_id in enumerate(ids):
        document = ledger.document(document_id)
        party = ledger.party(document.party_id)
        pdf = render_document(document, party, head, language=print_language(party))
        to = f"customer{document_id}@example.com"
        data = compose(
            _message(sender, to, f"<naive-{n}@example.com>", "Invoice"),
            [Attachment("invoice.pdf", "application/pdf", pdf)],
            cache=None,
        )
        with smtplib.SMTP(HOST, sink.port, "localhost", timeout=30) as smtp:
            smtp.starttls(context=context)
            smtp.login(USER, PASSWORD)
            smtp.sendmail(SENDER, [to], data)
    seconds = time.perf_counter() - start
    ledger.close()
    return seconds


# --- the table ---------------------------------------------------------------------------------


@contextmanager
def sinks(names: list[str], delay: float, certificates: Path) -> Iterator[list[Sink]]:
    started: list[Sink] = []
    try:
        for name in names:
            sink = start_sink(name, delay if name == "delay" else 0.0, certificates)
            if sink is None:
                print(f"{name}: not installed (apt-get install postfix), left out")
            else:
                started.append(sink)
        yield started
    finally:
        for sink in started:
            sink.stop()


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--invoices", type=int, default=2000)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--delay", type=float, default=0.02, help="seconds per round trip")
    parser.add_argument("--naive", type=int, default=100, help="messages for the naive loop")
    parser.add_argument("--memory", action="store_true", help="also deliver 10,000 messages")
    parser.add_argument("--sinks", default="smtp-sink,aiosmtpd,delay,throttled")
    parser.add_argument(
        "--per-minute", type=int, default=30, help="the throttled sink's limit and the pace"
    )
    parser.add_argument("--no-cold", action="store_true")
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="durable limit and ours warm measured back to back this many times (SQLite)",
    )
    parser.add_argument(
        "--separate",
        action="store_true",
        help="also two ledgers at once, one connection each (a plain sink: smtp-sink)",
    )
    parser.add_argument(
        "--peers", action="store_true", help="also django-post-office (its own venv, from PyPI)"
    )
    parser.add_argument(
        "--dir", type=Path, default=Path(tempfile.gettempdir()) / "ledgerpost-batch-bench"
    )
    server = parser.add_mutually_exclusive_group()
    server.add_argument(
        "--postgres", action="store_true", help="the ledger on a throwaway PostgreSQL server"
    )
    server.add_argument("--db-url", metavar="URL", help="the ledger on this PostgreSQL server")
    args = parser.parse_args()
    databases = Databases(args.db_url) if args.postgres or args.db_url else None
    try:
        _main(args, databases)
    finally:
        if databases is not None:
            databases.close()


def _main(args: argparse.Namespace, databases: Databases | None) -> None:
    load = os.getloadavg()
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, load {load[0]:.2f}")
    print(f"ledger: {databases.describe() if databases else 'SQLite ' + sqlite3.sqlite_version}")
    cold, warm = build(args.dir, args.invoices)
    certificates = args.dir / "certificates"
    make_certificate(certificates)
    work = args.dir / "work"
    work.mkdir(exist_ok=True)

    ledger = open_ledger(cold)
    ids = invoice_ids(ledger)
    ledger.close()
    done, seconds = render_all_cores(cold, ids[:200], store=False)
    render_rate = rate(done, seconds)
    print(f"renderer, {os.cpu_count()} processes: {render_rate:.0f} invoices/s\n")

    count = len(ids)
    names = [name for name in args.sinks.split(",") if name != "throttled"]
    messages = prebuilt(warm, count) if names else []
    size = sum(len(m) for _, m in messages) // max(len(messages), 1)
    n = args.connections
    pdf = work / "peer-invoice.pdf"
    pdf.write_bytes(_first_print_copy(warm))
    python = peer_python(args.dir) if args.peers else None
    rows: list[Row] = []
    memory: list[tuple[str, int, dict[str, Any]]] = []
    with sinks(names, args.delay, certificates) as running:
        cold_sink = next(
            (s for s in running if s.name == "smtp-sink"), running[0] if running else None
        )
        for sink in running:
            label = (
                f"{sink.name} ({args.delay * 1000:.0f} ms)" if sink.name == "delay" else sink.name
            )
            threads_limit = rate(count, limit(sink, messages, n))
            rows.append((label, f"limit, {n} connections", threads_limit, ""))
            processes_limit = rate(count, limit_processes(sink, messages, n))
            rows.append((label, f"limit, {n} processes", processes_limit, ""))
            the_limit = max(threads_limit, processes_limit)  # the better of the two
            durable_threads, durable_processes = durable(sink, messages, n, work)
            rows.append((label, f"durable limit, {n} connections", durable_threads, ""))
            rows.append((label, f"durable limit, {n} processes", durable_processes, ""))
            the_durable = max(durable_threads, durable_processes)
            if sink.name == "delay" and args.naive:
                naive_rate = rate(args.naive, naive(sink, cold, args.naive, certificates))
                rows.append((label, f"naive ({args.naive} messages)", naive_rate, ""))
            queued = work / f"queued-{sink.name}.sqlite3" if args.rounds > 1 else None
            warm_run = ours(warm, work, sink, n, databases=databases, keep_queued=queued)
            delivered = warm_run["deliver"]
            if warm_run["copy"]:
                copied = warm_run["copy"]
                rows.append(
                    (
                        label,
                        "copy-to (rows/s, print copies)",
                        rate(copied["rows"], copied["seconds"]),
                        "",
                    )
                )
            warm_rate = rate(delivered["sent"], delivered["seconds"])
            queue_rate = rate(warm_run["queue"]["queued"], warm_run["queue"]["seconds"])
            rows.append((label, "ours: queueing", queue_rate, ""))
            ratio = f"{warm_rate / the_limit:.2f} x limit, {warm_rate / the_durable:.2f} x durable"
            if sink.name == "delay" and args.naive:
                ratio += f", {warm_rate / naive_rate:.1f} x naive"
            rows.append((label, f"ours warm, {n} connections", warm_rate, ratio))
            _check(delivered, count)
            if queued is not None:
                more = paired_rounds(sink, messages, n, work, queued, args.rounds - 1)
                rows.append(pairs_row(label, (the_durable, warm_rate), more))
            if args.separate and not sink.tls:
                rows += separate_ledgers.rows(
                    warm, work, sink.settings, label, the_durable, copy_ledger, _queue_child
                )
            if python is not None:
                rows += peer_rows(python, sink, label, pdf, count, n, warm_rate)
            if sink is cold_sink:
                memory.append(("warm", count, delivered))
            if sink is cold_sink and not args.no_cold:
                # The renderer again, just before: the machine may be busier than at the start.
                render_now = rate(*render_all_cores(cold, ids[:200], store=False))
                rows.append((label, "renderer alone, all cores", render_now, ""))
                cold_run = ours(cold, work, sink, n, databases=databases)["deliver"]
                cold_rate = rate(cold_run["sent"], cold_run["seconds"])
                ratio = f"{cold_rate / render_now:.2f} x renderer"
                rows.append((label, f"ours cold, {n} connections", cold_rate, ratio))
                _check(cold_run, count)
                memory.append(("cold", count, cold_run))
        if args.memory and cold_sink is not None:
            big = ours(warm, work, cold_sink, n, passes=-(-10_000 // count), databases=databases)
            big = big["deliver"]
            _check(big, big["sent"])
            memory.append(("warm", big["sent"], big))
    if "throttled" in args.sinks.split(","):
        rows += throttled_send.rows(warm, work, args.per_minute, copy_ledger, _queue_child)

    print(f"{count:,d} invoices, messages of about {size / 1024:.0f} KB, load now "
          f"{os.getloadavg()[0]:.2f}\n")  # fmt: skip
    print(f"{'sink':16} {'run':32} {'msg/s':>8}  ratio")
    for sink_name, run, value, ratio in rows:
        print(f"{sink_name:16} {run:32} {value:8.1f}  {ratio}")
    print("\npeak memory of the delivering process (VmHWM)")
    for kind, messages_sent, delivered in memory:
        print(
            f"  {kind}, {messages_sent:6,d} messages: {delivered['max_rss_mb']:4.0f} MB"
            f" (largest worker process: {delivered['children_max_rss_mb']:.0f} MB)"
        )


def _first_print_copy(warm: Path) -> bytes:
    """The PDF the peer's messages carry: the first invoice's stored print copy."""
    ledger = open_ledger(warm)
    pdf = print_document(ledger, invoice_ids(ledger)[0]).pdf
    ledger.close()
    return pdf


def _queue_child(db: str, settings: dict[str, Any]) -> dict[str, Any]:
    return run_child("_queue", db, json.dumps(settings), "1")


def _check(delivered: dict[str, Any], count: int) -> None:
    if delivered["sent"] != count or delivered["stopped_by"]:
        print(f"  note: {delivered['sent']} of {count} sent; {delivered}")


if __name__ == "__main__":
    role = sys.argv[1] if len(sys.argv) > 1 else ""
    if role == "_delay_sink":
        serve_delay_sink(int(sys.argv[2]), float(sys.argv[3]), Path(sys.argv[4]))
    elif role == "_aiosmtpd_sink":
        serve_aiosmtpd(int(sys.argv[2]), Path(sys.argv[4]))
    elif role == "_queue":
        print(json.dumps(child_queue(sys.argv[2], json.loads(sys.argv[3]), int(sys.argv[4]))))
    elif role == "_deliver":
        print(json.dumps(child_deliver(sys.argv[2], int(sys.argv[3]))))
    else:
        main()

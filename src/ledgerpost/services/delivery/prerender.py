"""Print copies rendered ahead of a large send, in a few worker processes.

Rendering a print copy is CPU-bound Python (reportlab, about 22 ms a page): in the delivery
thread it runs on one core at a time and holds up the connections. When many due messages
still need their document's print copy, :class:`Prerender` renders those documents in worker
processes (one per core), in the order the messages will be claimed; each process opens the
ledger by its URL and stores the copy through ``printing.print_document``, so the first copy
stored wins and every later print and mail gets those bytes. The delivery worker only waits
for the copy of the message it is about to compose (``DeliveryWorker(prerender=...)``); a copy
that could not be rendered there is rendered (or its error told) by the worker itself.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from types import TracebackType

from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import outbox_repository as repo

WORTH_IT = 16
"""Missing print copies from which processes pay for their start (about a second)."""
CHUNK = 4
"""Documents per task: small, so that the first copies are ready soon."""
LOOK_AHEAD = 100_000

_ledger: Ledger | None = None
"""The worker process's own connection to the ledger."""


def _open(url: str) -> None:
    global _ledger
    _ledger = Ledger.open(url)
    parent = os.getppid()
    threading.Thread(target=_leave_with, args=(parent,), daemon=True).start()


def _leave_with(parent: int) -> None:
    """A worker of a killed parent stops (its task queue never closes: siblings hold it)."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(0)


def _render(document_ids: list[int]) -> None:
    # Imported here, in the rendering process: the renderer (reportlab) is a tenth of a second
    # to import, and the delivering process only asks whether anything needs rendering.
    from ledgerpost.services.printing import print_document

    assert _ledger is not None
    for document_id in document_ids:
        try:
            print_document(_ledger, document_id)
        except Exception:  # the delivery worker renders it again and tells why
            continue


class Prerender:
    """Renders and stores the print copies of ``document_ids`` in worker processes."""

    def __init__(self, url: str, document_ids: list[int], processes: int) -> None:
        # spawn, not fork: the parent has threads (the window, other connections).
        context = multiprocessing.get_context("spawn")
        self._pool = ProcessPoolExecutor(
            processes, mp_context=context, initializer=_open, initargs=(url,)
        )
        self._pending: dict[int, Future[None]] = {}
        for start in range(0, len(document_ids), CHUNK):
            chunk = document_ids[start : start + CHUNK]
            future = self._pool.submit(_render, chunk)
            for document_id in chunk:
                self._pending[document_id] = future

    def wait(self, document_id: int) -> None:
        """Until the copy of ``document_id`` is stored, if it is one of ours."""
        future = self._pending.pop(document_id, None)
        if future is not None:
            try:
                future.result()
            except Exception:  # a broken pool: the worker renders it itself
                return

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Prerender:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def for_due_messages(ledger: Ledger, processes: int | None = None) -> Prerender | None:
    """A :class:`Prerender` for the due messages' missing print copies, when there are enough
    of them to be worth it; None otherwise, or in a frozen installer build (its entry point
    would have to call ``multiprocessing.freeze_support``)."""
    processes = processes or os.cpu_count() or 1
    if processes < 2 or getattr(sys, "frozen", False):
        return None
    with ledger.db.read() as s:
        missing = repo.due_without_print_copy(s, utcnow(), LOOK_AHEAD)
    if len(missing) < WORTH_IT:
        return None
    return Prerender(ledger.db.url, missing, processes)

"""A batch while it runs, on a real ledger file: stopping the queueing half-way, pause, resume,
cancel, and the counts that follow it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.outbox import IllegalTransition, OutboxEntry, OutboxEvent, OutboxStatus
from ledgerpost.services import batch, batch_control, credits, outbox
from ledgerpost.services.delivery.worker import DeliveryWorker
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import batch_repository, outbox_listing, outbox_repository
from tests.helpers.many_invoices import MARCH, copy_ledger, make_books

S = OutboxStatus
INVOICE = DocumentType.INVOICE


@pytest.fixture(scope="module")
def books_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_books(tmp_path_factory.mktemp("batch") / "books.sqlite3", count=200)


@pytest.fixture
def books(books_template: Path, tmp_path: Path) -> Iterator[Ledger]:
    ledger = copy_ledger(books_template, tmp_path / "books.sqlite3")
    yield ledger
    ledger.close()


def stop_after(seen: int) -> tuple[batch_control.Progress, batch_control.Stop]:
    """A progress callback and a stop that fires once ``seen`` documents were reported."""
    reported = [0]

    def progress(done: int, total: int) -> None:
        reported[0] = done

    return progress, lambda: reported[0] >= seen


def assert_complete(entries: list[OutboxEntry]) -> None:
    for e in entries:
        assert e.message_id.startswith("<") and e.message_id.endswith(">")
        assert e.subject.startswith("Arve nr INV-")
        # The card's address, named for its customer (a batch's To is the default one).
        assert re.fullmatch(r"Customer \d+ <mari\.tamm@example\.com>", e.to), e.to
        assert e.document_id is not None and e.document.startswith("invoice INV-")


def test_stopping_the_queueing_half_way_keeps_what_was_queued_and_loses_nothing(
    books: Ledger,
) -> None:
    progress, stop = stop_after(100)
    run = batch_control.queue_run(books, INVOICE, numbers=(1, 200), progress=progress, stop=stop)
    assert run.stopped and run.total == 200 and run.seen == 100
    assert run.queued == 100 and run.not_reached == 100 and run.skipped == ()
    entries = outbox.entries(books)
    assert len(entries) == 100
    assert {e.status for e in entries} == {S.QUEUED} and {e.batch_id for e in entries} == {
        run.batch_id
    }
    assert_complete(entries)
    first_half = {e.document_id for e in entries}
    assert len(first_half) == 100

    again = batch_control.queue_run(books, INVOICE, numbers=(1, 200))
    assert not again.stopped and again.queued == 100 and again.batch_id == run.batch_id + 1
    assert [s.reason for s in again.skipped] == ["already in the outbox"] * 100
    entries = outbox.entries(books)
    assert len(entries) == 200
    assert len({e.document_id for e in entries}) == 200
    assert {e.document_id for e in entries if e.batch_id == again.batch_id}.isdisjoint(first_half)
    assert_complete(entries)
    assert batch_control.batch_counts(books, run.batch_id).waiting == 100
    assert batch_control.batch_counts(books, again.batch_id).waiting == 100


def test_a_failure_in_the_middle_of_a_chunk_writes_none_of_that_chunk(
    books: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = outbox_repository.add_message
    calls = [0]

    def failing(*args: Any, **kwargs: Any) -> int:
        calls[0] += 1
        if calls[0] == 60:
            raise OSError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(outbox_repository, "add_message", failing)
    with pytest.raises(OSError):
        batch_control.queue_run(books, INVOICE, numbers=(1, 200), chunk=25)
    entries = outbox.entries(books)
    assert len(entries) == 50  # two whole chunks; the third rolled back as one
    assert_complete(entries)


def test_the_preview_counts_every_document_once_and_says_whose_card_to_fix(
    demo_ledger: Ledger,
) -> None:
    for doc_type, chosen in (
        (INVOICE, {"numbers": (1, 60)}),
        (INVOICE, {"dates": (dt.date(2026, 10, 1), dt.date(2026, 11, 23))}),
    ):
        ours = batch_control.preview(demo_ledger, doc_type, **chosen)  # type: ignore[arg-type]
        looked_at = batch.selection_size(demo_ledger, doc_type, **chosen)  # type: ignore[arg-type]
        assert ours.count + len(ours.skipped) == looked_at
        assert ours.cost == ours.count
        assert ours.skipped and all(s.party for s in ours.skipped)
    statements = batch_control.preview(
        demo_ledger, None, dates=(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    )
    assert statements.count > 0 and all(s.party for s in statements.skipped)
    drafts = batch_control.preview(
        demo_ledger, INVOICE, dates=(dt.date(2026, 10, 1), dt.date(2026, 11, 23))
    )
    assert [s.reason for s in drafts.skipped].count("not posted") == 2


def test_the_preview_matches_what_is_queued(books: Ledger) -> None:
    seen = batch_control.preview(books, INVOICE, dates=(dt.date(2026, 3, 1), dt.date(2026, 3, 2)))
    assert seen.count == 14 and seen.skipped == ()
    run = batch_control.queue_run(books, INVOICE, dates=(dt.date(2026, 3, 1), dt.date(2026, 3, 2)))
    assert run.queued == 14
    after = batch_control.preview(books, INVOICE, dates=(dt.date(2026, 3, 1), dt.date(2026, 3, 2)))
    assert after.count == 0 and len(after.skipped) == 14


def test_a_statement_batch_run_twice_sends_each_statement_once(books: Ledger) -> None:
    first = batch_control.preview(books, None, dates=MARCH)
    assert first.count == 10
    run = batch_control.queue_run(books, None, dates=MARCH)
    assert run.queued == 10 and run.total == 10
    again = batch_control.preview(books, None, dates=MARCH)
    assert again.count == 0
    assert {s.reason for s in again.skipped} == {"already in the outbox"}
    assert batch_control.queue_run(books, None, dates=MARCH).queued == 0


def claim(ledger: Ledger, how_many: int) -> list[int]:
    worker = DeliveryWorker(ledger, lambda: None, batch_size=how_many)  # type: ignore[arg-type,return-value]
    ids, _ = worker.claim()
    return ids


def test_pause_holds_the_waiting_ones_and_resume_releases_them(books: Ledger) -> None:
    credits.add(books, 100, "TEST", "test")
    run = batch_control.queue_run(books, INVOICE, numbers=(1, 30))
    sending = claim(books, 5)
    assert len(sending) == 5

    assert batch_control.pause(books, run.batch_id) == 25
    counts = batch_control.batch_counts(books, run.batch_id)
    assert (counts.held, counts.waiting, counts.total) == (25, 5, 30)
    held = outbox.entries(books, S.HELD)
    assert all(e.send_at is None for e in held)
    assert claim(books, 50) == []  # held messages are not taken, whatever their old due time

    assert batch_control.resume(books, run.batch_id) == 25
    counts = batch_control.batch_counts(books, run.batch_id)
    assert (counts.held, counts.waiting) == (0, 30)
    assert sorted(claim(books, 50)) == sorted(set(run.outbox_ids) - set(sending))


def test_cancel_withdraws_what_was_not_sent_and_leaves_the_rest(books: Ledger) -> None:
    credits.add(books, 100, "TEST", "test")
    run = batch_control.queue_run(books, INVOICE, numbers=(1, 40))
    other = batch_control.queue_run(books, INVOICE, numbers=(41, 45))
    sent, failed, sending = claim(books, 3)
    with books.db.write() as s:
        outbox_repository.move(s, sent, OutboxEvent.ACCEPTED)
        outbox_repository.move(s, failed, OutboxEvent.PERMANENT, last_error="550 no such user")
    batch_control.pause(books, run.batch_id)
    assert batch_control.cancel(books, run.batch_id) == 37

    counts = batch_control.batch_counts(books, run.batch_id)
    assert counts == batch_control.BatchCounts(
        sent=1, waiting=1, failed=1, uncertain=0, cancelled=37, held=0, total=40
    )
    assert not counts.finished and counts.done == 39
    statuses = {e.id: e.status for e in outbox.entries(books)}
    assert statuses[sending] is S.SENDING
    assert all(statuses[i] is S.QUEUED for i in other.outbox_ids)
    assert batch_control.resume(books, run.batch_id) == 0


def test_a_move_the_rules_forbid_writes_nothing(books: Ledger) -> None:
    run = batch_control.queue_run(books, INVOICE, numbers=(1, 5))
    with pytest.raises(IllegalTransition), books.db.write() as s:
        batch_repository.move_batch(s, run.batch_id, OutboxEvent.RELEASE, (S.HELD, S.QUEUED))
    assert batch_control.batch_counts(books, run.batch_id).waiting == 5


def test_two_batches_queued_at_once_get_ids_of_their_own(books: Ledger) -> None:
    """A second batch starts while the first has its id but has written nothing yet (another
    desk, or the CLI beside the window): they must not share an id, or pausing one would
    pause the other."""
    inner: list[batch.BatchResult] = []

    def meanwhile() -> bool:
        if not inner:  # before the first batch looks at its first document
            inner.append(batch.queue_batch(books, INVOICE, numbers=(101, 200)))
        return False

    outer = batch.queue_batch(books, INVOICE, numbers=(1, 100), stop=meanwhile)
    (second,) = inner
    assert outer.batch_id != second.batch_id
    assert outer.queued == second.queued == 100
    assert batch_control.pause(books, outer.batch_id) == 100
    assert batch_control.batch_counts(books, second.batch_id).waiting == 100
    with books.db.read() as s:
        held = outbox_listing.status_counts(s)[S.HELD]
    assert held == 100  # only the paused batch's messages

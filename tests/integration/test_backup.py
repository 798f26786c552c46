"""``ledgerpost backup`` and ``restore``: a consistent copy while mail goes out, checked, and a
restore that never sends a message twice."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from ledgerpost.cli.main import main
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.users import Right
from ledgerpost.services import backup as backups
from ledgerpost.services import credits, outbox, users
from ledgerpost.services import settings as settings_service
from ledgerpost.services.errors import LedgerError, NotAllowed
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.mail_account import deliver, save_password
from ledgerpost.services.sending import SendRequest, queue
from ledgerpost.storage.ledger_copy import TargetNotEmpty
from ledgerpost.storage.mail_models import OutboxRow
from tests.helpers.backends import BOTH_BACKENDS
from tests.helpers.mail_queue import connect
from tests.helpers.memory_keyring import memory_keyring
from tests.helpers.smtp_server import TEST_PASSWORD, SmtpTestServer
from tests.helpers.users import as_user, without

S = OutboxStatus
TAKEN = dt.datetime(2026, 12, 2, 9, 30, tzinfo=dt.UTC)


def snapshot(ledger: Ledger) -> dict[str, object]:
    documents = ledger.documents()
    return {
        "documents": [(d.id, d.type, d.number, d.date, d.total, d.state) for d in documents],
        "outbox": [(e.id, e.status, e.message_id) for e in outbox.entries(ledger)],
        "credits": credits.balance(ledger),
        "trial_balance": ledger.trial_balance(),
        "parties": ledger.parties(),
        "company": ledger.company(),
        "users": users.users(ledger),
    }


@BOTH_BACKENDS
def test_a_backup_is_a_checked_ledger_file_and_restores_to_the_same_books(
    demo_ledger: Ledger, tmp_path: Path
) -> None:
    before = snapshot(demo_ledger)
    result = backups.backup(demo_ledger, tmp_path / "monday.ledgerpost", now=lambda: TAKEN)
    assert result.problems == () and result.size > 0
    assert result.path == (tmp_path / "monday.ledgerpost").resolve()
    assert not list(tmp_path.glob("*.partial"))

    opened = Ledger.open(str(result.path), create=False)  # a ledger file of its own
    try:
        assert snapshot(opened) == before
    finally:
        opened.close()

    restored_at = str(tmp_path / "restored.sqlite3")
    restored = backups.restore(result.path, restored_at)
    assert restored.taken_at == TAKEN and restored.uncertain == 0 and restored.problems == ()
    again = Ledger.open(restored_at, create=False)
    try:
        assert snapshot(again) == before
    finally:
        again.close()


def test_a_shared_ledger_restores_into_an_empty_database(
    tmp_path: Path, postgres_database: object
) -> None:
    make = postgres_database
    assert callable(make)
    source_url = make("demo")
    source = Ledger.open(source_url)
    try:
        before = snapshot(source)
        result = backups.backup(source, tmp_path / "shared.ledgerpost")
    finally:
        source.close()
    assert result.problems == ()
    target_url = make("empty")
    empty = Ledger.open(target_url)  # made by the migrations, no company: counts as empty
    empty.close()
    restored = backups.restore(result.path, target_url)
    assert restored.problems == ()
    again = Ledger.open(target_url, create=False)
    try:
        assert snapshot(again) == before
    finally:
        again.close()
    with pytest.raises(TargetNotEmpty, match="already holds a ledger"):
        backups.restore(result.path, target_url)


def test_a_backup_never_writes_over_a_file_and_a_restore_never_over_a_ledger(
    demo_ledger: Ledger, demo_url: str, tmp_path: Path
) -> None:
    taken = tmp_path / "taken.ledgerpost"
    taken.write_bytes(b"the bookkeeper's own file")
    with pytest.raises(LedgerError, match="already exists"):
        backups.backup(demo_ledger, taken)
    assert taken.read_bytes() == b"the bookkeeper's own file"
    good = backups.backup(demo_ledger, tmp_path / "good.ledgerpost").path
    with pytest.raises(LedgerError, match="already exists"):
        backups.restore(good, demo_url)
    with pytest.raises(LedgerError, match="not a LedgerPost backup"):
        backups.restore(taken, str(tmp_path / "new.sqlite3"))
    assert not (tmp_path / "new.sqlite3").exists()
    with pytest.raises(LedgerError, match="no backup"):
        backups.restore(tmp_path / "missing.ledgerpost", str(tmp_path / "new.sqlite3"))


def test_a_backup_needs_the_right_to_manage_settings(demo_ledger: Ledger, tmp_path: Path) -> None:
    mari = as_user("mari", without(Right.MANAGE_SETTINGS))
    with pytest.raises(NotAllowed):
        backups.backup(demo_ledger, tmp_path / "b.ledgerpost", mari)
    assert not (tmp_path / "b.ledgerpost").exists()


@pytest.fixture
def keyring_entries() -> Iterator[None]:
    with memory_keyring():
        yield


def _queue_invoices(ledger: Ledger, count: int) -> list[int]:
    invoices = [
        d.id for d in ledger.documents(DocumentFilter(type=DocumentType.INVOICE)) if d.number
    ][:count]
    ids = []
    for n, document_id in enumerate(invoices):
        queued = queue(ledger, SendRequest(document_id=document_id, to=f"c{n}@example.com"))
        assert queued.outbox_id is not None, queued
        ids.append(queued.outbox_id)
    return ids


def _wait(condition: object, what: str) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"gave up waiting for {what}")


def test_a_backup_taken_while_mail_goes_out_restores_without_sending_anything_twice(
    demo_ledger: Ledger,
    smtp_server: SmtpTestServer,
    keyring_entries: None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    connect(demo_ledger, smtp_server)
    ids = _queue_invoices(demo_ledger, 6)
    smtp_server.pass_next(2)
    smtp_server.answer_data_after(10.0)  # the third message's end of data waits for its 250
    delivering = threading.Thread(target=lambda: deliver(demo_ledger, once=True))
    delivering.start()
    try:
        _wait(lambda: _third_in_flight(demo_ledger), "the third message in flight")
        taken = backups.backup(demo_ledger, tmp_path / "midway.ledgerpost")
    finally:
        delivering.join(timeout=300)
    assert not delivering.is_alive()
    assert taken.problems == ()
    assert len(smtp_server.received) == 6
    assert {e.status for e in outbox.entries(demo_ledger)} == {S.SENT}

    target = str(tmp_path / "restored.sqlite3")
    assert main(["--db", target, "restore", str(taken.path)]) == 0
    out = capsys.readouterr().out
    assert "4 messages were still to go" in out and "password again" in out
    restored = Ledger.open(target, create=False)
    try:
        statuses = {e.id: e.status for e in outbox.entries(restored)}
        assert statuses == {
            **{i: S.SENT for i in ids[:2]},
            **{i: S.UNCERTAIN for i in ids[2:]},  # one in flight, three still queued
        }
        with restored.db.read() as s:
            codes = set(
                s.scalars(select(OutboxRow.last_error_code).where(OutboxRow.id.in_(ids[2:])))
            )
        assert codes == {"mail-restored"}
        assert restored.check() == []
        # Nothing goes out by itself from the restored ledger: every waiting one is uncertain.
        smtp = settings_service.smtp_settings(restored)
        assert smtp is not None
        save_password(restored, smtp, TEST_PASSWORD)
        report = deliver(restored, once=True)
        assert report.sent == 0
    finally:
        restored.close()
    assert len(smtp_server.received) == 6


def _third_in_flight(ledger: Ledger) -> bool:
    """Two messages recorded as sent, and the third's data mark committed (its 250 waits)."""
    with ledger.db.read() as s:
        statuses = list(s.execute(select(OutboxRow.status, OutboxRow.data_at)))
    sent = sum(1 for status, _ in statuses if status == S.SENT.value)
    marked = sum(1 for status, at in statuses if status == S.SENDING.value and at is not None)
    return sent == 2 and marked == 1


def test_the_daily_backup_is_made_once_a_day_and_keeps_the_newest(
    demo_ledger: Ledger, tmp_path: Path
) -> None:
    folder = tmp_path / "daily"
    problems = settings_service.save(demo_ledger, {"backup.folder": str(folder), "backup.keep": 2})
    assert problems == []
    days = [dt.datetime(2026, 12, d, 12, 0, tzinfo=dt.UTC) for d in (1, 2, 3)]
    first = backups.automatic_backup(demo_ledger, now=lambda: days[0])
    assert first is not None and first.problems == ()
    assert backups.automatic_backup(demo_ledger, now=lambda: days[0]) is None  # made today
    for day in days[1:]:
        assert backups.automatic_backup(demo_ledger, now=lambda day=day: day) is not None
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == ["demo-2026-12-02.ledgerpost", "demo-2026-12-03.ledgerpost"]
    assert settings_service.save(demo_ledger, {"backup.daily": False}) == []
    later = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC)
    assert backups.automatic_backup(demo_ledger, now=lambda: later) is None

"""The pace budget in the ledger: taken atomically by many at once, paused by a throttle reply,
and its table made and removed by migration 0012; on a SQLite file and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import threading

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from ledgerpost.domain.mail_accounts import Pace
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import pace_repository as pace_repo
from ledgerpost.storage.database import make_engine, resolve_url
from ledgerpost.storage.migrations import alembic_config, current_revision
from tests.helpers.backends import BOTH_BACKENDS

pytestmark = BOTH_BACKENDS
NOW = dt.datetime(2026, 12, 2, 9, 0)
KEY = "default"


def take(ledger: Ledger, at: dt.datetime, pace: Pace, recipients: int = 1) -> object:
    with ledger.db.write() as s:
        return pace_repo.take(s, KEY, recipients, at, pace, dt.UTC)


def test_a_slot_is_granted_then_the_next_waits_its_spacing(ledger: Ledger) -> None:
    pace = Pace(per_minute=5)
    assert take(ledger, NOW, pace) == pace_repo.Granted(NOW)
    later = NOW + dt.timedelta(seconds=1)
    assert take(ledger, later, pace) == pace_repo.NotBefore(NOW + dt.timedelta(seconds=12))
    assert take(ledger, NOW + dt.timedelta(seconds=12), pace) == pace_repo.Granted(
        NOW + dt.timedelta(seconds=12)
    )
    with ledger.db.read() as s:
        usage = pace_repo.usage(s, KEY)
    assert (usage.day, usage.recipients) == (NOW.date(), 2)
    with ledger.db.read() as s:
        assert pace_repo.usage(s, "another account").last_at is None  # each account its own


def test_many_takers_at_once_never_share_the_last_recipients_of_a_day(ledger: Ledger) -> None:
    """Eight threads, each with its own connection and transactions (as processes would have),
    all at the same moment: exactly the day's 7 recipients are granted."""
    pace = Pace(per_day=7)
    granted: list[object] = []
    lock = threading.Lock()
    start = threading.Barrier(8)

    def taker() -> None:
        start.wait()
        for _ in range(5):
            verdict = take(ledger, NOW, pace)
            with lock:
                granted.append(verdict)

    threads = [threading.Thread(target=taker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    yes = [v for v in granted if isinstance(v, pace_repo.Granted)]
    assert len(granted) == 40 and len(yes) == 7
    tomorrow = dt.datetime(2026, 12, 3)
    assert {v for v in granted if not isinstance(v, pace_repo.Granted)} == {
        pace_repo.NotBefore(tomorrow)
    }


def test_a_throttle_reply_pauses_the_account_for_everyone_and_is_counted(ledger: Ledger) -> None:
    with ledger.db.write() as s:
        until = pace_repo.pause(s, KEY, NOW, asked=dt.timedelta(seconds=90), zone=dt.UTC)
    assert until == NOW + dt.timedelta(seconds=90)
    assert take(ledger, NOW + dt.timedelta(seconds=10), Pace()) == pace_repo.NotBefore(until)
    with ledger.db.write() as s:
        again = pace_repo.pause(s, KEY, NOW + dt.timedelta(seconds=10), asked=None, zone=dt.UTC)
    assert again == NOW + dt.timedelta(seconds=10 + 120)  # a second one today: two minutes
    with ledger.db.read() as s:
        assert pace_repo.usage(s, KEY).throttles == 2
    assert take(ledger, again, Pace()) == pace_repo.Granted(again)


def test_migration_0012_makes_the_table_and_takes_it_away(ledger: Ledger) -> None:
    url = resolve_url(ledger.db.url)
    ledger.close()
    before = ScriptDirectory.from_config(alembic_config()).get_revision("0012").down_revision
    assert isinstance(before, str)  # whichever revision 0012 follows
    engine = make_engine(url)
    try:
        for target, present in ((before, False), ("0012", True)):
            with engine.execution_options(ledgerpost_write=True).begin() as connection:
                if present:
                    command.upgrade(alembic_config(connection), target)
                else:
                    command.downgrade(alembic_config(connection), target)
            with engine.connect() as connection:
                assert current_revision(connection) == target
                assert inspect(connection).has_table("mail_pace") is present
    finally:
        engine.dispose()
    reopened = Ledger.open(url)
    assert take(reopened, NOW, Pace(per_minute=1)) == pace_repo.Granted(NOW)
    reopened.close()

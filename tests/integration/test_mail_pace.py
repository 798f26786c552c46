"""The pace budget in the ledger: taken atomically by many at once, paused by a throttle reply,
and its table made and removed by migration 0012; on a SQLite file and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import threading

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from ledgerpost.domain.mail_accounts import MailAccount, Pace
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.smtp import Security, SmtpSettings
from ledgerpost.services import mail_accounts
from ledgerpost.services.delivery.pace_gate import PaceGate
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import pace_repository as pace_repo
from ledgerpost.storage.database import make_engine, resolve_url
from ledgerpost.storage.migrations import alembic_config, current_revision
from tests.helpers.backends import BOTH_BACKENDS
from tests.helpers.outbox_rows import add_messages

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


def two_accounts(ledger: Ledger) -> tuple[int, int]:
    """The ids of a default account and another one."""
    for name in ("main", "billing"):
        smtp = SmtpSettings(f"smtp.{name}.example", 587, Security.STARTTLS, name)
        assert mail_accounts.add(ledger, MailAccount(name, "custom", smtp)) == []
    main, billing = mail_accounts.get(ledger, "main"), mail_accounts.get(ledger, "billing")
    assert main.default and main.id is not None and billing.id is not None
    return main.id, billing.id


def test_each_account_lane_counts_only_its_own_waiting_messages(ledger: Ledger) -> None:
    main, billing = two_accounts(ledger)
    unnamed = add_messages(ledger, 2, at=NOW)
    of_main = add_messages(ledger, 2, at=NOW, account_id=main)
    of_billing = add_messages(ledger, 3, at=NOW, account_id=billing)
    add_messages(ledger, 1, at=NOW, account_id=billing, status=OutboxStatus.SENT)
    with ledger.db.read() as s:
        every = [i for i, _at in pace_repo.waiting(s)]
        billing_lane = [i for i, _at in pace_repo.waiting(s, [billing])]
        main_lane = [i for i, _at in pace_repo.waiting(s, [main, None])]
        named_main = [i for i, _at in pace_repo.waiting(s, [main])]
    assert sorted(every) == sorted(unnamed + of_main + of_billing)
    assert billing_lane == of_billing
    assert sorted(main_lane) == sorted(unnamed + of_main)  # the default takes rows naming none
    assert named_main == of_main


def test_a_gate_plans_anew_only_the_messages_of_its_account(ledger: Ledger) -> None:
    main, billing = two_accounts(ledger)
    of_main = add_messages(ledger, 3, at=NOW, account_id=main)
    of_billing = add_messages(ledger, 3, at=NOW, account_id=billing)
    clock = lambda: NOW  # noqa: E731
    gate = PaceGate(ledger.db, "billing", Pace(per_minute=6), clock=clock, accounts=[billing])
    gate.put_back([])
    with ledger.db.read() as s:
        planned = dict(pace_repo.waiting(s))
    assert [planned[i] for i in of_main] == [NOW] * 3  # the other lane's messages keep theirs
    step = dt.timedelta(seconds=10)
    assert [planned[i] for i in of_billing] == [NOW, NOW + step, NOW + 2 * step]


def test_a_gate_waits_for_its_own_lane_not_for_another_accounts(ledger: Ledger) -> None:
    """Billing's next message is planned in 40 s; main's is due in 5 s. Billing's gate sleeps
    its own 40 s (it would wake for main's message, which is not its to send, and spin)."""
    main, billing = two_accounts(ledger)
    add_messages(ledger, 1, at=NOW + dt.timedelta(seconds=5), account_id=main)
    add_messages(ledger, 1, at=NOW + dt.timedelta(seconds=40), account_id=billing)
    slept: list[float] = []
    gate = PaceGate(
        ledger.db,
        "billing",
        Pace(per_minute=6),
        clock=lambda: NOW,
        sleep=slept.append,
        accounts=[billing],
    )
    gate._planned(NOW + dt.timedelta(seconds=40))  # as admit() does when it says "not yet"
    assert gate.wait() is True
    assert slept == [40.0]


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

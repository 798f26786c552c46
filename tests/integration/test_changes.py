"""Another desk's changes are noticed without a restart: a real second process writes, the
watch says so once; reading changes nothing."""

from __future__ import annotations

import subprocess
import sys

from ledgerpost.services import credits
from ledgerpost.services.changes import ChangeWatch
from ledgerpost.services.ledger import Ledger
from tests.helpers.backends import BOTH_BACKENDS
from tests.helpers.books import add_customer, invoice

pytestmark = BOTH_BACKENDS


def other_desk(db: str, *argv: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "ledgerpost", "--db", db, *argv],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_change_from_another_desk_is_seen_once_and_reading_is_not_a_change(
    ledger: Ledger, ledger_url: str
) -> None:
    watch = ChangeWatch(ledger)
    assert not watch.changed()
    other_desk(ledger_url, "documents", "list")  # another desk only reads
    other_desk(ledger_url, "check")
    assert not watch.changed()

    other_desk(ledger_url, "credits", "add", "10", "--reference", "DESK-2")
    assert watch.changed()
    assert not watch.changed()  # once per change
    assert credits.balance(ledger) == 15

    ledger.save_and_post(invoice(add_customer(ledger)))  # this desk's own writes count too
    assert watch.changed()
    watch.close()


def test_two_desks_watching_one_ledger_both_see_a_change(ledger: Ledger, ledger_url: str) -> None:
    desk_two = Ledger.open(ledger_url)
    watches = [ChangeWatch(ledger), ChangeWatch(desk_two)]
    assert [w.changed() for w in watches] == [False, False]
    add_customer(desk_two, "Liis Saar")
    assert [w.changed() for w in watches] == [True, True]
    for watch in watches:
        watch.close()
    desk_two.close()

"""The queue's pace lines: each sending account's waiting messages and next time, and for a
message the pace holds its planned time and how often the server throttled its account."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from ledgerpost.domain.mail_accounts import MailAccount
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.smtp import Security, SmtpSettings
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.outbox_model import OutboxModel
from ledgerpost.gui.mail.outbox_page import OutboxPage
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import mail_accounts
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import pace_repository as pace_repo
from tests.helpers.outbox_rows import add_messages

WAIT_MS = 30_000


def hh_mm(at: dt.datetime) -> str:
    return at.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M")


def test_the_queue_says_each_accounts_lane_and_a_paced_messages_planned_time(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    for name in ("main", "billing"):
        smtp = SmtpSettings(f"smtp.{name}.example", 587, Security.STARTTLS, name)
        assert mail_accounts.add(ledger, MailAccount(name, "custom", smtp)) == []
    billing = mail_accounts.get(ledger, "billing").id
    now = utcnow().replace(microsecond=0)
    planned = now + dt.timedelta(minutes=1)  # today here, but for a minute past midnight
    paced = add_messages(ledger, 3, status=OutboxStatus.RETRY, at=planned, account_id=billing)
    add_messages(ledger, 1, at=now - dt.timedelta(minutes=5))  # names none: the default's
    with ledger.db.write() as s:
        for _ in range(2):  # two throttle replies today, the pause already over
            pace_repo.pause(s, "billing", now - dt.timedelta(seconds=3), asked=dt.timedelta(0))

    page = OutboxPage(AppContext(ledger, runner))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads > 0 and not page._loading, timeout=WAIT_MS)

    lines = page.lanes_label.text().splitlines()
    assert page.lanes_label.isVisible()
    due = now - dt.timedelta(minutes=5)
    assert sorted(lines) == sorted(
        [
            f"billing: 3 waiting, next at {hh_mm(planned)} · throttled 2 times today",
            f"main: 1 waiting, next at {hh_mm(due)}",
        ]
    )
    page.select_ids([paced[0]])
    details = page.details.text()
    assert f"Waiting for its turn at the pace of billing: planned for {hh_mm(planned)}." in details
    assert "The server throttled this account 2 times today (nothing failed)." in details
    assert "A passing problem" not in details  # not a retry after trouble of its own
    row = page.model.row_of(paced[0])
    assert row is not None
    next_column = page.model.index(row, OutboxModel.COLUMNS.index("next"))
    tip = page.model.data(next_column, 3)  # the tooltip: the same note
    assert tip is not None and "planned for" in tip

"""The sent-messages report counts real deliveries, filters them and exports a CSV."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.sent_report_page import SentReportPage, write_csv
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import outbox
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from tests.helpers.mail_queue import REFUSED, RealQueue, connect, real_queue
from tests.helpers.memory_keyring import memory_keyring
from tests.helpers.outbox_rows import add_messages
from tests.helpers.smtp_server import SmtpTestServer


@pytest.fixture
def queue_made(demo_ledger: Ledger, smtp_server: SmtpTestServer) -> Iterator[RealQueue]:
    with memory_keyring():
        connect(demo_ledger, smtp_server)
        yield real_queue(demo_ledger, smtp_server)


def page_on(qtbot: QtBot, ledger: Ledger, runner: Runner) -> SentReportPage:
    page = SentReportPage(AppContext(ledger, runner))
    qtbot.addWidget(page)
    today = utcnow().date()
    page.date_from.setDate(QDate(today.year, today.month, 1))
    page.date_to.setDate(QDate(today.year, today.month, today.day))
    page.show()
    qtbot.waitUntil(lambda: page.report is not None and page.user.count() > 1, timeout=5000)
    return page


def reload(qtbot: QtBot, page: SentReportPage) -> None:
    page.report = None
    page.refresh()
    qtbot.waitUntil(lambda: page.report is not None, timeout=5000)


def test_the_report_counts_messages_by_outcome_and_exports_them(
    qtbot: QtBot, demo_ledger: Ledger, queue_made: RealQueue, tmp_path: Path, runner: Runner
) -> None:
    add_messages(demo_ledger, 2, at=dt.datetime(2020, 1, 5, 9, 0))  # outside the period
    page = page_on(qtbot, demo_ledger, runner)
    report = page.report
    assert report is not None
    assert report.total == 6 == page.model.rowCount()
    assert report.by_status == {"sent": 2, "failed": 1, "uncertain": 1, "queued": 1, "held": 1}
    counts = page.counts.text()
    assert "6 messages" in counts and "Sent: 2" in counts and "Failed: 1" in counts
    assert page.export_button.isEnabled()

    target = tmp_path / "sent.csv"
    write_csv(report, target)
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [int(r["id"]) for r in rows] == sorted(
        [*queue_made.sent, queue_made.failed, queue_made.uncertain, queue_made.waiting,
         queue_made.held]
    )  # fmt: skip
    by_id = {int(r["id"]): r for r in rows}
    assert by_id[queue_made.failed]["to"] == REFUSED
    assert by_id[queue_made.failed]["status"] == "failed"
    assert "550" in by_id[queue_made.failed]["server_reply"]
    assert by_id[queue_made.sent[0]]["cc"] == "boss@example.org"
    assert by_id[queue_made.sent[0]]["server_reply"].startswith("250")
    assert {r["user"] for r in rows} == {"mari"}


def test_the_period_user_and_party_narrow_the_report(
    qtbot: QtBot, demo_ledger: Ledger, queue_made: RealQueue, runner: Runner
) -> None:
    add_messages(demo_ledger, 2, at=dt.datetime(2020, 1, 5, 9, 0))
    page = page_on(qtbot, demo_ledger, runner)
    assert [page.user.itemText(i) for i in range(page.user.count())] == [
        "Everyone",
        "mari",
        "test",
    ]
    page.user.setCurrentIndex(page.user.findText("test"))
    reload(qtbot, page)
    assert page.report is not None and page.report.total == 0
    page.date_from.setDate(QDate(2020, 1, 1))
    reload(qtbot, page)
    assert page.report is not None and page.report.total == 2

    page.user.setCurrentIndex(0)
    failed_party = {e.id: e.party_id for e in outbox.entries(demo_ledger)}[queue_made.failed]
    page.party.setCurrentIndex(page.party.findData(failed_party))
    reload(qtbot, page)
    assert page.report is not None
    assert [r["id"] for r in page.report.rows] == [str(queue_made.failed)]

    page.date_to.setDate(QDate(2019, 12, 31))
    page.report = None
    page.refresh()
    assert page.notice.text() == "The period ends before it starts."

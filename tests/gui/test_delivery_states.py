"""Envelope states in the window after a real mailbox check: the sent report's states and its
"bounced" filter, the message view's diagnostic, the party card's bounce mark and its clearing,
and the background check's round (its timer driven directly)."""

from __future__ import annotations

import email.utils
import os
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.mailbox_watch import MailboxWatch
from ledgerpost.gui.mail.message_view_dialog import MessageViewDialog
from ledgerpost.gui.mail.sent_report_page import SentReportPage
from ledgerpost.gui.people.bounce_marks import BounceMarks
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.mail.imap_session import quoted
from ledgerpost.mail.mailbox import ImapSettings, Mailbox
from ledgerpost.services import mail_accounts, mailbox_check, mailbox_settings, outbox, outbox_view
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from tests.helpers import dovecot
from tests.helpers.certificates import HOST
from tests.helpers.dovecot import DovecotServer
from tests.helpers.mail_queue import RealQueue, connect, real_queue
from tests.helpers.memory_keyring import memory_keyring
from tests.helpers.smtp_server import SmtpTestServer

BOX = "reports@example.com"
PASSWORD = "Pässwort-1"
REASON = "smtp; 550 5.1.1 <anna@example.com>: mailbox unknown"


@pytest.fixture(scope="module")
def imap_server() -> Iterator[DovecotServer]:
    try:
        server = DovecotServer.start({BOX: PASSWORD})
    except dovecot.ServerMissing as exc:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI must test delivery reports, but {exc}", pytrace=False)
        pytest.skip(str(exc))
    yield server
    server.stop()


def imap_of(server: DovecotServer) -> ImapSettings:
    from ledgerpost.domain.smtp import Security

    return ImapSettings(HOST, server.imaps_port, Security.SSL, BOX, str(server.certificate.ca_file))


@pytest.fixture
def shop(
    demo_ledger: Ledger, smtp_server: SmtpTestServer, imap_server: DovecotServer
) -> Iterator[tuple[Ledger, RealQueue, ImapSettings]]:
    """Sent messages through a real SMTP server; the account's mailbox on a real Dovecot,
    emptied first (the server lives for the module)."""
    with memory_keyring():
        connect(demo_ledger, smtp_server)
        made = real_queue(demo_ledger, smtp_server)
        names = [a.name for a in mail_accounts.accounts(demo_ledger)] or ["default"]
        imap = imap_of(imap_server)
        account = mailbox_settings.MailboxAccount(names[0], imap)
        assert mailbox_settings.save(demo_ledger, account) == []
        mailbox_settings.save_password(demo_ledger, names[0], PASSWORD)
        with Mailbox.open(imap, password=PASSWORD) as box:
            _status, count = box._imap.select(quoted("INBOX"))
            if count and count[0] not in (b"0", None):
                box._imap.store("1:*", "+FLAGS.SILENT", r"(\Deleted)")
                box._imap.expunge()
        yield demo_ledger, made, imap


def dsn(message_id: str, recipient: str, action: str = "failed") -> bytes:
    status = {"failed": "5.1.1", "delayed": "4.4.1"}.get(action, "2.0.0")
    return f"""\
From: MAILER-DAEMON@example.com
To: billing@example.com
Subject: Delivery Status Notification
Message-ID: {email.utils.make_msgid(domain="mx.example.com")}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: text/plain

Your message could not be delivered.

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.com

Final-Recipient: rfc822; {recipient}
Action: {action}
Status: {status}
Diagnostic-Code: {REASON if action == "failed" else "smtp; 250 2.0.0 OK"}

--b
Content-Type: text/rfc822-headers

Message-ID: {message_id}
Subject: Invoice

--b--
""".replace("\n", "\r\n").encode()


def append(imap: ImapSettings, *messages: bytes) -> None:
    with Mailbox.open(imap, password=PASSWORD) as box:
        for raw in messages:
            status, said = box._imap.append(quoted("INBOX"), "", None, raw)
            assert status == "OK", said


def entry_of(ledger: Ledger, outbox_id: int) -> outbox.OutboxEntry:
    return next(e for e in outbox.entries(ledger) if e.id == outbox_id)


def page_on(qtbot: QtBot, ledger: Ledger, runner: Runner) -> SentReportPage:
    page = SentReportPage(AppContext(ledger, runner))
    qtbot.addWidget(page)
    today = utcnow().date()
    page.date_from.setDate(QDate(today.year, today.month, 1))
    page.date_to.setDate(QDate(today.year, today.month, today.day))
    page.show()
    qtbot.waitUntil(lambda: page.report is not None, timeout=30_000)
    return page


def cell(page: SentReportPage, row: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    column = page.model.COLUMNS.index("delivery")
    return page.model.data(page.model.index(row, column), role)


def test_the_sent_report_shows_each_state_and_filters_the_bounced(
    qtbot: QtBot, shop: tuple[Ledger, RealQueue, ImapSettings], runner: Runner
) -> None:
    ledger, made, imap = shop
    bounced, delivered = made.sent
    append(
        imap,
        dsn(entry_of(ledger, bounced).message_id, "anna@example.com"),
        dsn(entry_of(ledger, delivered).message_id, "jaan@example.com", "delivered"),
    )
    found = mailbox_check.check_mailbox(ledger)
    assert (found.bounced, found.delivered) == (1, 1)

    page = page_on(qtbot, ledger, runner)
    ids = [int(page.model.row(r)["id"]) for r in range(page.model.rowCount())]
    states = {i: cell(page, r) for r, i in enumerate(ids)}
    assert states[bounced] == "Bounced" and states[delivered] == "Delivered"
    assert states[made.failed] == "" and states[made.waiting] == ""
    row = ids.index(bounced)
    tip = str(cell(page, row, Qt.ItemDataRole.ToolTipRole))
    assert "anna@example.com: Bounced" in tip and "mailbox unknown" in tip
    assert "boss@example.org: Accepted by the server" in tip
    assert cell(page, row, Qt.ItemDataRole.ForegroundRole) is not None
    assert "Bounced: 1" in page.counts.text() and "Delivered: 1" in page.counts.text()

    page.outcome.setCurrentIndex(page.outcome.findData("bounced"))
    assert page.model.rowCount() == 1 and int(page.model.row(0)["id"]) == bounced
    page.outcome.setCurrentIndex(0)
    assert page.model.rowCount() == len(ids)

    view = outbox_view.message_view(ledger, bounced)
    assert view is not None
    dialog = MessageViewDialog(view, entry_of(ledger, bounced))
    qtbot.addWidget(dialog)
    assert dialog.summary["Delivery"].text() == "Bounced"
    assert "5.1.1" in dialog.summary["Report"].text()
    assert "mailbox unknown" in dialog.summary["Report"].text()


def test_the_party_card_marks_a_bounced_address_and_clears_it(
    qtbot: QtBot, shop: tuple[Ledger, RealQueue, ImapSettings], runner: Runner
) -> None:
    ledger, made, imap = shop
    entry = entry_of(ledger, made.sent[1])
    assert entry.party_id is not None
    party = ledger.party(entry.party_id)
    address = party.emails[0].address
    append(imap, dsn(entry.message_id, address))
    assert mailbox_check.check_mailbox(ledger).bounced == 1

    marks = BounceMarks(AppContext(ledger, runner), entry.party_id)
    qtbot.addWidget(marks)
    qtbot.waitUntil(lambda: bool(marks.marks), timeout=30_000)
    assert [m.address for m in marks.marks] == [address]
    assert not marks.isHidden()
    qtbot.mouseClick(marks.clear_buttons[address], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not marks.marks and marks.isHidden(), timeout=30_000)
    assert mailbox_check.bounced_addresses(ledger, entry.party_id) == []


def test_the_background_round_reports_once_and_refreshes(
    qtbot: QtBot, shop: tuple[Ledger, RealQueue, ImapSettings], runner: Runner
) -> None:
    ledger, made, imap = shop
    context = AppContext(ledger, runner)
    watch = MailboxWatch(context)
    watch.plan()
    qtbot.waitUntil(watch.timer.isActive, timeout=30_000)
    assert watch.timer.interval() == 15 * 60_000
    append(
        imap,
        dsn(entry_of(ledger, made.sent[0]).message_id, "anna@example.com"),
        dsn(entry_of(ledger, made.sent[1]).message_id, "jaan@example.com", "delivered"),
    )
    said: list[str] = []
    watch.found.connect(said.append)
    with qtbot.waitSignal(context.changes.outbox, timeout=30_000):
        watch.timer.timeout.emit()  # the timer's tick, without waiting 15 minutes
    assert said == ["1 delivered, 1 bounced"]

    name = mailbox_settings.names(ledger)[0]
    mailbox_settings.save_password(ledger, name, "wrong")
    for _ in range(2):
        watch.tick()
        qtbot.waitUntil(lambda: not watch.checking, timeout=30_000)
    assert len(said) == 2 and said[1].startswith(f"Mailbox {name} not checked")
    assert "wrong" not in said[1]


def test_an_address_field_marks_its_bounced_addresses(qtbot: QtBot) -> None:
    from ledgerpost.domain.addresses import Field
    from ledgerpost.domain.problems import Problem
    from ledgerpost.gui.widgets.address_field import AddressField

    to = AddressField(Field.TO, "To")
    qtbot.addWidget(to)
    to.setText("anna@example.com, jaan@example.com")
    warning = Problem.of(
        "warn-bounced", "to", address="anna@example.com", status="5.1.1", when="2026-12-01"
    )
    other = Problem.of(
        "warn-bounced", "cc", address="boss@example.org", status="5.1.1", when="2026-12-01"
    )
    to.show_bounced([warning, other])
    assert not to.bounced.isHidden()
    assert "anna@example.com" in to.bounced.text() and "boss" not in to.bounced.text()
    assert to.problems() == ()  # a warning: the message may still go
    to.show_bounced([])
    assert to.bounced.isHidden()

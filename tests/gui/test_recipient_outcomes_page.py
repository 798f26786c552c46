"""The window shows a partly refused message as such: "1 of 3 accepted" in the queue and the sent
report, each address's answer in the tooltips, the details and the message view, and the
refused To/CC addresses beside the document's earlier sends; without the contact right, the
counts but no address. A real aiosmtpd refuses the CC and the BCC (554)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from ledgerpost.domain.users import Right
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.message_view_dialog import MessageViewDialog
from ledgerpost.gui.mail.outbox_page import OutboxPage
from ledgerpost.gui.mail.send_head import EarlierSends
from ledgerpost.gui.mail.sent_report_page import SentReportPage
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import outbox, outbox_view, send_form
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest
from tests.helpers import mail_queue
from tests.helpers.mail_queue import connected, send_partly_refused
from tests.helpers.smtp_server import SmtpTestServer
from tests.helpers.users import as_user, without

TO, CC, BCC = mail_queue.PARTLY_TO, mail_queue.PARTLY_CC, mail_queue.PARTLY_BCC
WAIT = 30_000


@pytest.fixture
def partly_sent(demo_ledger: Ledger, smtp_server: SmtpTestServer) -> Iterator[int]:
    with connected(demo_ledger, smtp_server):
        yield send_partly_refused(demo_ledger, smtp_server)


def queue_page(qtbot: QtBot, ledger: Ledger, runner: Runner, **context: object) -> OutboxPage:
    page = OutboxPage(AppContext(ledger, runner, **context))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads > 0 and not page._loading, timeout=WAIT)
    return page


def test_the_queue_says_one_of_three_accepted_and_which_were_refused(
    qtbot: QtBot, demo_ledger: Ledger, partly_sent: int, runner: Runner
) -> None:
    page = queue_page(qtbot, demo_ledger, runner)
    model, column = page.model, page.model.COLUMNS.index
    row = model.row_of(partly_sent)
    assert row is not None
    assert model.index(row, column("status")).data() == "Sent · 1 of 3 accepted"
    tip = model.index(row, column("to")).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == [
        f"To {TO}: accepted",
        f"CC {CC}: refused – 554 5.7.1 Relaying denied",
        f"BCC {BCC}: refused – 554 5.7.1 Relaying denied",
    ]
    page.table.selectRow(row)
    details = page.details.text()
    assert "1 of 3 accepted" in details and f"CC {CC}: refused – 554" in details


def test_without_the_contact_right_the_queue_shows_the_count_but_no_address(
    qtbot: QtBot, demo_ledger: Ledger, partly_sent: int, runner: Runner
) -> None:
    clerk = as_user("clerk", without(Right.SEE_CONTACTS))
    page = queue_page(qtbot, demo_ledger, runner, session=clerk)
    model, column = page.model, page.model.COLUMNS.index
    row = model.row_of(partly_sent)
    assert row is not None
    assert model.index(row, column("status")).data() == "Sent · 1 of 3 accepted"
    page.table.selectRow(row)
    shown = [
        page.details.text(),
        *(model.index(row, c).data() or "" for c in range(model.columnCount())),
        *(
            model.index(row, c).data(Qt.ItemDataRole.ToolTipRole) or ""
            for c in range(model.columnCount())
        ),
    ]
    assert not any(address in text for text in shown for address in (TO, CC, BCC))


def test_the_sent_report_page_shows_the_outcome_of_each_recipient(
    qtbot: QtBot, demo_ledger: Ledger, partly_sent: int, runner: Runner
) -> None:
    page = SentReportPage(AppContext(demo_ledger, runner))
    qtbot.addWidget(page)
    today = utcnow().date()
    page.date_from.setDate(QDate(today.year, today.month, 1))
    page.date_to.setDate(QDate(today.year, today.month, today.day))
    page.show()
    qtbot.waitUntil(lambda: page.report is not None, timeout=WAIT)
    model = page.model
    row = next(r for r in range(model.rowCount()) if model.row(r)["id"] == str(partly_sent))
    column = model.COLUMNS.index
    assert model.index(row, column("status")).data() == "Sent · 1 of 3 accepted"
    tip = model.index(row, column("to")).data(Qt.ItemDataRole.ToolTipRole)
    assert f"BCC {BCC}: refused – 554" in tip and f"To {TO}: accepted" in tip


def test_the_message_view_lists_the_servers_answer_per_address(
    qtbot: QtBot, demo_ledger: Ledger, partly_sent: int
) -> None:
    view = outbox_view.message_view(demo_ledger, partly_sent)
    assert view is not None
    entry = next(e for e in outbox.entries(demo_ledger) if e.id == partly_sent)
    dialog = MessageViewDialog(view, entry)
    qtbot.addWidget(dialog)
    lines = dialog.summary["Outcomes"].text().splitlines()
    assert lines[0] == f"To {TO}: accepted"
    assert lines[1:] == [
        f"CC {CC}: refused – 554 5.7.1 Relaying denied",
        f"BCC {BCC}: refused – 554 5.7.1 Relaying denied",
    ]


def test_the_documents_earlier_sends_name_the_refused_copy_but_never_the_bcc(
    qtbot: QtBot, demo_ledger: Ledger, partly_sent: int
) -> None:
    entry = next(e for e in outbox.entries(demo_ledger) if e.id == partly_sent)
    form = send_form.load(demo_ledger, SendRequest(document_id=entry.document_id))
    earlier = EarlierSends()
    qtbot.addWidget(earlier)
    earlier.show_earlier(form.earlier)
    text = earlier.earlier.text()
    assert f"to {TO}" in text
    assert f"1 of 2 accepted. CC {CC}: refused – 554 5.7.1 Relaying denied" in text
    assert BCC not in text

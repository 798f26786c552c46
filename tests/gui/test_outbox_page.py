"""The email queue lists real deliveries and lets the bookkeeper act only where the rules allow."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ledgerpost.domain.credits import TRIAL_CREDITS
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.outbox_page import OutboxPage
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import credits, outbox, outbox_view
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.printing import print_document
from tests.helpers.mail_queue import REFUSED, RealQueue, connect, real_queue
from tests.helpers.memory_keyring import memory_keyring
from tests.helpers.outbox_rows import add_messages
from tests.helpers.smtp_server import SmtpTestServer

S = OutboxStatus


@pytest.fixture
def queue_made(demo_ledger: Ledger, smtp_server: SmtpTestServer) -> Iterator[RealQueue]:
    with memory_keyring():
        connect(demo_ledger, smtp_server)
        yield real_queue(demo_ledger, smtp_server)


def page_on(qtbot: QtBot, ledger: Ledger, runner: Runner) -> OutboxPage:
    page = OutboxPage(AppContext(ledger, runner))
    qtbot.addWidget(page)
    page.show()
    wait_loaded(qtbot, page)
    return page


def wait_loaded(qtbot: QtBot, page: OutboxPage) -> None:
    qtbot.waitUntil(lambda: page.loads > 0 and not page._loading, timeout=5000)


def status_of(page: OutboxPage, outbox_id: int) -> OutboxStatus:
    row = page.model.row_of(outbox_id)
    assert row is not None
    return page.model.entry(row).status


def enabled(page: OutboxPage) -> set[str]:
    return {a.text() for a in page.queue_actions.in_order if a.isEnabled()}


def test_the_queue_lists_every_state_with_its_icon_and_the_servers_reply(
    qtbot: QtBot, demo_ledger: Ledger, queue_made: RealQueue, runner: Runner
) -> None:
    page = page_on(qtbot, demo_ledger, runner)
    model = page.model
    assert model.rowCount() == 6
    shown = {model.entry(r).id: r for r in range(model.rowCount())}
    assert status_of(page, queue_made.sent[0]) is S.SENT
    assert status_of(page, queue_made.failed) is S.FAILED
    assert status_of(page, queue_made.uncertain) is S.UNCERTAIN
    assert status_of(page, queue_made.waiting) is S.QUEUED
    assert status_of(page, queue_made.held) is S.HELD
    failed = shown[queue_made.failed]
    column = model.COLUMNS.index
    assert model.index(failed, column("status")).data() == "Failed"
    assert not model.index(failed, column("status")).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(failed, column("to")).data() == REFUSED
    assert "550" in model.index(failed, column("reply")).data()
    assert model.index(failed, column("attempts")).data() == "1"
    sent = shown[queue_made.sent[0]]
    assert model.index(sent, column("reply")).data().startswith("250")
    assert model.index(sent, column("to")).data() == "anna@example.com (+1)"
    assert "CC: boss@example.org" in model.index(sent, column("to")).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert model.index(sent, column("document")).data().startswith("Sales invoice INV-")
    assert model.index(shown[queue_made.held], column("next")).data() != ""
    assert page.status_filter.itemText(0) == "All messages (6)"
    page.select_ids([queue_made.failed])
    details = page.details.text()
    assert "Failed" in details and REFUSED in details and "550" in details
    assert "cancel this message and send the document again" in details

    page.status_filter.setCurrentIndex(1)  # needs attention
    wait_loaded(qtbot, page)
    assert {model.entry(r).id for r in range(model.rowCount())} == {
        queue_made.failed,
        queue_made.uncertain,
    }


def test_actions_follow_the_state_machine(
    qtbot: QtBot, demo_ledger: Ledger, queue_made: RealQueue, runner: Runner
) -> None:
    page = page_on(qtbot, demo_ledger, runner)
    page.select_ids([queue_made.sent[0]])
    assert enabled(page) == {"Open document", "View message"}
    page.select_ids([queue_made.failed])
    assert enabled(page) == {"Send again", "Cancel sending", "Open document", "View message"}
    page.select_ids([queue_made.uncertain])
    assert enabled(page) == {
        "Send again",
        "Cancel sending",
        "Mark as sent…",
        "Open document",
        "View message",
    }
    page.select_ids([queue_made.held])
    assert enabled(page) == {"Send now", "Cancel sending", "Open document", "View message"}
    page.select_ids([queue_made.waiting])
    assert enabled(page) == {"Cancel sending", "Open document", "View message"}
    page.select_ids([queue_made.sent[0], queue_made.failed])
    assert enabled(page) == {"Send again", "Cancel sending"}
    assert [a.text() for a in page.context_menu().actions() if not a.isSeparator()] == [
        a.text() for a in page.queue_actions.in_order
    ]


def test_retry_cancel_send_now_and_mark_sent_change_the_status(
    qtbot: QtBot, demo_ledger: Ledger, queue_made: RealQueue, runner: Runner
) -> None:
    page = page_on(qtbot, demo_ledger, runner)
    asked: list[str] = []
    page.queue_actions.confirm = lambda title, text, yes: asked.append(text) or True  # type: ignore[method-assign]
    woken: list[bool] = []
    page.delivery_wanted.connect(lambda: woken.append(True))

    def act(ids: list[int], action: str, expected: OutboxStatus) -> None:
        page.select_ids(ids)
        getattr(page.queue_actions, action)()
        qtbot.waitUntil(lambda: all(status_of(page, i) is expected for i in ids), timeout=5000)

    act([queue_made.failed], "retry", S.QUEUED)
    assert woken == [True]
    assert "will be sent again" in page.notice.text()
    act([queue_made.held], "send_now", S.QUEUED)
    act([queue_made.waiting, queue_made.failed], "cancel", S.CANCELLED)
    assert "2 messages will not be sent" in asked[-1]

    balance = credits.balance(demo_ledger)
    act([queue_made.uncertain], "mark_sent", S.SENT)
    assert "one credit is spent" in asked[-1]
    assert credits.balance(demo_ledger) == balance - 1
    assert {e.id: e.status for e in outbox.entries(demo_ledger)}[queue_made.uncertain] is S.SENT


def test_marking_sent_without_a_credit_left_is_refused_plainly(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    *others, last = add_messages(ledger, TRIAL_CREDITS + 1, status=S.UNCERTAIN)
    for outbox_id in others:
        outbox.mark_sent(ledger, outbox_id)
    assert credits.balance(ledger) == 0
    page = page_on(qtbot, ledger, runner)
    page.queue_actions.confirm = lambda *_: True  # type: ignore[method-assign]
    page.select_ids([last])
    page.queue_actions.mark_sent()
    qtbot.waitUntil(lambda: page.notice.text() != "", timeout=5000)
    assert page.notice.text() == f"message {last}: no credit left"
    assert status_of(page, last) is S.UNCERTAIN
    assert page.queue_actions.mark_sent_action.isEnabled()


def test_a_message_that_moved_meanwhile_is_refused_with_the_reason(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    (first,) = add_messages(ledger, 1, status=S.FAILED)
    page = page_on(qtbot, ledger, runner)
    page.queue_actions.confirm = lambda *_: True  # type: ignore[method-assign]
    page.select_ids([first])
    outbox.cancel(ledger, first)  # another desk was quicker
    page.queue_actions.retry()
    qtbot.waitUntil(lambda: page.notice.text() != "", timeout=5000)
    assert f"message {first}" in page.notice.text()
    assert "cancelled" in page.notice.text()
    qtbot.waitUntil(lambda: status_of(page, first) is S.FAILED, timeout=5000)


def test_view_message_shows_the_stored_subject_and_attachment(
    qtbot: QtBot,
    demo_ledger: Ledger,
    queue_made: RealQueue,
    smtp_server: SmtpTestServer,
    runner: Runner,
) -> None:
    page = page_on(qtbot, demo_ledger, runner)
    page.select_ids([queue_made.sent[0]])
    page.queue_actions.view_message()
    qtbot.waitUntil(lambda: page.queue_actions.message_dialog is not None, timeout=5000)
    dialog = page.queue_actions.message_dialog
    assert dialog is not None
    stored = outbox_view.stored_mime(demo_ledger, queue_made.sent[0])
    assert stored is not None
    assert any(stored.rstrip() == m.data.rstrip() for m in smtp_server.received)
    entry = {e.id: e for e in outbox.entries(demo_ledger)}[queue_made.sent[0]]
    assert entry.document_id is not None
    assert dialog.summary["Subject"].text() == entry.subject
    assert dialog.summary["Cc"].text() == "boss@example.org"
    assert dialog.attachments.rowCount() == 1
    pdf_name = print_document(demo_ledger, entry.document_id).file_name
    assert dialog.attachments.item(0, 0).text() == pdf_name
    assert dialog.attachments.item(0, 2).text().lower().endswith("kb")  # the locale's way
    assert dialog.windowTitle() == f"Message as sent — {entry.subject}"
    assert dialog.size_label.text().endswith(" as handed to the server")
    assert "INV-" in dialog.text.toPlainText()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_view_message_before_it_was_composed_says_so(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    (first,) = add_messages(ledger, 1)
    page = page_on(qtbot, ledger, runner)
    page.select_ids([first])
    page.queue_actions.view_message()
    qtbot.waitUntil(lambda: "not been put together" in page.notice.text(), timeout=5000)
    assert page.queue_actions.message_dialog is None


def test_a_message_composed_as_it_was_queued_is_shown_before_it_is_sent(
    qtbot: QtBot, demo_ledger: Ledger, runner: Runner
) -> None:
    """Its print copy stored, it is composed as it is queued: the view shows it as it will go,
    its Date the time it is first sent."""
    from ledgerpost.services.sending import SendRequest, queue
    from tests.helpers.mail_queue import posted_invoices

    document_id = posted_invoices(demo_ledger)[0]
    copy = print_document(demo_ledger, document_id)
    result = queue(demo_ledger, SendRequest(document_id=document_id, to="books@example.com"))
    assert result.outbox_id is not None, result.preflight.problems
    page = page_on(qtbot, demo_ledger, runner)
    page.select_ids([result.outbox_id])
    page.queue_actions.view_message()
    qtbot.waitUntil(lambda: page.queue_actions.message_dialog is not None, timeout=5000)
    dialog = page.queue_actions.message_dialog
    assert dialog is not None
    assert dialog.summary["Date"].text() == "when it is first sent"
    assert dialog.windowTitle().startswith("Message as it will be sent — ")
    assert "the Date line is added when it is first sent" in dialog.size_label.text()
    assert "books@example.com" in dialog.summary["To"].text()
    assert dialog.attachments.item(0, 0).text() == copy.file_name
    dialog.close()


def test_open_document_names_the_document(
    qtbot: QtBot, demo_ledger: Ledger, queue_made: RealQueue, runner: Runner
) -> None:
    page = page_on(qtbot, demo_ledger, runner)
    page.select_ids([queue_made.failed])
    with qtbot.waitSignal(page.open_document) as signal:
        page.queue_actions.open_action.trigger()
    entry = page.model.entry(page.model.row_of(queue_made.failed) or 0)
    assert signal.args == [entry.document_id]


def test_the_list_follows_changes_from_elsewhere(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    page = page_on(qtbot, ledger, runner)
    assert page.model.rowCount() == 0 and page.status_filter.itemText(0) == "All messages (0)"
    add_messages(ledger, 3)
    page.context.changes.outbox.emit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    assert page.summary.text() == "3 messages"

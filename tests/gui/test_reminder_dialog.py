"""The reminder run in the window: the preview of a real ledger file (each customer's level,
invoices, open amount, fee and addresses; everyone left out with the reason), Send queues
exactly the previewed reminders and a real SMTP server receives them with live counts, and a
second run the same day (another desk's preview) queues nothing new."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.mail_accounts import MailAccount
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.users import Right
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.background_delivery import BackgroundDelivery
from ledgerpost.gui.mail.reminder_dialog import ReminderDialog
from ledgerpost.gui.main_window import MainWindow
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import credits, mail_accounts, outbox, reminders
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from tests.helpers.reminder_books import DUE, LEFT_OUT, TODAY, make_reminder_books
from tests.helpers.smtp_server import TEST_PASSWORD, TEST_USER, SmtpTestServer
from tests.helpers.users import as_user, without

WAIT_MS = 60_000
S = OutboxStatus


@pytest.fixture(scope="module")
def books_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("reminder-gui") / "books.sqlite3"
    make_reminder_books(path).close()
    return path


@pytest.fixture
def books(books_template: Path, tmp_path: Path) -> Iterator[Ledger]:
    path = tmp_path / "books.sqlite3"
    path.write_bytes(books_template.read_bytes())
    ledger = Ledger.open(str(path))
    yield ledger
    ledger.close()


@pytest.fixture
def dialogs(qtbot: QtBot) -> Iterator[list[ReminderDialog]]:
    """Dialogs made by the test; at the end, no background work of theirs is left running."""
    made: list[ReminderDialog] = []
    yield made
    for dialog in made:
        dialog.running.shut()
        dialog.context.runner.wait()


def open_dialog(
    qtbot: QtBot,
    dialogs: list[ReminderDialog],
    ledger: Ledger,
    delivery: BackgroundDelivery | None = None,
) -> ReminderDialog:
    dialog = ReminderDialog(AppContext(ledger, Runner()), delivery)
    qtbot.addWidget(dialog)
    dialogs.append(dialog)
    dialog.show()
    return dialog


def preview(qtbot: QtBot, dialog: ReminderDialog) -> None:
    dialog.last_preview = None
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_preview is not None, timeout=WAIT_MS)


def table(dialog: ReminderDialog, which: str) -> list[list[str]]:
    found = dialog.reminders if which == "reminders" else dialog.skipped
    return [
        [found.item(row, col).text() for col in range(found.columnCount())]
        for row in range(found.rowCount())
    ]


def test_the_preview_names_each_reminder_and_everyone_left_out(
    qtbot: QtBot, books: Ledger, dialogs: list[ReminderDialog]
) -> None:
    dialog = open_dialog(qtbot, dialogs, books)
    assert dialog.day() == TODAY and not dialog.send_button.isEnabled()
    preview(qtbot, dialog)
    assert dialog.summary.text() == (
        "3 reminders to send · open: 573.40 EUR · cost: 3 credits · available: 5 credits"
    )
    assert dialog.credit_warning.text() == ""
    assert table(dialog, "reminders") == [
        ["Aino Kask", "1", "INV-1, INV-2", "16", "170.80 EUR", "—", "aino@example.com"],
        ["Brandt & Söhne GmbH", "2", "INV-3", "36", "305.00 EUR", "5.00 EUR", "brandt@example.com"],
        [
            "Northwind Traders Ltd",
            "1",
            "INV-4",
            "8",
            "97.60 EUR",
            "—",
            "northwind@example.com (copies: accounts@northwind.example)",
        ],
    ]
    assert [row[0] for row in table(dialog, "reminders")] == DUE
    assert dialog.skipped_label.text() == "Left out: 5 customers, with the reason"
    assert table(dialog, "skipped") == [
        ["Already Reminded OÜ", "73.20 EUR", "already reminded at this level"],
        ["Dispute Partners", "109.80 EUR", "in dispute (the customer or its overdue invoices)"],
        ["Never Remind AS", "85.40 EUR", "marked “never send reminders” on the card"],
        ["No Address Ltd", "67.10 EUR", "no valid e-mail address on the customer's card"],
        ["Small Change SRL", "3.66 EUR", "owes less than the minimum amount for reminders"],
    ]
    assert sorted(LEFT_OUT) == [row[0] for row in table(dialog, "skipped")]
    assert dialog.send_button.isEnabled()

    dialog.as_of.setDate(dialog.as_of.date().addDays(-20))  # another day: preview again
    assert dialog.last_preview is None and not dialog.send_button.isEnabled()
    preview(qtbot, dialog)  # 20 days ago only Brandt's invoice was overdue, reminded since
    assert dialog.last_preview is not None and dialog.last_preview.count == 0
    assert dialog.summary.text().startswith("No reminder is due on this day · cost: 0 credits")
    assert table(dialog, "reminders") == []
    assert [row[0] for row in table(dialog, "skipped")] == ["Brandt & Söhne GmbH"]
    assert not dialog.send_button.isEnabled()


@pytest.fixture
def delivering(books: Ledger, smtp_server: SmtpTestServer) -> Ledger:
    s = smtp_server.settings()
    errors = settings_service.save(
        books,
        {
            "smtp.host": s.host,
            "smtp.port": s.port,
            "smtp.security": s.security.value,
            "smtp.user": s.user,
            "smtp.ca_file": s.ca_file,
        },
    )
    assert errors == []
    credits.add(books, 100, "TEST", "test")
    return books


def test_send_queues_exactly_the_previewed_reminders_and_a_second_run_queues_none(
    qtbot: QtBot, delivering: Ledger, smtp_server: SmtpTestServer, dialogs: list[ReminderDialog]
) -> None:
    delivery = BackgroundDelivery(delivering, lambda smtp: TEST_PASSWORD)
    first = open_dialog(qtbot, dialogs, delivering, delivery)
    second = open_dialog(qtbot, dialogs, delivering)  # another desk, the same day
    preview(qtbot, first)
    preview(qtbot, second)
    previewed = first.last_preview
    assert previewed is not None and previewed.count == 3
    before = {e.id for e in outbox.entries(delivering)}  # the earlier runs' held reminders
    delivery.start()
    try:
        qtbot.mouseClick(first.send_button, Qt.MouseButton.LeftButton)
        assert not first.send_button.isEnabled() and first.running.isVisible()
        qtbot.waitUntil(lambda: len(smtp_server.received) == 3, timeout=WAIT_MS)
        qtbot.waitUntil(
            lambda: first.running.last_counts is not None and first.running.last_counts.sent == 3,
            timeout=WAIT_MS,
        )
    finally:
        delivery.stop()
    run = first.last_run
    assert run is not None and run.queued == 3 and not run.stopped
    assert first.notice.text() == "3 reminders put in the outbox."
    assert first.running.progress_label.text().startswith("Sent: 3 · Waiting: 0 · Failed: 0")
    assert first.running.title() == f"Batch {run.batch_id}"

    queued = [e for e in outbox.entries(delivering) if e.id not in before]
    assert len(queued) == 3 and {e.batch_id for e in queued} == {run.batch_id}
    assert {e.party_id for e in queued} == {r.party_id for r in previewed.rows}
    assert {e.status for e in queued} == {S.SENT}
    kinds = {delivering.document(e.document_id).type for e in queued if e.document_id}
    assert kinds == {DocumentType.REMINDER}
    received = {
        tuple(sorted(m.rcpt_tos)): email.message_from_bytes(m.data, policy=email.policy.default)
        for m in smtp_server.received
    }
    assert sorted(received) == [
        ("accounts@northwind.example", "northwind@example.com"),
        ("aino@example.com",),
        ("brandt@example.com",),
    ]
    brandt = received[("brandt@example.com",)]
    assert "INV-3" in brandt.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]

    # The other desk's preview is out of date: its Send queues nothing twice.
    assert second.send_button.isEnabled()
    qtbot.mouseClick(second.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: second.last_run is not None, timeout=WAIT_MS)
    assert second.last_run is not None and second.last_run.queued == 0
    assert "3 previewed reminders were not queued" in second.notice.text()
    assert len([e for e in outbox.entries(delivering) if e.id not in before]) == 3
    assert len(smtp_server.received) == 3

    preview(qtbot, first)  # and a new preview sees everyone reminded at their level
    assert first.last_preview is not None and first.last_preview.count == 0
    assert first.summary.text().startswith("No reminder is due on this day")
    reasons = {row[0]: row[2] for row in table(first, "skipped")}
    assert all(reasons[name] == "already reminded at this level" for name in DUE)
    assert not first.send_button.isEnabled()


def test_a_run_from_another_account_goes_through_that_accounts_server(
    qtbot: QtBot,
    delivering: Ledger,
    smtp_server: SmtpTestServer,
    smtp_server_factory: Callable[..., SmtpTestServer],
    dialogs: list[ReminderDialog],
) -> None:
    second = smtp_server_factory(starttls=True, user=TEST_USER, password=TEST_PASSWORD)
    smtp = second.settings(from_address="billing@example.com")
    assert mail_accounts.add(delivering, MailAccount("billing", "custom", smtp)) == []
    delivery = BackgroundDelivery(delivering, lambda smtp: TEST_PASSWORD)
    dialog = open_dialog(qtbot, dialogs, delivering, delivery)
    combo = dialog.account
    qtbot.waitUntil(lambda: combo.count() == 3, timeout=WAIT_MS)
    assert combo.isVisibleTo(dialog) and combo.currentData() is None  # each its usual one
    combo.setCurrentIndex(combo.findData("billing"))
    preview(qtbot, dialog)
    delivery.start()
    try:
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(second.received) == 3, timeout=WAIT_MS)
        qtbot.waitUntil(
            lambda: dialog.running.last_counts is not None and dialog.running.last_counts.sent == 3,
            timeout=WAIT_MS,
        )
    finally:
        delivery.stop()
    assert smtp_server.received == []
    assert {m.mail_from for m in second.received} == {"billing@example.com"}


def test_pause_and_cancel_a_reminder_run_and_a_cancelled_reminder_goes_again(
    qtbot: QtBot, books: Ledger, dialogs: list[ReminderDialog], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, dialogs, books)  # no delivery: the messages wait
    preview(qtbot, dialog)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.running.last_counts is not None, timeout=WAIT_MS)
    assert dialog.running.last_counts.waiting == 3  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.running.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.running.last_counts is not None and dialog.running.last_counts.held == 3,
        timeout=WAIT_MS,
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.running.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            dialog.running.last_counts is not None and dialog.running.last_counts.cancelled == 3
        ),
        timeout=WAIT_MS,
    )
    assert "finished" in dialog.running.progress_label.text()
    preview(qtbot, dialog)  # a cancelled reminder counts as never sent
    assert dialog.last_preview is not None and dialog.last_preview.count == 3


def test_the_mail_menu_opens_the_run_only_with_the_right_to_send(
    qtbot: QtBot, books: Ledger, dialogs: list[ReminderDialog]
) -> None:
    window = MainWindow(books)
    qtbot.addWidget(window)
    assert window.remind_action in window.mail_menu.actions()
    assert window.remind_action.text() == "Payment &reminders…"
    assert window.remind_action.isEnabled()
    window.remind_action.trigger()
    dialog = window.reminder_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Payment reminders"
    window.remind_action.trigger()
    assert window.reminder_dialog is dialog  # one per window
    dialog.close()
    assert reminders.preview(books, TODAY).count == 3  # nothing was sent by opening it

    clerk = AppContext(books, Runner(), session=as_user("anna", without(Right.SEND_EMAIL)))
    theirs = MainWindow(books, clerk)
    qtbot.addWidget(theirs)
    assert not theirs.remind_action.isEnabled()
    assert "Send email" in theirs.remind_action.toolTip()
    # Even opened, the run refuses them: the service checks the right, the dialog says so.
    refused = ReminderDialog(clerk)
    qtbot.addWidget(refused)
    dialogs.append(refused)
    refused.show()
    qtbot.mouseClick(refused.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(refused.notice.text()), timeout=WAIT_MS)
    assert refused.notice.text().startswith("Anna may not send email")
    assert refused.last_preview is None and not refused.send_button.isEnabled()
    assert refused.preview_button.isEnabled()


def test_a_user_who_may_not_see_contacts_sees_no_address_in_the_preview(
    qtbot: QtBot, books: Ledger, dialogs: list[ReminderDialog]
) -> None:
    clerk = AppContext(books, Runner(), session=as_user("anna", without(Right.SEE_CONTACTS)))
    dialog = ReminderDialog(clerk)
    qtbot.addWidget(dialog)
    dialogs.append(dialog)
    dialog.show()
    preview(qtbot, dialog)
    rows = table(dialog, "reminders")
    assert [row[0] for row in rows] == DUE
    assert {row[6] for row in rows} == {"hidden contact"}
    assert not any("@" in cell for row in rows for cell in row)


def test_a_user_who_may_not_post_previews_but_cannot_send(
    qtbot: QtBot, books: Ledger, dialogs: list[ReminderDialog]
) -> None:
    """Each reminder is a posted document: sending them takes the right to post as well."""
    clerk = AppContext(books, Runner(), session=as_user("anna", without(Right.POST_DOCUMENTS)))
    dialog = ReminderDialog(clerk)
    qtbot.addWidget(dialog)
    dialogs.append(dialog)
    dialog.show()
    preview(qtbot, dialog)
    assert dialog.last_preview is not None and dialog.last_preview.count == 3
    assert not dialog.send_button.isEnabled()
    assert "Post documents" in dialog.send_button.toolTip()

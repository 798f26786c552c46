"""Batch send: preview with every skip and its reason, queueing that can be stopped half-way,
pause, resume, cancel, and live counts while a real server receives the batch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.mail_accounts import MailAccount, Pace
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.background_delivery import BackgroundDelivery
from ledgerpost.gui.mail.batch_dialog import BatchDialog
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import batch, credits, mail_accounts, outbox
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from tests.conftest import AS_OF
from tests.helpers.many_invoices import copy_ledger, make_books
from tests.helpers.smtp_server import TEST_PASSWORD, TEST_USER, SmtpTestServer

WAIT_MS = 30_000

S = OutboxStatus


@pytest.fixture(scope="module")
def books_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_books(tmp_path_factory.mktemp("batch-gui") / "books.sqlite3", count=200)


@pytest.fixture
def books(books_template: Path, tmp_path: Path) -> Iterator[Ledger]:
    """200 posted invoices to ten customers who all have an address."""
    ledger = copy_ledger(books_template, tmp_path / "books.sqlite3")
    yield ledger
    ledger.close()


@pytest.fixture
def dialogs(qtbot: QtBot) -> Iterator[list[BatchDialog]]:
    """Dialogs made by the test; at the end, no background work of theirs is left running."""
    made: list[BatchDialog] = []
    yield made
    for dialog in made:
        dialog.running.shut()
        dialog.context.runner.wait()


def open_dialog(
    qtbot: QtBot,
    dialogs: list[BatchDialog],
    ledger: Ledger,
    delivery: BackgroundDelivery | None = None,
) -> BatchDialog:
    context = AppContext(ledger, Runner())
    dialog = BatchDialog(context, delivery)
    qtbot.addWidget(dialog)
    dialogs.append(dialog)
    dialog.show()
    context.runner.wait()  # the highest number of the type, filled in the range
    qtbot.waitUntil(lambda: dialog.choice.number_to.value() > 1)
    return dialog


def preview(qtbot: QtBot, dialog: BatchDialog) -> None:
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    # Generous: a preview of 200 documents took over 10 s with two CPU hogs beside the tests.
    qtbot.waitUntil(lambda: dialog.last_preview is not None, timeout=60_000)


def send(qtbot: QtBot, dialog: BatchDialog) -> None:
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.running.last_counts is not None, timeout=20_000)


def column(dialog: BatchDialog, col: int) -> list[str]:
    table = dialog.skipped
    return [table.item(row, col).text() for row in range(table.rowCount())]


def test_preview_counts_costs_and_names_every_skipped_document(
    qtbot: QtBot, demo_ledger: Ledger, dialogs: list[BatchDialog]
) -> None:
    dialog = open_dialog(qtbot, dialogs, demo_ledger)
    dialog.choice.by_dates.setChecked(True)
    dialog.choice.date_from.setDate(QDate(2025, 11, 1))
    dialog.choice.date_to.setDate(QDate(AS_OF.year, AS_OF.month, AS_OF.day))
    assert not dialog.send_button.isEnabled()
    preview(qtbot, dialog)

    expected = batch.preview(demo_ledger, DocumentType.INVOICE, dates=(dt.date(2025, 11, 1), AS_OF))
    assert expected.count > expected.balance == 5
    assert dialog.summary.text().startswith(f"{expected.count} messages to send")
    assert f"available: {expected.balance} credits" in dialog.summary.text()
    short = expected.count - 5
    assert dialog.credit_warning.text() == f"{short} messages will wait until credits are added."
    assert dialog.skipped.rowCount() == len(expected.skipped)
    reasons = column(dialog, 2)
    assert reasons.count("not posted yet: drafts are not sent") == 2
    assert column(dialog, 0)[-2:] == [
        f"Draft #{s.document.rsplit(' ', 1)[1]}" for s in expected.skipped[-2:]
    ]
    no_address = [r for r in reasons if r.startswith("no valid e-mail address")]
    assert len(no_address) == len(expected.skipped) - 2 > 0
    assert all(column(dialog, 1))  # whose card to fix
    assert dialog.send_button.isEnabled()

    dialog.choice.date_from.setDate(QDate(2026, 9, 1))  # a changed choice needs a new preview
    assert not dialog.send_button.isEnabled() and dialog.last_preview is None


def test_statements_go_by_date_range(
    qtbot: QtBot, demo_ledger: Ledger, dialogs: list[BatchDialog]
) -> None:
    dialog = open_dialog(qtbot, dialogs, demo_ledger)
    dialog.choice.type_box.setCurrentIndex(dialog.choice.type_box.count() - 1)
    assert dialog.choice.type_box.currentText() == "Customer statements"
    assert dialog.choice.by_dates.isChecked() and not dialog.choice.by_numbers.isEnabled()
    dialog.choice.date_from.setDate(QDate(2026, 1, 1))
    dialog.choice.date_to.setDate(QDate(2026, 3, 31))
    preview(qtbot, dialog)
    assert dialog.last_preview is not None and dialog.last_preview.count > 0
    reasons = column(dialog, 2)
    assert reasons and all(
        r.startswith("no valid e-mail address on the customer's card") for r in reasons
    )


def test_statements_of_what_is_open_are_a_form_of_their_own(
    qtbot: QtBot, demo_ledger: Ledger, dialogs: list[BatchDialog]
) -> None:
    dialog = open_dialog(qtbot, dialogs, demo_ledger)
    choice = dialog.choice
    assert not choice.form.isVisibleTo(dialog)  # invoices: no statement form to choose
    choice.type_box.setCurrentIndex(choice.type_box.count() - 1)
    assert choice.form.isVisibleTo(dialog) and choice.form.currentData() == "statement"
    choice.date_from.setDate(QDate(2026, 1, 1))
    choice.date_to.setDate(QDate(2026, 3, 31))
    choice.form.setCurrentIndex(choice.form.findData("open-items"))
    assert choice.selection()[5] == "open-items"
    preview(qtbot, dialog)
    assert dialog.last_preview is not None and dialog.last_preview.count > 0
    send(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.running.queueing, timeout=WAIT_MS)
    with demo_ledger.db.read() as s:
        kinds = s.connection().exec_driver_sql("SELECT DISTINCT kind FROM outbox_message")
        assert {str(kind) for (kind,) in kinds} == {"open-items"}


def test_stopping_half_way_keeps_what_was_queued_and_a_second_run_queues_the_rest(
    qtbot: QtBot, books: Ledger, dialogs: list[BatchDialog]
) -> None:
    dialog = open_dialog(qtbot, dialogs, books)
    assert (dialog.choice.number_from.value(), dialog.choice.number_to.value()) == (1, 200)
    preview(qtbot, dialog)
    assert dialog.summary.text().startswith("200 messages to send")

    def stop_half_way(seen: int, total: int) -> None:
        if seen >= 100 and dialog.running.stop_button.isEnabled():
            qtbot.mouseClick(dialog.running.stop_button, Qt.MouseButton.LeftButton)

    dialog.running.relay.moved.connect(stop_half_way)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.running.stop_button.isVisible() and not dialog.send_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.running.last_counts is not None, timeout=20_000)
    dialog.running.relay.moved.disconnect(stop_half_way)

    run = dialog.last_run
    assert run is not None and run.stopped and run.skipped == ()
    assert 100 <= run.queued == run.seen < 200
    assert f"{200 - run.queued} documents were not queued" in dialog.notice.text()
    entries = outbox.entries(books)
    assert len(entries) == run.queued == dialog.running.last_counts.waiting  # type: ignore[union-attr]
    assert all(e.status is S.QUEUED and e.batch_id == run.batch_id for e in entries)
    assert all(e.message_id and e.subject and e.to for e in entries)  # whole, none half-written
    first = {e.document_id for e in entries}

    preview(qtbot, dialog)
    assert dialog.last_preview.count == 200 - run.queued  # type: ignore[union-attr]
    assert column(dialog, 2) == ["already in the outbox"] * run.queued
    send(qtbot, dialog)
    again = dialog.last_run
    assert again is not None and not again.stopped and again.batch_id != run.batch_id
    entries = outbox.entries(books)
    assert len(entries) == 200 and len({e.document_id for e in entries}) == 200
    assert {e.document_id for e in entries if e.batch_id == again.batch_id}.isdisjoint(first)


def test_pause_holds_the_waiting_ones_resume_releases_them_cancel_withdraws_them(
    qtbot: QtBot, books: Ledger, dialogs: list[BatchDialog], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, dialogs, books)
    dialog.choice.number_to.setValue(20)
    preview(qtbot, dialog)
    send(qtbot, dialog)
    assert dialog.running.last_counts is not None and dialog.running.last_counts.waiting == 20
    assert dialog.running.pause_button.isEnabled() and not dialog.running.resume_button.isEnabled()

    qtbot.mouseClick(dialog.running.pause_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.running.last_counts is not None and dialog.running.last_counts.held == 20
    )
    assert {e.status for e in outbox.entries(books)} == {S.HELD}
    assert "Paused: 20" in dialog.running.progress_label.text()
    assert dialog.running.resume_button.isEnabled() and not dialog.running.pause_button.isEnabled()

    qtbot.mouseClick(dialog.running.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.running.last_counts is not None and dialog.running.last_counts.waiting == 20
    )
    assert {e.status for e in outbox.entries(books)} == {S.QUEUED}

    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(dialog.running.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            dialog.running.last_counts is not None and dialog.running.last_counts.cancelled == 20
        )
    )
    assert asked and "20 messages" in asked[0]
    assert {e.status for e in outbox.entries(books)} == {S.CANCELLED}
    assert "finished" in dialog.running.progress_label.text()
    assert not dialog.running.cancel_button.isEnabled()


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


def test_a_batch_delivered_for_real_updates_the_counts_even_after_close(
    qtbot: QtBot, delivering: Ledger, smtp_server: SmtpTestServer, dialogs: list[BatchDialog]
) -> None:
    delivery = BackgroundDelivery(delivering, lambda smtp: TEST_PASSWORD)
    dialog = open_dialog(qtbot, dialogs, delivering, delivery)
    dialog.choice.number_from.setValue(11)
    dialog.choice.number_to.setValue(15)
    preview(qtbot, dialog)
    delivery.start()
    try:
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # close: the batch goes on
        assert not dialog.isVisible()
        qtbot.waitUntil(lambda: len(smtp_server.received) == 5, timeout=20_000)
        dialog.show()
        qtbot.waitUntil(
            lambda: dialog.running.last_counts is not None and dialog.running.last_counts.sent == 5,
            timeout=20_000,
        )
    finally:
        delivery.stop()
    assert dialog.running.progress_label.text().startswith("Sent: 5 · Waiting: 0 · Failed: 0")
    assert dialog.running.progress.value() == dialog.running.progress.maximum() == 5
    assert not dialog.running.timer.isActive()


def test_a_batch_from_another_account_goes_through_that_accounts_server(
    qtbot: QtBot,
    delivering: Ledger,
    smtp_server: SmtpTestServer,
    smtp_server_factory: Callable[..., SmtpTestServer],
    dialogs: list[BatchDialog],
) -> None:
    second = smtp_server_factory(starttls=True, user=TEST_USER, password=TEST_PASSWORD)
    smtp = second.settings(from_address="billing@example.com")
    paced = MailAccount("billing", "custom", smtp, pace=Pace(per_minute=600))
    assert mail_accounts.add(delivering, paced) == []
    delivery = BackgroundDelivery(delivering, lambda smtp: TEST_PASSWORD)
    dialog = open_dialog(qtbot, dialogs, delivering, delivery)
    combo = dialog.choice.account
    qtbot.waitUntil(lambda: combo.count() == 3, timeout=WAIT_MS)
    usual = mail_accounts.default(delivering)
    assert usual is not None and usual.name in [combo.itemData(i) for i in (1, 2)]
    assert combo.currentIndex() == 0 and dialog.choice.account_name() is None  # each its own
    assert combo.isVisibleTo(dialog)
    combo.setCurrentIndex(combo.findData("billing"))
    dialog.choice.number_from.setValue(21)
    dialog.choice.number_to.setValue(23)
    preview(qtbot, dialog)
    assert dialog.last_preview is not None and dialog.last_preview.finish is not None
    assert dialog.last_preview.finish.per_minute == 600  # the chosen account's pace
    assert "from billing:" in dialog.summary.text()
    delivery.start()
    try:
        send(qtbot, dialog)
        qtbot.waitUntil(lambda: len(second.received) == 3, timeout=WAIT_MS)
        qtbot.waitUntil(
            lambda: dialog.running.last_counts is not None and dialog.running.last_counts.sent == 3,
            timeout=WAIT_MS,
        )
    finally:
        delivery.stop()
    assert smtp_server.received == []
    assert {m.mail_from for m in second.received} == {"billing@example.com"}

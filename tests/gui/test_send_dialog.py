"""The send dialog: filled from the card, checked as the user types, and what it queues."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from collections.abc import Iterator
from email.message import EmailMessage

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from ledgerpost.domain.documents import DocumentState, DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.parties import AddressRole, Party
from ledgerpost.domain.smtp import ServerFacts
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.send_dialog import SendDialog, open_send_dialog
from ledgerpost.gui.mail.undo_bar import SentMessage, UndoBar
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import credits, mail_account, outbox
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from tests.helpers.memory_keyring import memory_keyring
from tests.helpers.smtp_server import TEST_PASSWORD, SmtpTestServer
from tests.helpers.users import as_user

# The completion popup: the offscreen plugin cannot raise it or grab the keyboard for it.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard)", extend=True
)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one character at a time (keyClicks aborts on non-ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def invoice_of(ledger: Ledger, want: object = None) -> tuple[int, Party]:
    """A posted invoice whose party has no contact person and passes ``want(party)``."""
    for row in ledger.documents(DocumentFilter(type=DocumentType.INVOICE)):
        party = ledger.party(row.party_id)
        if row.number is None or party.contacts or not party.emails:
            continue
        if want is None or want(party):  # type: ignore[operator]
            return row.id, party
    raise AssertionError("the demo has no such invoice")


@pytest.fixture
def context(demo_ledger: Ledger) -> Iterator[AppContext]:
    ctx = AppContext(demo_ledger, Runner(), session=as_user("mari"))
    yield ctx
    ctx.runner.wait()


def open_dialog(qtbot: QtBot, context: AppContext, document_id: int) -> SendDialog:
    dialog = SendDialog(context, document_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.to.isEnabled() and dialog._checked is not None)
    return dialog


def wait_ready(qtbot: QtBot, dialog: SendDialog) -> None:
    qtbot.waitUntil(dialog.send_button.isEnabled, timeout=5_000)


def retype(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def test_to_is_filled_from_the_card_and_send_is_ready(qtbot: QtBot, context: AppContext) -> None:
    document_id, party = invoice_of(context.ledger)
    dialog = open_dialog(qtbot, context, document_id)
    wait_ready(qtbot, dialog)
    expected = set(party.emails_for(AddressRole.BILLING))
    assert {m.address for m in dialog.to.mailboxes()} == expected
    assert {m.name for m in dialog.to.mailboxes()} == {party.name}
    assert dialog.from_line.isReadOnly() and "@" in dialog.from_line.text()
    assert party.name in dialog.heading.text()
    assert dialog.subject.text() and dialog.body.toPlainText()
    assert "available" in dialog.credits.text() and "costs 1" in dialog.credits.text()
    qtbot.waitUntil(lambda: ".pdf" in dialog.attachments.list.item(0).text())
    assert "kB" in dialog.attachments.list.item(0).text()
    texts = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert "Ready to send." in texts


def test_an_invalid_address_is_red_with_its_reason_and_send_is_refused(
    qtbot: QtBot, context: AppContext
) -> None:
    document_id, _ = invoice_of(context.ledger)
    dialog = open_dialog(qtbot, context, document_id)
    wait_ready(qtbot, dialog)
    retype(qtbot, dialog.to.line, "anna@example")
    qtbot.waitUntil(lambda: bool(dialog.to.problems()))
    assert not dialog.send_button.isEnabled()
    assert dialog.to.line.property("invalid") is True
    assert dialog.to.reasons.isVisible()
    assert "has no dot" in dialog.to.reasons.text()
    assert "has no dot" in dialog.to.line.toolTip()
    qtbot.waitUntil(
        lambda: any(
            "has no dot" in dialog.problems.item(i).text() for i in range(dialog.problems.count())
        )
    )
    dialog.send()  # Ctrl+Return on a refused message does nothing
    context.runner.wait()
    assert outbox.entries(context.ledger) == []
    type_text(dialog.to.line, ".com")
    wait_ready(qtbot, dialog)
    assert dialog.to.problems() == ()
    assert dialog.to.line.property("invalid") is False
    assert not dialog.to.reasons.isVisible()


def test_a_draft_is_refused_with_the_reason(qtbot: QtBot, context: AppContext) -> None:
    draft = next(
        r for r in context.ledger.documents(DocumentFilter()) if r.state is DocumentState.DRAFT
    )
    dialog = open_dialog(qtbot, context, draft.id)
    texts = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("only posted documents can be sent" in t.lower() for t in texts)
    assert not dialog.send_button.isEnabled()


def test_esc_closes_without_queueing(qtbot: QtBot, context: AppContext) -> None:
    document_id, _ = invoice_of(context.ledger)
    dialog = open_dialog(qtbot, context, document_id)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    context.runner.wait()
    assert outbox.entries(context.ledger) == []


def test_the_card_picker_and_the_address_book_complete(qtbot: QtBot, context: AppContext) -> None:
    document_id, party = invoice_of(context.ledger, lambda p: len(p.emails) >= 2)
    dialog = open_dialog(qtbot, context, document_id)
    assert dialog.cc.picker.isVisibleTo(dialog)
    menu = dialog.cc.picker.menu()
    menu.aboutToShow.emit()
    assert len(menu.actions()) == len(party.emails)
    last = [a for a in menu.actions() if a.isEnabled()][-1]
    last.setChecked(True)
    assert dialog.cc.mailboxes()[0].address in last.text()
    last.setChecked(False)
    assert dialog.cc.text() == ""
    qtbot.waitUntil(lambda: dialog.bcc.line.completer_.model() is not None)
    dialog.bcc.setFocus()
    type_text(dialog.bcc.line, party.name[:4])
    completer = dialog.bcc.line.completer_
    assert completer.completionCount() >= 1
    completer.setCurrentRow(0)
    dialog.bcc.line.insert_entry(str(completer.currentIndex().data(Qt.ItemDataRole.UserRole + 2)))
    dialog.bcc.check_now()
    assert dialog.bcc.problems() == ()
    (chosen,) = dialog.bcc.mailboxes()
    assert chosen.name.startswith(party.name[:4])


def test_send_later_holds_the_message(qtbot: QtBot, context: AppContext) -> None:
    document_id, _ = invoice_of(context.ledger)
    dialog = open_dialog(qtbot, context, document_id)
    wait_ready(qtbot, dialog)
    dialog.later.setChecked(True)
    when = QDateTime.currentDateTime().addDays(2)
    dialog.send_at.setDateTime(when)
    assert dialog.send_button.text() == "&Schedule"
    with qtbot.waitSignal(dialog.sent) as signal:
        dialog.send_button.click()
    sent: SentMessage = signal.args[0]
    (entry,) = outbox.entries(context.ledger)
    assert entry.status is OutboxStatus.HELD and entry.queued_by == "mari"
    expected = dt.datetime.fromtimestamp(when.toSecsSinceEpoch(), dt.UTC).replace(tzinfo=None)
    assert entry.send_at == expected == sent.send_at
    assert not dialog.isVisible()


def test_a_time_in_the_past_is_refused(qtbot: QtBot, context: AppContext) -> None:
    document_id, _ = invoice_of(context.ledger)
    dialog = open_dialog(qtbot, context, document_id)
    wait_ready(qtbot, dialog)
    dialog.later.setChecked(True)
    dialog.send_at.setDateTime(QDateTime.currentDateTime().addSecs(-600))
    assert not dialog.send_button.isEnabled()


@pytest.fixture
def delivering(context: AppContext, smtp_server: SmtpTestServer) -> Iterator[AppContext]:
    """The demo ledger wired to the test server, with credits and a 30 s undo delay."""
    s = smtp_server.settings()
    values = {
        "smtp.host": s.host,
        "smtp.port": s.port,
        "smtp.security": s.security.value,
        "smtp.user": s.user,
        "smtp.ca_file": s.ca_file,
        "smtp.from_address": "billing@example.com",
        "mail.send_delay_seconds": 30,
    }
    assert settings_service.save(context.ledger, values) == []
    with memory_keyring():
        smtp = settings_service.smtp_settings(context.ledger)
        assert smtp is not None
        mail_account.save_password(context.ledger, smtp, TEST_PASSWORD)
        credits.add(context.ledger, 100, "TEST", "test")
        yield context


def send_and_deliver(
    qtbot: QtBot, context: AppContext, dialog: SendDialog, server: SmtpTestServer
) -> tuple[SentMessage, EmailMessage]:
    wait_ready(qtbot, dialog)
    with qtbot.waitSignal(dialog.sent) as signal:
        dialog.send_button.click()
    sent: SentMessage = signal.args[0]
    outbox.send_now(context.ledger, sent.outbox_id)
    mail_account.deliver(context.ledger, once=True)
    (received,) = server.received
    message = email.message_from_bytes(received.data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return sent, message


def text_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def test_note_edited_body_and_german_names_reach_the_message(
    qtbot: QtBot, delivering: AppContext, smtp_server: SmtpTestServer
) -> None:
    document_id, _ = invoice_of(delivering.ledger)
    dialog = open_dialog(qtbot, delivering, document_id)
    retype(qtbot, dialog.to.line, "Jörg Müller <joerg.mueller@example.de>")
    dialog.note.setFocus()
    type_text(dialog.note, "Grüße aus Tartu – wie besprochen.")
    dialog.body.setFocus()
    QTest.keyClick(dialog.body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(dialog.body, "\nBitte bis Freitag zahlen.")
    dialog.subject.setFocus()
    type_text(dialog.subject, " (Kopie)")
    sent, message = send_and_deliver(qtbot, delivering, dialog, smtp_server)
    assert sent.to == "joerg.mueller@example.de"
    (to,) = message["To"].addresses
    assert (to.display_name, to.addr_spec) == ("Jörg Müller", "joerg.mueller@example.de")
    assert str(message["Subject"]).endswith(" (Kopie)")
    text = text_of(message)
    assert text.index("Grüße aus Tartu – wie besprochen.") < text.index("Bitte bis Freitag")


def test_an_arabic_display_name_round_trips(
    qtbot: QtBot, delivering: AppContext, smtp_server: SmtpTestServer
) -> None:
    document_id, _ = invoice_of(delivering.ledger)
    dialog = open_dialog(qtbot, delivering, document_id)
    retype(qtbot, dialog.to.line, "خالد الرشيد <khaled@example.com>")
    qtbot.waitUntil(lambda: dialog.to.line.layoutDirection() == Qt.LayoutDirection.RightToLeft)
    dialog.note.setFocus()
    type_text(dialog.note, "مرحبا")
    assert dialog.note.layoutDirection() == Qt.LayoutDirection.RightToLeft
    _, message = send_and_deliver(qtbot, delivering, dialog, smtp_server)
    (to,) = message["To"].addresses
    assert (to.display_name, to.addr_spec) == ("خالد الرشيد", "khaled@example.com")
    assert "مرحبا" in text_of(message)


def test_undo_cancels_within_the_delay_and_says_when_too_late(
    qtbot: QtBot, delivering: AppContext, smtp_server: SmtpTestServer
) -> None:
    document_id, _ = invoice_of(delivering.ledger)
    bar = UndoBar(delivering)
    qtbot.addWidget(bar)
    dialog = open_dialog(qtbot, delivering, document_id)
    wait_ready(qtbot, dialog)
    dialog.sent.connect(bar.offer)
    with qtbot.waitSignal(dialog.sent):
        dialog.send_button.click()
    (entry,) = outbox.entries(delivering.ledger)
    assert entry.status is OutboxStatus.HELD
    assert bar.isVisible() and bar.undo_button.isVisible()
    assert 25 <= bar.seconds_left() <= 30 and "goes in" in bar.message.text()
    bar.undo_button.click()
    qtbot.waitUntil(lambda: "Undone" in bar.message.text())
    assert outbox.entries(delivering.ledger)[0].status is OutboxStatus.CANCELLED
    mail_account.deliver(delivering.ledger, once=True)
    assert smtp_server.received == []

    again = open_dialog(qtbot, delivering, document_id)  # the cancelled one is no obstacle
    sent, _ = send_and_deliver(qtbot, delivering, again, smtp_server)
    bar.offer(sent)
    bar.undo_button.click()
    qtbot.waitUntil(lambda: "Too late" in bar.message.text())
    assert "already been sent" in bar.message.text()


def test_closed_at_once_while_loading_it_goes_quietly(qtbot: QtBot, context: AppContext) -> None:
    document_id, _ = invoice_of(context.ledger)
    window = QWidget()
    qtbot.addWidget(window)
    dialog = open_send_dialog(window, context, document_id)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # before anything has loaded
    context.runner.wait()
    qtbot.waitUntil(lambda: not Shiboken.isValid(dialog))
    assert outbox.entries(context.ledger) == []


def test_a_statement_can_be_sent(qtbot: QtBot, context: AppContext) -> None:
    _, party = invoice_of(context.ledger)
    assert party.id is not None
    dialog = SendDialog.for_statement(context, party.id, dt.date(2026, 1, 1), dt.date(2026, 11, 23))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog._checked is not None)
    assert "Statement" in dialog.heading.text() and party.name in dialog.heading.text()
    assert dialog.to.mailboxes()
    qtbot.waitUntil(lambda: ".pdf" in dialog.attachments.list.item(0).text())
    wait_ready(qtbot, dialog)


def test_a_small_server_limit_reads_in_kb_and_the_invoice_fits(
    qtbot: QtBot, context: AppContext
) -> None:
    ledger = context.ledger
    problems = settings_service.save(ledger, {"smtp.host": "smtp.example.com", "smtp.port": 587})
    assert problems == []
    smtp = settings_service.smtp_settings(ledger)
    assert smtp is not None
    settings_service.remember_server(ledger, smtp, ServerFacts(150_000, smtputf8=True))
    document_id, _party = invoice_of(ledger)
    dialog = open_dialog(qtbot, context, document_id)
    qtbot.waitUntil(lambda: ".pdf" in dialog.attachments.list.item(0).text())
    total = dialog.attachments.total.text()
    assert "146" in total and "kB" in total and "0 MB" not in total  # 150,000 bytes
    assert "Too large" not in total

"""A refusal of the services reaches the window in its language: the outbox page's notice in
German and Arabic, and a message that could not be composed says why in German."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ledgerpost.domain.credits import TRIAL_CREDITS
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.outbox_model import stored_error
from ledgerpost.gui.mail.outbox_page import OutboxPage
from ledgerpost.gui.widgets.language import apply_language
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import credits, outbox
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import outbox_repository as repo
from tests.helpers.mail_queue import connected, deliver
from tests.helpers.outbox_rows import add_messages
from tests.helpers.smtp_server import SmtpTestServer


def page_on(qtbot: QtBot, ledger: Ledger, runner: Runner) -> OutboxPage:
    page = OutboxPage(AppContext(ledger, runner))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads > 0 and not page._loading, timeout=10000)
    return page


def test_marking_sent_without_credit_is_refused_in_german(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    *others, last = add_messages(ledger, TRIAL_CREDITS + 1, status=OutboxStatus.UNCERTAIN)
    for outbox_id in others:
        outbox.mark_sent(ledger, outbox_id)
    assert credits.balance(ledger) == 0
    apply_language("de")
    page = page_on(qtbot, ledger, runner)
    page.queue_actions.confirm = lambda *_: True  # type: ignore[method-assign]
    page.select_ids([last])
    page.queue_actions.mark_sent()
    qtbot.waitUntil(lambda: page.notice.text() != "", timeout=10000)
    assert page.notice.text() == f"Nachricht {last}: kein Guthaben mehr"


def test_a_move_another_desk_made_first_is_refused_in_arabic(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    (first,) = add_messages(ledger, 1, status=OutboxStatus.FAILED)
    apply_language("ar")
    page = page_on(qtbot, ledger, runner)
    page.queue_actions.confirm = lambda *_: True  # type: ignore[method-assign]
    page.select_ids([first])
    outbox.cancel(ledger, first)  # another desk was quicker
    page.queue_actions.retry()
    qtbot.waitUntil(lambda: page.notice.text() != "", timeout=10000)
    said = page.notice.text()
    assert said.startswith("الرسالة \u2068" + str(first) + "\u2069")
    assert "\u2068cancelled\u2069" in said and "message" not in said


def test_why_a_message_could_not_be_composed_is_said_in_german(
    qtbot: QtBot, ledger: Ledger, smtp_server: SmtpTestServer
) -> None:
    (bad,) = add_messages(ledger, 1)
    with ledger.db.write() as s:
        repo.messages(s, [bad])[0].sender = "not an address"
    with connected(ledger, smtp_server):
        deliver(ledger)
    [entry] = [e for e in outbox.entries(ledger) if e.id == bad]
    assert entry.status is OutboxStatus.FAILED
    apply_language("de")
    assert stored_error(entry) == "die Absenderadresse 'not an address' ist ungültig"

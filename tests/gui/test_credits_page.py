"""The credits page shows the balance and its history; a top-up raises it and is recorded."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from ledgerpost.domain.credits import TRIAL_CREDITS
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.credits_page import CreditsPage
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import credits, outbox
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from tests.helpers.outbox_rows import add_messages
from tests.helpers.users import as_user


def page_on(qtbot: QtBot, ledger: Ledger, runner: Runner, **options: bool) -> CreditsPage:
    page = CreditsPage(AppContext(ledger, runner, session=as_user("mari")), **options)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.state is not None, timeout=5000)
    return page


def history(page: CreditsPage) -> list[list[str]]:
    return [
        [page.history.item(r, c).text() for c in range(page.history.columnCount())]
        for r in range(page.history.rowCount())
    ]


def test_the_balance_and_the_trial_grant_are_shown(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    assert settings_service.save(ledger, {"credits.package_price": "12.50"}) == []
    page = page_on(qtbot, ledger, runner)
    assert page.balance.text() == QLocale().toString(TRIAL_CREDITS)
    assert [row[1:3] for row in history(page)] == [["Trial credits", f"+{TRIAL_CREDITS}"]]
    assert page.package.text() == f"One package: {QLocale().toString(1000)} credits for 12.50 USD."
    assert page.amount.value() == 1000
    assert not page.add_button.isEnabled()  # no reference yet


def test_a_top_up_raises_the_balance_releases_waiting_mail_and_is_in_the_history(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    waiting = add_messages(ledger, 2, status=OutboxStatus.NO_CREDIT)
    page = page_on(qtbot, ledger, runner)
    assert "2 messages wait for credits" in page.waiting.text()
    asked: list[str] = []
    page.confirm = lambda text: asked.append(text) or True  # type: ignore[method-assign]
    woken: list[bool] = []
    page.delivery_wanted.connect(lambda: woken.append(True))
    page.amount.setValue(250)
    qtbot.keyClicks(page.reference, "INV-2026-17")
    assert page.add_button.isEnabled()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    expected = TRIAL_CREDITS + 250
    qtbot.waitUntil(lambda: page.balance.text() == QLocale().toString(expected), timeout=5000)
    assert credits.balance(ledger) == expected
    assert "INV-2026-17" in asked[0]
    assert history(page)[0][1:5] == ["Top-up", "+250", "INV-2026-17", "mari"]
    assert page.reference.text() == ""
    assert "The balance is now" in page.notice.text()
    assert woken == [True]
    statuses = {e.id: e.status for e in outbox.entries(ledger)}
    assert {statuses[i] for i in waiting} == {OutboxStatus.QUEUED}
    qtbot.waitUntil(lambda: page.waiting.text() == "", timeout=5000)


def test_spends_show_as_messages_sent(qtbot: QtBot, ledger: Ledger, runner: Runner) -> None:
    (first,) = add_messages(ledger, 1, status=OutboxStatus.UNCERTAIN)
    outbox.mark_sent(ledger, first, "mari")
    page = page_on(qtbot, ledger, runner)
    assert history(page)[0][1:5] == ["Message sent", "−1", f"Message {first}", "mari"]
    assert page.balance.text() == QLocale().toString(TRIAL_CREDITS - 1)


def test_without_the_right_the_page_only_shows(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    page = page_on(qtbot, ledger, runner, can_manage_credits=False)
    page.reference.setText("INV-1")
    assert not page.add_button.isEnabled()
    assert not page.reference.isEnabled() and not page.amount.isEnabled()
    page.top_up()
    assert credits.balance(ledger) == TRIAL_CREDITS

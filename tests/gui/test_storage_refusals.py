"""Storage's refusals, the connection test and the user's "marked as sent" reach the window in
its language: German and Arabic, old rows marked before the code was kept too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ledgerpost.domain.outbox import MARKED_SENT_BEFORE, OutboxStatus
from ledgerpost.domain.parties import Party, PartyKind
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.outbox_page import OutboxPage
from ledgerpost.gui.mail.sent_report_page import SentReportPage
from ledgerpost.gui.widgets.language import apply_language
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import outbox
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import outbox_repository as repo
from ledgerpost.storage.errors import StorageError
from tests.gui.test_settings_dialog import fill_in_server, open_dialog
from tests.helpers.memory_keyring import MemoryKeyring, memory_keyring
from tests.helpers.outbox_rows import add_messages
from tests.helpers.smtp_server import TEST_PASSWORD, TEST_USER, SmtpTestServer

MARKED_DE = "vom Benutzer als gesendet markiert"


@pytest.fixture
def keyring() -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        yield backend


def told(exc: BaseException) -> list[str]:
    said: list[str] = []
    errors.tell(exc, said.append)
    return said


def test_a_storage_refusal_is_told_in_german_and_arabic_a_bug_is_not(
    ledger: Ledger, tmp_path: Path
) -> None:
    with pytest.raises(StorageError) as no_message:
        outbox.cancel(ledger, 999)
    with pytest.raises(StorageError) as no_ledger:
        Ledger.open(str(tmp_path / "nirgends.sqlite3"), create=False)
    apply_language("de")
    assert told(no_message.value) == ["in der Warteschlange gibt es keine Nachricht 999"]
    where = (tmp_path / "nirgends.sqlite3").resolve()
    assert told(no_ledger.value) == [f"unter {where} gibt es kein Hauptbuch"]
    apply_language("ar")
    assert told(no_message.value) == ["لا توجد الرسالة \u2068999\u2069 في قائمة الإرسال"]
    # Updating a card that was never added is a bug, not trouble for the user to fix.
    with pytest.raises(ValueError) as bug:
        ledger.update_party(Party(PartyKind.CUSTOMER, "Nobody Ltd", "en"))
    assert not errors.is_known(bug.value)


def marked_pair(ledger: Ledger) -> tuple[int, int]:
    """Two messages the user marked as sent: one now, one as an older version kept it."""
    new, old = add_messages(ledger, 2, status=OutboxStatus.UNCERTAIN, at=utcnow())
    for outbox_id in (new, old):
        outbox.mark_sent(ledger, outbox_id, "anna")
    with ledger.db.write() as s:
        repo.messages(s, [old])[0].server_reply = MARKED_SENT_BEFORE
    return new, old


def test_the_queue_and_the_sent_report_say_marked_as_sent_in_german(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    new, old = marked_pair(ledger)
    apply_language("de")
    queue = OutboxPage(AppContext(ledger, runner))
    qtbot.addWidget(queue)
    queue.show()
    qtbot.waitUntil(lambda: queue.loads > 0 and not queue._loading, timeout=10000)
    reply = queue.model.COLUMNS.index("reply")
    for outbox_id in (new, old):
        row = queue.model.row_of(outbox_id)
        assert row is not None
        assert queue.model.index(row, reply).data() == MARKED_DE

    report = SentReportPage(AppContext(ledger, runner))
    qtbot.addWidget(report)
    report.show()
    qtbot.waitUntil(lambda: report.report is not None, timeout=10000)
    column = report.model.COLUMNS.index("server_reply")
    shown = [report.model.index(r, column).data() for r in range(report.model.rowCount())]
    assert shown == [MARKED_DE, MARKED_DE]


def test_the_queue_says_marked_as_sent_in_arabic(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    (marked, _) = marked_pair(ledger)
    apply_language("ar")
    queue = OutboxPage(AppContext(ledger, runner))
    qtbot.addWidget(queue)
    queue.show()
    qtbot.waitUntil(lambda: queue.loads > 0 and not queue._loading, timeout=10000)
    row = queue.model.row_of(marked)
    assert row is not None
    said = queue.model.index(row, queue.model.COLUMNS.index("reply")).data()
    assert said == "علّمه المستخدم كمُرسَل"


def test_the_connection_test_answers_in_german(
    qtbot: QtBot, ledger: Ledger, smtp_server: SmtpTestServer, keyring: MemoryKeyring
) -> None:
    apply_language("de")
    dialog = open_dialog(qtbot, ledger)
    fill_in_server(dialog, smtp_server, TEST_PASSWORD)
    tab = dialog.smtp_tab
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.testing, timeout=15_000)
    result = tab.test_result.text()
    assert result.startswith(f"✔ Verbunden mit {smtp_server.host} auf Port {smtp_server.port}")
    assert "STARTTLS (TLSv1." in result and f"angemeldet als {TEST_USER}." in result
    assert "Connected" not in result

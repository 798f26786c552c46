"""While the window is open, queued mail goes out in the background and the list shows it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.background_delivery import BackgroundDelivery, DeliveryStatus
from ledgerpost.gui.main_window import MainWindow
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import credits, mail_account
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, queue
from tests.helpers.document_list import settled
from tests.helpers.memory_keyring import memory_keyring
from tests.helpers.smtp_server import TEST_PASSWORD, SmtpTestServer


@pytest.fixture
def delivering(demo_ledger: Ledger, smtp_server: SmtpTestServer) -> Iterator[Ledger]:
    s = smtp_server.settings()
    assert (
        settings_service.save(
            demo_ledger,
            {
                "smtp.host": s.host,
                "smtp.port": s.port,
                "smtp.security": s.security.value,
                "smtp.user": s.user,
                "smtp.ca_file": s.ca_file,
                "smtp.from_address": "billing@example.com",
            },
        )
        == []
    )
    with memory_keyring():
        smtp = settings_service.smtp_settings(demo_ledger)
        assert smtp is not None
        mail_account.save_password(demo_ledger, smtp, TEST_PASSWORD)
        credits.add(demo_ledger, 100, "TEST", "test")
        yield demo_ledger


def window_delivering(
    qtbot: QtBot, ledger: Ledger
) -> tuple[MainWindow, BackgroundDelivery, list[DeliveryStatus]]:
    """The window with its background delivery started, and every status it reports."""
    context = AppContext(ledger, Runner())
    delivery = BackgroundDelivery(ledger, context.smtp_password)
    window = MainWindow(ledger, context, delivery)
    qtbot.addWidget(window)
    statuses: list[DeliveryStatus] = []
    delivery.status.connect(statuses.append)
    delivery.start()
    return window, delivery, statuses


def test_queued_mail_goes_out_and_the_list_shows_the_envelope(
    qtbot: QtBot, delivering: Ledger, smtp_server: SmtpTestServer
) -> None:
    invoices = [
        r
        for r in delivering.documents(DocumentFilter(type=DocumentType.INVOICE))
        if r.number is not None
    ][:3]
    for summary in invoices:
        assert queue(delivering, SendRequest(document_id=summary.id, to="a@example.com")).queued
    window, delivery, statuses = window_delivering(qtbot, delivering)
    try:
        qtbot.waitUntil(lambda: len(smtp_server.received) == 3, timeout=20_000)
        qtbot.waitUntil(
            lambda: (
                bool(statuses) and statuses[-1].waiting.count == 0 and statuses[-1].online is True
            ),
            timeout=20_000,
        )
    finally:
        delivery.stop()
    assert "Mail: online" in window.delivery_label.text()
    model = settled(qtbot, window.documents.model)
    rows = {model.summary(r).id: r for r in range(model.rowCount())}  # type: ignore[union-attr]
    for summary in invoices:
        index = model.index(rows[summary.id], 0)
        qtbot.waitUntil(lambda i=index: i.data(Qt.ItemDataRole.ToolTipRole) == "Sent")
        assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()


@pytest.mark.slow
def test_a_big_send_from_the_window_goes_out_once_each(
    qtbot: QtBot, delivering: Ledger, smtp_server: SmtpTestServer
) -> None:
    from collections import Counter

    from ledgerpost.services.delivery import pool as delivery_pool
    from tests.helpers.outbox_rows import add_messages

    count = delivery_pool.WORTH_IT + 30
    credits.add(delivering, count, "TEST", "test")
    add_messages(delivering, count)
    window, delivery, statuses = window_delivering(qtbot, delivering)
    try:
        qtbot.waitUntil(lambda: len(smtp_server.received) == count, timeout=60_000)
        qtbot.waitUntil(lambda: bool(statuses) and statuses[-1].waiting.count == 0, timeout=20_000)
    finally:
        delivery.stop()
    received = Counter(m.data.split(b"Message-ID: ", 1)[1][:40] for m in smtp_server.received)
    assert len(received) == count and max(received.values()) == 1  # each message once
    assert "Mail: online" in window.delivery_label.text()

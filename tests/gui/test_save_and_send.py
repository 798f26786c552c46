"""The whole flow a bookkeeper uses most: a new invoice, "Save and send", delivered for real."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from ledgerpost.domain.parties import AddressRole, EmailAddress, Party, PartyKind
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.documents.document_editor import SAVE_AND_SEND
from ledgerpost.gui.mail.background_delivery import BackgroundDelivery
from ledgerpost.gui.main_window import MainWindow
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import mail_account
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from tests.helpers.memory_keyring import memory_keyring
from tests.helpers.smtp_server import TEST_PASSWORD, SmtpTestServer


@pytest.fixture
def mailing_ledger(ledger: Ledger, smtp_server: SmtpTestServer) -> Iterator[Ledger]:
    s = smtp_server.settings()
    assert settings_service.save(ledger, {
        "smtp.host": s.host, "smtp.port": s.port, "smtp.security": s.security.value,
        "smtp.user": s.user, "smtp.ca_file": s.ca_file,
        "smtp.from_address": "billing@example.com"}) == []  # fmt: skip
    ledger.add_party(
        Party(
            PartyKind.CUSTOMER,
            "Jörg Müller",
            "de",
            emails=(EmailAddress("joerg@example.de", AddressRole.BILLING),),
        )
    )
    with memory_keyring():
        smtp = settings_service.smtp_settings(ledger)
        assert smtp is not None
        mail_account.save_password(ledger, smtp, TEST_PASSWORD)
        yield ledger


def test_a_new_invoice_saved_and_sent_arrives_at_the_server(
    qtbot: QtBot, mailing_ledger: Ledger, smtp_server: SmtpTestServer
) -> None:
    context = AppContext(mailing_ledger, Runner())
    delivery = BackgroundDelivery(mailing_ledger, context.smtp_password)
    window = MainWindow(mailing_ledger, context, delivery)
    qtbot.addWidget(window)
    window.show()
    delivery.start()
    try:
        window.new_action.trigger()
        editor = window.editor
        qtbot.waitUntil(lambda: editor.party.count() == 1)
        editor.choose_save_option(SAVE_AND_SEND)
        for column, value in enumerate(("Beratung", "2", "150", "19")):
            assert editor.lines.setData(editor.lines.index(0, column), value)
        editor.save_button.click()
        qtbot.waitUntil(lambda: getattr(window, "send_dialog", None) is not None, timeout=15_000)
        dialog = window.send_dialog
        qtbot.waitUntil(dialog.send_button.isEnabled, timeout=15_000)
        assert "joerg@example.de" in dialog.to.text()
        dialog.send_button.click()
        qtbot.waitUntil(lambda: len(smtp_server.received) == 1, timeout=20_000)
    finally:
        delivery.stop()
    (received,) = smtp_server.received
    assert received.rcpt_tos == ("joerg@example.de",)
    message = email.message_from_bytes(received.data, policy=email.policy.default)
    (pdf,) = list(message.iter_attachments())
    assert pdf.get_filename() == "Rechnung INV-1.pdf"
    assert editor.document is not None and editor.document.display_number == "INV-1"

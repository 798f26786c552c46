""" "Send statement…" on a customer's card: a period and a form, then the send dialog with the
statement of account, which arrives at the server with the statement's PDF."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
from collections.abc import Iterator
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ledgerpost.domain.documents import Document, DocumentType, Line
from ledgerpost.domain.parties import AddressRole, EmailAddress, Party, PartyKind
from ledgerpost.domain.users import Right, SignedIn, User
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.background_delivery import BackgroundDelivery
from ledgerpost.gui.mail.send_dialog import SendDialog
from ledgerpost.gui.people.employee_report import last_month
from ledgerpost.gui.people.party_editor import PartyEditor
from ledgerpost.gui.people.statement_send import OPEN_ITEMS, STATEMENT, StatementPeriod
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import mail_account, parties
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from tests.helpers.memory_keyring import memory_keyring
from tests.helpers.smtp_server import TEST_PASSWORD, SmtpTestServer

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)", extend=True
)
START, END = dt.date(2026, 3, 1), dt.date(2026, 3, 31)


def customer(ledger: Ledger, kind: PartyKind = PartyKind.CUSTOMER) -> Party:
    party = ledger.add_party(
        Party(
            kind,
            "Mari Tamm",
            "en",
            emails=(
                EmailAddress("mari@example.com", AddressRole.BILLING),
                EmailAddress("accounts@example.com", AddressRole.STATEMENTS),
            ),
        )
    )
    assert party.id is not None
    if kind is PartyKind.CUSTOMER:
        line = Line("Consulting", Decimal(1), Decimal(100), Decimal(22))
        invoice = Document(DocumentType.INVOICE, party.id, dt.date(2026, 3, 10), "EUR", (line,))
        assert ledger.save_and_post(invoice).posted
    return party


def card_editor(qtbot: QtBot, context: AppContext, party: Party) -> PartyEditor:
    editor = PartyEditor(context, parties.card(context.ledger, party.id or 0))
    qtbot.addWidget(editor)
    editor.show()
    return editor


def shown(kind: type) -> object | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


def choose_period(qtbot: QtBot, editor: PartyEditor, form: str) -> SendDialog:
    editor.send_statement.click()
    qtbot.waitUntil(lambda: shown(StatementPeriod) is not None, timeout=30_000)
    chooser = shown(StatementPeriod)
    assert isinstance(chooser, StatementPeriod)
    assert chooser.period() == last_month(dt.date.today())
    chooser.start.setDate(QDate(START.year, START.month, START.day))
    chooser.end.setDate(QDate(END.year, END.month, END.day))
    chooser.form.setCurrentIndex(chooser.form.findData(form))
    chooser.accept()
    qtbot.waitUntil(lambda: shown(SendDialog) is not None, timeout=30_000)
    dialog = shown(SendDialog)
    assert isinstance(dialog, SendDialog)
    return dialog


@pytest.fixture
def mailing_ledger(ledger: Ledger, smtp_server: SmtpTestServer) -> Iterator[Ledger]:
    s = smtp_server.settings()
    assert settings_service.save(ledger, {
        "smtp.host": s.host, "smtp.port": s.port, "smtp.security": s.security.value,
        "smtp.user": s.user, "smtp.ca_file": s.ca_file,
        "smtp.from_address": "billing@example.com"}) == []  # fmt: skip
    with memory_keyring():
        smtp = settings_service.smtp_settings(ledger)
        assert smtp is not None
        mail_account.save_password(ledger, smtp, TEST_PASSWORD)
        yield ledger


def test_a_customers_statement_is_sent_from_the_card_to_its_statements_address(
    qtbot: QtBot, mailing_ledger: Ledger, smtp_server: SmtpTestServer
) -> None:
    party = customer(mailing_ledger)
    context = AppContext(mailing_ledger, Runner())
    editor = card_editor(qtbot, context, party)
    assert editor.send_statement.isEnabled()
    dialog = choose_period(qtbot, editor, STATEMENT)
    assert dialog._base.party_id == party.id and dialog._base.period == (START, END)
    assert dialog._base.report == STATEMENT
    qtbot.waitUntil(dialog.send_button.isEnabled, timeout=30_000)
    assert dialog.heading.text().startswith("Statement")
    assert "accounts@example.com" in dialog.to.text() and "mari@" not in dialog.to.text()
    delivery = BackgroundDelivery(mailing_ledger, context.smtp_password)
    dialog.delivery = delivery
    delivery.start()
    try:
        dialog.send_button.click()
        qtbot.waitUntil(lambda: len(smtp_server.received) == 1, timeout=30_000)
    finally:
        delivery.stop()
    (received,) = smtp_server.received
    assert received.rcpt_tos == ("accounts@example.com",)
    message = email.message_from_bytes(received.data, policy=email.policy.default)
    (pdf,) = list(message.iter_attachments())
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.get_content())).pages)
    assert "Customer statement" in text and "INV-1" in text and "Mari Tamm" in text


def test_the_open_items_form_is_offered_and_asked_for(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    party = customer(ledger)
    dialog = choose_period(qtbot, card_editor(qtbot, AppContext(ledger, runner), party), OPEN_ITEMS)
    assert dialog._base.report == OPEN_ITEMS
    qtbot.waitUntil(lambda: dialog.heading.text().startswith("Open items"), timeout=30_000)
    dialog.reject()


def test_only_customers_have_statements_and_only_senders_may_send_them(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    supplier = customer(ledger, PartyKind.SUPPLIER)
    assert not hasattr(card_editor(qtbot, AppContext(ledger, runner), supplier), "send_statement")
    party = customer(ledger)
    clerk = User("clerk", "Clerk", rights=frozenset({Right.SEE_CONTACTS}))
    context = AppContext(ledger, runner, session=SignedIn(clerk))
    assert not card_editor(qtbot, context, party).send_statement.isEnabled()

"""The send dialog's account: the one a message goes from is shown, another can be chosen, and
the From address follows the choice into the request and its check."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.mail_accounts import MailAccount
from ledgerpost.domain.smtp import Security, SmtpSettings
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.send_dialog import SendDialog
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import mail_accounts
from ledgerpost.services.ledger import Ledger
from tests.helpers.users import as_user

WAIT_MS = 30_000
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard)", extend=True
)


def account(name: str, sender: str) -> MailAccount:
    smtp = SmtpSettings("smtp.example.com", 587, Security.STARTTLS, "u", from_address=sender)
    return MailAccount(name, "custom", smtp)


@pytest.fixture
def context(demo_ledger: Ledger) -> Iterator[AppContext]:
    for name in ("billing", "sales"):
        if mail_accounts.find(demo_ledger, name) is None:
            assert mail_accounts.add(demo_ledger, account(name, f"{name}@example.com")) == []
    ctx = AppContext(demo_ledger, Runner(), session=as_user("mari"))
    yield ctx
    ctx.runner.wait()


def test_choosing_another_account_changes_the_from_and_the_request(
    qtbot: QtBot, context: AppContext
) -> None:
    rows = context.ledger.documents(DocumentFilter(type=DocumentType.INVOICE))
    document_id = next(r.id for r in rows if r.number is not None)
    dialog = SendDialog(context, document_id)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.head.account
    qtbot.waitUntil(lambda: dialog._checked is not None and combo.isVisible(), timeout=WAIT_MS)
    usual = mail_accounts.default(context.ledger)
    assert usual is not None and combo.currentData() == usual.name
    assert combo.count() == len(mail_accounts.accounts(context.ledger))

    index = combo.findData("sales")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)

    qtbot.waitUntil(lambda: "sales@example.com" in dialog.from_line.text(), timeout=WAIT_MS)
    assert dialog.request().account == "sales"
    assert dialog._checked is not None and dialog._checked.account == "sales"

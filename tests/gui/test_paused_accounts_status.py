"""A sending account that waits for the user (password refused, sign in again) shows in the
status bar in the window's language, as a link that opens Settings."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ledgerpost.domain.mail_accounts import AccountState, MailAccount
from ledgerpost.domain.smtp import Security, SmtpSettings
from ledgerpost.gui.mail.background_delivery import DeliveryStatus
from ledgerpost.gui.main_window import MainWindow
from ledgerpost.gui.settings.dialog import SettingsDialog
from ledgerpost.gui.widgets.language import apply_language
from ledgerpost.services import account_choice, mail_accounts
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.outbox import Waiting


def test_a_paused_account_is_a_translated_link_to_settings(qtbot: QtBot, ledger: Ledger) -> None:
    smtp = SmtpSettings("smtp.example.com", 587, Security.STARTTLS, "u", from_address="a@b.ee")
    assert mail_accounts.add(ledger, MailAccount("sales", "custom", smtp)) == []
    mail_accounts.set_state(ledger, "sales", AccountState.PASSWORD_REFUSED, "535 refused")
    paused = tuple(account_choice.paused_problems(ledger))
    window = MainWindow(ledger)
    qtbot.addWidget(window)
    window.show()
    status = DeliveryStatus(True, True, Waiting(2, None, 0, 0, 0), paused=paused)

    window.show_delivery_status(status)
    label = window.delivery_label
    assert '<a href="settings">1 account waits for you: open Settings</a>' in label.text()
    assert "refused the password for account sales" in label.toolTip()

    label.linkActivated.emit("settings")
    assert isinstance(window.settings_dialog, SettingsDialog)
    window.settings_dialog.close()

    apply_language("de")
    window.show_delivery_status(status)
    assert "open Settings" not in label.text() and "Passwort" in label.toolTip()

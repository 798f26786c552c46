"""The Sending accounts tab: the accounts with their state, a Microsoft 365 account filled in from
its profile with the provider's guide, and Sign in against the tests' own OAuth2 server."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ledgerpost.domain.mail_accounts import AccountState, MailAccount
from ledgerpost.domain.smtp import AuthMethod, Security, SmtpSettings
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.settings.accounts import AccountsTab
from ledgerpost.gui.settings.dialog import SettingsDialog
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import mail_accounts
from ledgerpost.services.ledger import Ledger
from tests.helpers.certificates import make_certificate
from tests.helpers.memory_keyring import MemoryKeyring, memory_keyring
from tests.helpers.oauth_server import OAuthTestServer, browser
from tests.helpers.smtp_server import TEST_PASSWORD, TEST_USER, SmtpTestServer

WAIT_MS = 60_000


@pytest.fixture
def keyring() -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        yield backend


@pytest.fixture
def oauth_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[OAuthTestServer]:
    certificate = make_certificate(tmp_path / "oauth-ca")
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate.ca_file))
    with OAuthTestServer(certificate) as server:
        yield server


def password_account(name: str, sender: str) -> MailAccount:
    smtp = SmtpSettings("smtp.example.com", 587, Security.STARTTLS, "user", from_address=sender)
    return MailAccount(name, "custom", smtp)


def open_tab(qtbot: QtBot, ledger: Ledger, rows: int) -> AccountsTab:
    dialog = SettingsDialog(AppContext(ledger, Runner()))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.accounts_tab)
    tab = dialog.accounts_tab
    qtbot.waitUntil(lambda: tab.table.rowCount() == rows, timeout=WAIT_MS)
    return tab


def test_the_accounts_are_listed_with_their_state_and_what_to_do(
    qtbot: QtBot, ledger: Ledger, keyring: MemoryKeyring
) -> None:
    assert mail_accounts.add(ledger, password_account("billing", "billing@example.com")) == []
    assert mail_accounts.add(ledger, password_account("sales", "sales@example.com")) == []
    mail_accounts.set_state(ledger, "sales", AccountState.PASSWORD_REFUSED, "535 5.7.8 refused")

    tab = open_tab(qtbot, ledger, 2)

    cells = [[tab.table.item(r, c).text() for c in range(4)] for r in range(2)]
    assert cells[0][:3] == ["billing ★", "Another mail server", "billing@example.com"]
    assert cells[0][3] == "No password kept: type it under Edit"
    assert cells[1][0] == "sales" and cells[1][3].startswith("Password refused")
    assert tab.note.isVisible() and "sales: Password refused" in tab.note.text()

    tab.table.selectRow(1)
    qtbot.mouseClick(tab.default_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.table.item(1, 0).text() == "sales ★", timeout=WAIT_MS)
    assert mail_accounts.default(ledger).name == "sales"  # type: ignore[union-attr]


def test_a_microsoft_365_account_is_filled_from_its_profile_with_the_guide(
    qtbot: QtBot, ledger: Ledger, keyring: MemoryKeyring
) -> None:
    tab = open_tab(qtbot, ledger, 0)
    editor = tab.add()
    qtbot.waitExposed(editor)
    assert editor.client_id.text() == ""  # never a default client id
    editor.profile.setCurrentIndex(editor.profile.findData("microsoft365"))

    assert (editor.host.text(), editor.port.value()) == ("smtp.office365.com", 587)
    assert editor.security.currentData() == "starttls"
    assert editor.auth.currentData() == AuthMethod.OAUTH2.value
    assert editor.per_minute.value() == 30 and editor.per_day.value() == 10000
    guide = editor.guide.text()
    assert editor.guide.isVisible() and "Azure" in guide and "http://127.0.0.1" in guide
    assert "SMTP.Send" in guide and "consent" in guide
    assert editor.client_id.isVisible() and not editor.password.isVisible()
    assert editor.sign_in_button.isVisible() and not editor.authorize_url.isVisible()

    editor.name.setText("office")
    editor.client_id.setText("11111111-2222-3333-4444-555555555555")
    editor.user.setText("billing@example.com")
    editor.save()
    qtbot.waitUntil(lambda: not editor.busy, timeout=WAIT_MS)
    assert editor.status.text() == "The account is saved."
    office = mail_accounts.get(ledger, "office")
    assert office.profile == "microsoft365" and office.oauth is not None
    assert office.oauth.client_id == "11111111-2222-3333-4444-555555555555"
    assert office.oauth.device_url.endswith("/devicecode")
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1, timeout=WAIT_MS)
    assert tab.table.item(0, 3).text() == "Not signed in yet: Edit, then Sign in"


def test_a_refused_account_change_is_said_and_changes_nothing(
    qtbot: QtBot, ledger: Ledger, keyring: MemoryKeyring
) -> None:
    assert mail_accounts.add(ledger, password_account("billing", "billing@example.com")) == []
    tab = open_tab(qtbot, ledger, 1)
    tab.table.selectRow(0)
    editor = tab.edit()
    assert editor is not None
    editor.from_address.setText("billing at example")
    editor.password.setText("new secret")
    editor.save()
    qtbot.waitUntil(lambda: not editor.busy, timeout=WAIT_MS)
    assert editor.status.text().startswith("From address: ")
    assert mail_accounts.get(ledger, "billing").smtp.from_address == "billing@example.com"
    assert keyring.entries == {}

    editor.from_address.setText("billing@example.com")
    editor.save()
    qtbot.waitUntil(lambda: not editor.busy, timeout=WAIT_MS)
    billing = mail_accounts.get(ledger, "billing")
    assert mail_accounts.password_of(ledger, billing) == "new secret"
    assert editor.password.text() == "" and "new secret" not in editor.status.text()


def test_sign_in_through_the_browser_ends_signed_in(
    qtbot: QtBot, ledger: Ledger, keyring: MemoryKeyring, oauth_server: OAuthTestServer
) -> None:
    smtp = SmtpSettings("smtp.example.com", 587, user="sales@example.com", auth=AuthMethod.OAUTH2)
    account = MailAccount("sales", "custom", smtp, oauth=oauth_server.client())
    assert mail_accounts.add(ledger, account) == []
    mail_accounts.set_state(ledger, "sales", AccountState.SIGN_IN_NEEDED)
    tab = open_tab(qtbot, ledger, 1)
    assert tab.table.item(0, 3).text() == "Sign in again: Edit, then Sign in"
    tab.table.selectRow(0)
    editor = tab.edit()
    assert editor is not None
    editor.open_browser = browser(oauth_server)  # requests the page and its loopback redirect

    qtbot.mouseClick(editor.sign_in_button, Qt.MouseButton.LeftButton)
    assert editor.busy and "Waiting for the browser" in editor.status.text()
    assert editor.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not editor.busy, timeout=WAIT_MS)

    assert editor.status.text() == "Signed in: the account is ready to send.", editor.status.text()
    sales = mail_accounts.get(ledger, "sales")
    assert sales.ready and mail_accounts.signed_in(ledger, sales)
    qtbot.waitUntil(lambda: tab.table.item(0, 3).text() == "Ready, signed in", timeout=WAIT_MS)


def test_without_a_browser_the_device_code_is_offered_and_signs_in(
    qtbot: QtBot, ledger: Ledger, keyring: MemoryKeyring, oauth_server: OAuthTestServer
) -> None:
    smtp = SmtpSettings("smtp.example.com", 587, user="sales@example.com", auth=AuthMethod.OAUTH2)
    account = MailAccount("sales", "custom", smtp, oauth=oauth_server.client())
    assert mail_accounts.add(ledger, account) == []
    tab = open_tab(qtbot, ledger, 1)
    tab.table.selectRow(0)
    editor = tab.edit()
    assert editor is not None
    editor.open_browser = lambda _url: False  # a machine without a browser

    qtbot.mouseClick(editor.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.busy, timeout=WAIT_MS)
    assert "browser" in editor.status.text().lower() and editor.device_button.isVisible()
    assert not mail_accounts.signed_in(ledger, mail_accounts.get(ledger, "sales"))

    qtbot.mouseClick(editor.device_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "enter the code" in editor.sign_in_state.text(), timeout=WAIT_MS)
    shown = editor.sign_in_state.text()
    code = shown.rsplit(" ", 1)[1].rstrip(".")
    assert f"{oauth_server.base_url}" in shown
    assert (
        editor.sign_in_state.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    )
    threading.Thread(target=oauth_server.approve, args=(code, "sales@example.com")).start()
    qtbot.waitUntil(lambda: not editor.busy, timeout=WAIT_MS)
    assert editor.status.text() == "Signed in: the account is ready to send.", editor.status.text()
    assert mail_accounts.signed_in(ledger, mail_accounts.get(ledger, "sales"))


def test_cancel_stops_waiting_for_the_browser(
    qtbot: QtBot, ledger: Ledger, keyring: MemoryKeyring, oauth_server: OAuthTestServer
) -> None:
    smtp = SmtpSettings("smtp.example.com", 587, user="sales@example.com", auth=AuthMethod.OAUTH2)
    account = MailAccount("sales", "custom", smtp, oauth=oauth_server.client())
    assert mail_accounts.add(ledger, account) == []
    tab = open_tab(qtbot, ledger, 1)
    tab.table.selectRow(0)
    editor = tab.edit()
    assert editor is not None
    editor.open_browser = lambda _url: True  # a browser that the user never signs in with

    qtbot.mouseClick(editor.sign_in_button, Qt.MouseButton.LeftButton)
    assert "Waiting for the browser" in editor.status.text()
    qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.busy, timeout=WAIT_MS)
    assert not editor.cancel_button.isVisible() and editor.sign_in_button.isEnabled()
    assert not mail_accounts.signed_in(ledger, mail_accounts.get(ledger, "sales"))
    assert "cancelled" in editor.status.text()


def test_test_connection_tries_the_chosen_account_not_only_the_default(
    qtbot: QtBot,
    ledger: Ledger,
    keyring: MemoryKeyring,
    smtp_server_factory: Callable[..., SmtpTestServer],
) -> None:
    usual = smtp_server_factory(starttls=True, user=TEST_USER, password=TEST_PASSWORD)
    other = smtp_server_factory(starttls=True, user=TEST_USER, password=TEST_PASSWORD)
    for name, server, password in (
        ("main", usual, TEST_PASSWORD),
        ("billing", other, TEST_PASSWORD),
        ("sales", other, "not the password"),
    ):
        account = MailAccount(name, "custom", server.settings())
        assert mail_accounts.add(ledger, account) == []
        mail_accounts.save_password(ledger, mail_accounts.get(ledger, name), password)
    tab = open_tab(qtbot, ledger, 3)
    names = [tab.table.item(r, 0).text() for r in range(3)]
    assert names == ["billing", "main ★", "sales"]

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.test_result.text().startswith("✔"), timeout=WAIT_MS)
    assert tab.test_result.text().startswith("✔ billing: ")
    assert other.connection_count == 1 and usual.connection_count == 0
    qtbot.waitUntil(lambda: tab.test_button.isEnabled(), timeout=WAIT_MS)

    tab.table.selectRow(2)
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.test_result.text().startswith("✘"), timeout=WAIT_MS)
    assert tab.test_result.text().startswith("✘ sales: ")
    assert mail_accounts.get(ledger, "sales").state is AccountState.PASSWORD_REFUSED
    qtbot.waitUntil(lambda: "sales: Password refused" in tab.note.text(), timeout=WAIT_MS)
    assert usual.connection_count == 0

"""The settings dialog: wrong values are shown and nothing is saved; a mail server set up in it
connects for real; templates edited in it are what a message is then sent with."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.settings.dialog import SettingsDialog
from ledgerpost.gui.widgets.language import apply_language
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import credits, settings_editor
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, preflight
from tests.helpers.memory_keyring import MemoryKeyring, memory_keyring
from tests.helpers.smtp_server import TEST_PASSWORD, TEST_USER, SmtpTestServer, free_port


@pytest.fixture
def keyring() -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        yield backend


def open_dialog(qtbot: QtBot, ledger: Ledger) -> SettingsDialog:
    dialog = SettingsDialog(AppContext(ledger, Runner()))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_into(widget: QWidget, text: str) -> None:
    """Type like a user, one key at a time (keyClicks aborts on non-ASCII text)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def backspace(widget: QWidget, times: int) -> None:
    for _ in range(times):
        QTest.keyClick(widget, Qt.Key.Key_Backspace)


def replace_text(widget: QLineEdit, text: str) -> None:
    widget.selectAll()
    widget.del_()
    type_into(widget, text)


def fill_in_server(dialog: SettingsDialog, server: SmtpTestServer, password: str) -> None:
    tab = dialog.smtp_tab
    dialog.tabs.setCurrentWidget(dialog.accounts_tab)
    replace_text(tab.fields["smtp.host"].editor, server.host)  # type: ignore[arg-type]
    tab.fields["smtp.port"].set_value(server.port)
    security = server.settings().security.value
    tab.security.setCurrentIndex(tab.security.findData(security))
    replace_text(tab.fields["smtp.user"].editor, TEST_USER)  # type: ignore[arg-type]
    type_into(tab.password, password)
    replace_text(tab.fields["smtp.ca_file"].editor, server.ca_file)  # type: ignore[arg-type]
    replace_text(tab.fields["smtp.from_address"].editor, "billing@example.com")  # type: ignore[arg-type]


def run_connection_test(qtbot: QtBot, dialog: SettingsDialog) -> str:
    tab = dialog.smtp_tab
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    assert tab.testing and not tab.test_button.isEnabled()
    assert "Testing" in tab.test_result.text()
    qtbot.waitUntil(lambda: not tab.testing, timeout=15_000)
    return tab.test_result.text()


def press(qtbot: QtBot, dialog: SettingsDialog, button: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.buttons.button(button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.saving, timeout=10_000)


def stored_bytes(path: Path) -> bytes:
    """Every byte the ledger keeps on disk (the database and its write-ahead log)."""
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def visible_texts(dialog: SettingsDialog) -> list[str]:
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    texts += [e.text() for e in dialog.findChildren(QLineEdit) if e is not dialog.smtp_tab.password]
    return texts


def test_wrong_values_are_shown_next_to_their_fields_and_nothing_is_saved(
    qtbot: QtBot, ledger: Ledger
) -> None:
    before = settings_service.load(ledger)
    company_before = ledger.company()
    dialog = open_dialog(qtbot, ledger)
    tab = dialog.smtp_tab
    replace_text(tab.fields["smtp.host"].editor, "smtp.example.com")  # type: ignore[arg-type]
    port = tab.fields["smtp.port"].editor
    port.selectAll()  # type: ignore[union-attr]
    type_into(port, "70000")
    replace_text(tab.fields["smtp.from_address"].editor, "billing at example")  # type: ignore[arg-type]
    assert dialog.company_tab is not None
    replace_text(dialog.company_tab.edits["company.name"], "Renamed OÜ")

    press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is dialog.accounts_tab
    assert tab.fields["smtp.port"].problem.isVisible()
    assert "70000 is not a port" in tab.fields["smtp.port"].problem.text()
    assert "is not an address" in tab.fields["smtp.from_address"].problem.text()
    assert not tab.fields["smtp.host"].problem.isVisible()
    assert "Nothing was saved" in dialog.status.text()
    assert settings_service.load(ledger) == before
    assert ledger.company() == company_before

    backspace(tab.fields["smtp.port"].editor, 5)
    type_into(tab.fields["smtp.port"].editor, "587")
    assert tab.fields["smtp.port"].value() == 587


def test_a_mail_server_set_up_in_the_dialog_connects_and_is_saved_without_its_password(
    qtbot: QtBot,
    ledger: Ledger,
    ledger_path: Path,
    smtp_server: SmtpTestServer,
    keyring: MemoryKeyring,
) -> None:
    dialog = open_dialog(qtbot, ledger)
    fill_in_server(dialog, smtp_server, TEST_PASSWORD)

    result = run_connection_test(qtbot, dialog)

    assert result.startswith("✔ Connected to 127.0.0.1")
    assert "STARTTLS" in result and f"signed in as {TEST_USER}" in result
    assert "#1b5e20" in dialog.smtp_tab.test_result.styleSheet()
    assert settings_service.smtp_settings(ledger) is None  # testing saves nothing

    with qtbot.waitSignal(dialog.context.changes.settings, timeout=10_000):
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert "Settings saved" in dialog.status.text()
    smtp = settings_service.smtp_settings(ledger)
    assert smtp is not None
    assert (smtp.host, smtp.port, smtp.user) == (smtp_server.host, smtp_server.port, TEST_USER)
    assert smtp.from_address == "billing@example.com"
    assert dialog.smtp_tab.password.text() == ""
    assert "system keyring" in dialog.smtp_tab.password_note.text()
    assert list(keyring.entries.values()) == [TEST_PASSWORD]
    assert TEST_PASSWORD in dialog.context.session_passwords.values()

    assert TEST_PASSWORD not in json.dumps(settings_service.load(ledger), ensure_ascii=False)
    assert TEST_PASSWORD.encode() not in stored_bytes(ledger_path)
    assert not any(TEST_PASSWORD in text for text in visible_texts(dialog))

    # The saved password is used when the field is left empty.
    assert run_connection_test(qtbot, dialog).startswith("✔ Connected")


def test_a_refused_mail_server_change_changes_nothing(
    qtbot: QtBot, ledger: Ledger, smtp_server: SmtpTestServer, keyring: MemoryKeyring
) -> None:
    dialog = open_dialog(qtbot, ledger)
    fill_in_server(dialog, smtp_server, TEST_PASSWORD)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert "Settings saved" in dialog.status.text()
    before = settings_service.load(ledger)
    tab = dialog.smtp_tab
    replace_text(tab.fields["smtp.host"].editor, "mail.example.org")  # type: ignore[arg-type]
    tab.fields["smtp.port"].set_value(25)
    tab.security.setCurrentIndex(tab.security.findData("none"))
    replace_text(tab.fields["smtp.ca_file"].editor, "")  # type: ignore[arg-type]
    type_into(tab.password, "another secret")

    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)

    assert "Nothing was saved" in dialog.status.text()
    assert "unencrypted" in tab.security_problem.text() and tab.security_problem.isVisible()
    assert settings_service.load(ledger) == before
    assert list(keyring.entries.values()) == [TEST_PASSWORD]


def test_a_wrong_password_is_said_plainly_and_never_shown(
    qtbot: QtBot, ledger: Ledger, smtp_server: SmtpTestServer, keyring: MemoryKeyring
) -> None:
    dialog = open_dialog(qtbot, ledger)
    fill_in_server(dialog, smtp_server, "Wrong-Secret-42")

    result = run_connection_test(qtbot, dialog)

    assert "refused the user name or password" in result
    assert "#8e0000" in dialog.smtp_tab.test_result.styleSheet()
    assert not any("Wrong-Secret-42" in text for text in visible_texts(dialog))


def test_starttls_chosen_for_an_ssl_port_gets_the_advice_to_choose_ssl(
    qtbot: QtBot, ledger: Ledger, smtp_server_factory: Callable[..., SmtpTestServer]
) -> None:
    server = smtp_server_factory(ssl_on_connect=True, user=TEST_USER, password=TEST_PASSWORD)
    dialog = open_dialog(qtbot, ledger)
    dialog.smtp_tab.connection_timeout = 1.0
    fill_in_server(dialog, server, TEST_PASSWORD)
    tab = dialog.smtp_tab
    tab.security.setCurrentIndex(tab.security.findData("starttls"))

    result = run_connection_test(qtbot, dialog)

    assert "expects SSL from the first byte" in result
    assert f"choose SSL for port {server.port}, or STARTTLS on port 587" in result


def test_the_security_hint_follows_the_choice_and_the_default_port_with_it(
    qtbot: QtBot, ledger: Ledger
) -> None:
    tab = open_dialog(qtbot, ledger).smtp_tab
    assert tab.fields["smtp.port"].value() == 587
    tab.security.setCurrentIndex(tab.security.findData("ssl"))
    assert tab.fields["smtp.port"].value() == 465
    assert "465" in tab.security_hint.text()
    tab.fields["smtp.port"].set_value(587)
    tab.fields["smtp.port"].edited.emit()
    assert "Port 587 expects STARTTLS" in tab.security_hint.text()
    assert tab.insecure_warning.isHidden()
    tab.fields["smtp.allow_insecure_auth"].editor.click()  # type: ignore[union-attr]
    assert not tab.insecure_warning.isHidden()


def first_posted_invoice(ledger: Ledger) -> tuple[int, str, str]:
    """(id, number, the customer's language) of a posted invoice."""
    summary = next(
        s
        for s in ledger.documents(DocumentFilter(type=DocumentType.INVOICE))
        if s.number is not None
    )
    return summary.id, summary.display_number, ledger.party(summary.party_id).language


def test_an_edited_template_shows_in_the_preview_and_is_what_messages_then_use(
    qtbot: QtBot, demo_ledger: Ledger
) -> None:
    document_id, number, language = first_posted_invoice(demo_ledger)
    default_subject = preflight(demo_ledger, SendRequest(document_id=document_id)).subject
    dialog = open_dialog(qtbot, demo_ledger)
    tab = dialog.templates_tab
    dialog.tabs.setCurrentWidget(tab)
    tab.choose("invoice", language)
    assert tab.state.text() == "Default wording" and not tab.restore.isEnabled()

    replace_text(tab.subject, "Your invoice  is ready")
    tab.subject.setCursorPosition(len("Your invoice "))
    item = tab.placeholders.findItems("{document_number}", Qt.MatchFlag.MatchStartsWith)[0]
    rect = tab.placeholders.visualItemRect(item)
    qtbot.mouseClick(tab.placeholders.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tab.subject.text() == "Your invoice {document_number} is ready"
    assert tab.preview_subject.text() == "Subject: Your invoice INV-2026-0042 is ready"
    assert tab.state.text() == "Your own wording" and tab.restore.isEnabled()

    type_into(tab.body, " {nope}")
    assert "{nope} is not a placeholder" in tab.problems["body"].text()
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert "Nothing was saved" in dialog.status.text()
    assert settings_service.get(demo_ledger, "mail.templates") == []
    backspace(tab.body, len(" {nope}"))
    assert not tab.problems["body"].isVisible()

    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    stored = settings_service.get(demo_ledger, "mail.templates")
    assert [(t["kind"], t["language"], t["subject"]) for t in stored] == [
        ("invoice", language, "Your invoice {document_number} is ready")
    ]
    sent = preflight(demo_ledger, SendRequest(document_id=document_id))
    assert sent.subject == f"Your invoice {number} is ready"

    again = open_dialog(qtbot, demo_ledger)
    again.templates_tab.choose("invoice", language)
    assert again.templates_tab.subject.text() == "Your invoice {document_number} is ready"
    qtbot.mouseClick(again.templates_tab.restore, Qt.MouseButton.LeftButton)
    assert again.templates_tab.state.text() == "Default wording"
    press(qtbot, again, QDialogButtonBox.StandardButton.Ok)
    assert settings_service.get(demo_ledger, "mail.templates") == []
    assert preflight(demo_ledger, SendRequest(document_id=document_id)).subject == default_subject


def test_the_preview_speaks_the_templates_language(qtbot: QtBot, ledger: Ledger) -> None:
    tab = open_dialog(qtbot, ledger).templates_tab
    tab.choose("invoice", "de")
    assert "Nordwind Handels GmbH" in tab.preview.toPlainText()
    assert "23.11.2026" in tab.preview.toPlainText()
    tab.choose("invoice", "ar")
    assert tab.preview.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_test_mode_and_the_send_delay_are_saved_and_ok_closes(qtbot: QtBot, ledger: Ledger) -> None:
    dialog = open_dialog(qtbot, ledger)
    dialog.tabs.setCurrentWidget(dialog.sending_page)
    delay = dialog.sending["mail.send_delay_seconds"].editor
    delay.selectAll()  # type: ignore[union-attr]
    type_into(delay, "30")
    type_into(dialog.sending["mail.test_address"].editor, "me@example.com")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    values = settings_service.load(ledger)
    assert values["mail.send_delay_seconds"] == 30
    assert values["mail.test_address"] == "me@example.com"


def test_escape_discards_every_change(qtbot: QtBot, ledger: Ledger) -> None:
    before = settings_service.load(ledger)
    dialog = open_dialog(qtbot, ledger)
    type_into(dialog.smtp_tab.fields["smtp.host"].editor, "smtp.example.com")
    with qtbot.waitSignal(dialog.rejected, timeout=2_000):
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert settings_service.load(ledger) == before


def test_a_logo_is_previewed_checked_and_kept(qtbot: QtBot, ledger: Ledger, tmp_path: Path) -> None:
    picture = QImage(120, 40, QImage.Format.Format_RGB32)
    picture.fill(QColor("darkblue"))
    logo = tmp_path / "logo.png"
    assert picture.save(str(logo))
    not_a_picture = tmp_path / "logo.txt"
    not_a_picture.write_text("hello")
    dialog = open_dialog(qtbot, ledger)
    tab = dialog.company_tab
    assert tab is not None

    tab.load_logo_file(not_a_picture)
    assert "PNG or JPEG" in tab.problems[settings_editor.LOGO_KEY].text()
    tab.load_logo_file(logo)
    assert not tab.problems[settings_editor.LOGO_KEY].isVisible()
    assert not tab.logo_preview.pixmap().isNull()
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert settings_editor.load_logo(ledger) == logo.read_bytes()

    qtbot.mouseClick(tab.remove_logo, Qt.MouseButton.LeftButton)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert settings_editor.load_logo(ledger) is None


def test_an_untrusted_certificate_and_an_unreachable_server_are_said_plainly(
    qtbot: QtBot, ledger: Ledger, smtp_server: SmtpTestServer
) -> None:
    dialog = open_dialog(qtbot, ledger)
    fill_in_server(dialog, smtp_server, TEST_PASSWORD)
    dialog.smtp_tab.fields["smtp.ca_file"].set_value("")
    assert "certificate of the mail server 127.0.0.1 is not trusted" in run_connection_test(
        qtbot, dialog
    )
    dialog.smtp_tab.fields["smtp.port"].set_value(free_port())
    assert "could not be reached on port" in run_connection_test(qtbot, dialog)


def test_an_unreachable_server_is_said_in_the_windows_language(
    qtbot: QtBot, ledger: Ledger, smtp_server: SmtpTestServer
) -> None:
    apply_language("et")
    dialog = open_dialog(qtbot, ledger)
    fill_in_server(dialog, smtp_server, TEST_PASSWORD)
    port = free_port()
    dialog.smtp_tab.fields["smtp.port"].set_value(port)
    tab = dialog.smtp_tab
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.testing, timeout=15_000)
    said = tab.test_result.text()
    assert f"Meiliserverit 127.0.0.1 ei õnnestunud pordil {port} kätte saada" in said


def test_a_new_ledger_starts_its_books_from_the_company_tab(qtbot: QtBot, tmp_path: Path) -> None:
    """A ledger opened fresh (File > Open ledger, or --db) has no company: the Company tab is
    there anyway, asks for the currency once, and saving starts the books."""
    fresh = Ledger.open(str(tmp_path / "fresh.sqlite3"))
    try:
        assert fresh.company() is None
        dialog = open_dialog(qtbot, fresh)
        tab = dialog.company_tab
        assert tab is not None and tab.new and tab.currency.isEnabled()
        type_into(tab.edits["company.name"], "Uus Firma OÜ")
        tab.currency.setCurrentText("xx")
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
        assert fresh.company() is None  # refused, with the reason beside the field
        assert "three letters" in tab.problems["company.currency"].text()

        tab.currency.setCurrentText("EUR")
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
        company = fresh.company()
        assert company is not None and company.name == "Uus Firma OÜ"
        assert company.currency == "EUR"
        assert credits.balance(fresh) == 5  # the books started: the trial credits are there
    finally:
        fresh.close()

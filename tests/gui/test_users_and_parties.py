"""Users, rights and parties in the window: the login dialog, the users page, the parties
pages and their editor, and a clerk who may not see contact addresses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog
from pytestqt.qtbot import QtBot

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.parties import AddressRole, PartyKind
from ledgerpost.domain.users import ADMINISTRATOR, Right
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.outbox_page import OutboxPage
from ledgerpost.gui.mail.send_dialog import SendDialog
from ledgerpost.gui.main_window import MainWindow
from ledgerpost.gui.people.login_dialog import LoginDialog, log_in
from ledgerpost.gui.people.parties_page import PartiesPage
from ledgerpost.gui.people.party_editor import PartyEditor
from ledgerpost.gui.people.user_dialogs import PasswordDialog, UserDialog
from ledgerpost.gui.people.users_page import UsersPage
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import outbox, users
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, queue
from tests.helpers.document_list import settled
from tests.helpers.users import as_user, without

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)", extend=True
)
ADMIN_PASSWORD = "hobune ja kaer"


def test_no_login_dialog_while_the_ledger_has_no_password(ledger: Ledger, runner: Runner) -> None:
    session = log_in(ledger, runner)
    assert session is not None and session.login == ADMINISTRATOR


def test_the_login_dialog_refuses_a_wrong_password_and_lets_the_right_one_in(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    users.set_password(ledger, ADMINISTRATOR, ADMIN_PASSWORD)
    dialog = LoginDialog(ledger, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.login, ADMINISTRATOR)
    qtbot.keyClicks(dialog.password, "wrong one")
    dialog.log_in_button.click()
    qtbot.waitUntil(lambda: "wrong" in dialog.message.text(), timeout=30_000)
    assert dialog.session is None and dialog.isVisible()
    assert dialog.message.text() == "The login name or the password is wrong."
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.log_in_button.click()
    assert dialog.session is not None and dialog.session.login == ADMINISTRATOR
    assert dialog.result() == QDialog.DialogCode.Accepted


def window_as(qtbot: QtBot, ledger: Ledger, context: AppContext) -> MainWindow:
    window = MainWindow(ledger, context)
    qtbot.addWidget(window)
    window.show()
    return window


def nav_keys(window: MainWindow) -> list[str]:
    return [
        window.navigation.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)[0]
        for i in range(window.navigation.topLevelItemCount())
    ]


def test_the_users_page_and_the_actions_follow_the_rights(
    qtbot: QtBot, demo_ledger: Ledger
) -> None:
    admin = window_as(qtbot, demo_ledger, AppContext(demo_ledger, Runner()))
    assert "users" in nav_keys(admin)
    assert admin.batch_action.isEnabled() and admin.settings_action.isEnabled()
    assert "Administrator" in admin.user_label.text()

    clerk_rights = without(Right.MANAGE_USERS, Right.SEND_EMAIL, Right.MANAGE_SETTINGS)
    clerk_context = AppContext(demo_ledger, Runner(), session=as_user("anna", clerk_rights))
    clerk = window_as(qtbot, demo_ledger, clerk_context)
    assert "users" not in nav_keys(clerk) and "customer" in nav_keys(clerk)
    assert not clerk.batch_action.isEnabled() and not clerk.settings_action.isEnabled()
    assert "Send email" in clerk.batch_action.toolTip()
    settled(qtbot, clerk.documents.model)
    clerk.documents.table.selectRow(0)
    assert clerk.documents.selected() is not None
    qtbot.wait(50)
    assert not clerk.send_action.isEnabled()


def test_the_administrator_adds_a_user_sets_a_password_and_deactivates(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    context = AppContext(ledger, runner)
    page = UsersPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30_000)

    add = UserDialog(context, None, page)
    qtbot.addWidget(add)
    qtbot.keyClicks(add.login, "anna")
    qtbot.keyClicks(add.display_name, "Anna Kask")
    qtbot.keyClicks(add.email, "anna@firma.example")
    add.rights[Right.SEE_CONTACTS].setChecked(False)
    with qtbot.waitSignal(add.accepted, timeout=30_000):
        add.buttons.accepted.emit()
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=30_000)
    anna = next(u for u in users.users(ledger) if u.login == "anna")
    assert anna.display_name == "Anna Kask" and anna.email == "anna@firma.example"
    assert Right.SEND_EMAIL in anna.rights and Right.SEE_CONTACTS not in anna.rights

    # The administrator's own password first; then Anna's, typed twice.
    admin = next(u for u in users.users(ledger) if u.login == ADMINISTRATOR)
    own = PasswordDialog(context, admin, page)
    qtbot.addWidget(own)
    qtbot.keyClicks(own.new, ADMIN_PASSWORD)
    qtbot.keyClicks(own.repeat, "something else")
    own.buttons.accepted.emit()
    assert own.problems.text() == "The two passwords differ." and not users.login_required(ledger)
    own.repeat.clear()
    qtbot.keyClicks(own.repeat, ADMIN_PASSWORD)
    with qtbot.waitSignal(own.accepted, timeout=30_000):
        own.buttons.accepted.emit()
    assert users.login_required(ledger)

    short = PasswordDialog(context, anna, page)
    qtbot.addWidget(short)
    qtbot.keyClicks(short.new, "short")
    qtbot.keyClicks(short.repeat, "short")
    short.buttons.accepted.emit()
    qtbot.waitUntil(lambda: "at least 8" in short.problems.text(), timeout=30_000)
    assert short.result() != QDialog.DialogCode.Accepted
    assert not next(u for u in users.users(ledger, context.by) if u.login == "anna").has_password

    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=30_000)
    page.table.selectRow([page.model.user(r).login for r in range(2)].index("anna"))
    page.deactivate_button.click()
    qtbot.waitUntil(
        lambda: not next(u for u in users.users(ledger, context.by) if u.login == "anna").active,
        timeout=30_000,
    )


def posted_invoice(ledger: Ledger) -> int:
    rows = ledger.documents(DocumentFilter(type=DocumentType.INVOICE))
    return next(r.id for r in rows if r.number is not None and ledger.party(r.party_id).emails)


def test_a_clerk_without_the_contact_right_cannot_see_or_mail_a_hidden_contact(
    qtbot: QtBot, demo_ledger: Ledger
) -> None:
    clerk = as_user("clerk", without(Right.SEE_CONTACTS))
    context = AppContext(demo_ledger, Runner(), session=clerk)
    document_id = posted_invoice(demo_ledger)
    party = demo_ledger.party(demo_ledger.document(document_id).party_id)
    addresses = [e.address for e in party.emails]

    dialog = SendDialog(context, document_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.to.isEnabled() and dialog._checked is not None, timeout=30_000)
    qtbot.wait(100)  # the address book arrives separately
    assert dialog.to.text() == ""
    assert dialog.to.line.placeholderText() == "hidden contact"
    assert dialog.to.line.completer_.model().rowCount() == 0
    assert not dialog.to.picker.isVisible()
    shown = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("hidden contact" in text for text in shown)
    assert not any(a in text for a in addresses for text in shown)
    assert not dialog.send_button.isEnabled()

    # Typing the address they happen to know does not open the door either.
    dialog.to.line.setText(addresses[0])
    dialog.to.check_now()
    dialog._check()
    qtbot.waitUntil(
        lambda: dialog._checked is not None and dialog.to.text() == addresses[0], timeout=30_000
    )
    qtbot.wait(200)
    assert not dialog.send_button.isEnabled()
    dialog.send()
    qtbot.wait(200)
    assert outbox.entries(demo_ledger) == []

    page = PartiesPage(context, PartyKind.CUSTOMER)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=30_000)
    column = page.model.COLUMNS.index("emails")
    texts = {page.model.index(r, column).data() for r in range(page.model.rowCount())}
    assert texts == {"hidden contact"}


def test_the_party_editor_saves_several_addresses_with_roles_and_a_contact_person(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    context = AppContext(ledger, runner)
    page = PartiesPage(context, PartyKind.CUSTOMER)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.notice.text() != "", timeout=30_000)
    page.new_button.click()
    editor = page.editor
    assert isinstance(editor, PartyEditor)
    qtbot.keyClicks(editor.name, "Kontorikaubad OÜ"[:13])
    editor.language.setCurrentIndex(editor.language.findData("et"))
    qtbot.keyClicks(editor.city, "Tartu")
    for address, role in (
        ("arved@kontor.example", AddressRole.BILLING),
        ("saldo@kontor.example", AddressRole.STATEMENTS),
    ):
        editor.add_email.click()
        row = editor.emails.rowCount() - 1
        editor.emails.item(row, 0).setText(address)
        combo = editor.emails.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(role.value))
    editor.add_contact.click()
    editor.contacts.item(0, 0).setText("Peeter Puu")
    editor.contacts.item(0, 1).setText("peeter@kontor.example; pp@kontor.example")
    with qtbot.waitSignal(editor.saved, timeout=30_000):
        editor.save_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30_000)

    (stored,) = ledger.parties(PartyKind.CUSTOMER)
    assert stored.name == "Kontorikaubad" and stored.language == "et"
    assert stored.address.city == "Tartu"
    assert [(e.address, e.role) for e in stored.emails] == [
        ("arved@kontor.example", AddressRole.BILLING),
        ("saldo@kontor.example", AddressRole.STATEMENTS),
    ]
    assert [(c.name, [e.address for e in c.emails]) for c in stored.contacts] == [
        ("Peeter Puu", ["peeter@kontor.example", "pp@kontor.example"])
    ]
    column = page.model.COLUMNS.index("emails")
    assert page.model.index(0, column).data() == "arved@kontor.example, saldo@kontor.example"


def test_the_party_editor_lists_every_problem_and_saves_nothing(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    context = AppContext(ledger, runner)
    page = PartiesPage(context, PartyKind.SUPPLIER)
    qtbot.addWidget(page)
    page.show()
    page.new_button.click()
    editor = page.editor
    assert editor is not None
    editor.add_email.click()
    editor.emails.item(0, 0).setText("no at sign")
    editor.save_button.click()
    qtbot.waitUntil(lambda: "name is empty" in editor.problems.text(), timeout=30_000)
    assert "no at sign" in editor.problems.text()
    assert editor.isVisible() and ledger.parties() == []


def test_the_email_queue_shows_a_clerk_no_addresses(qtbot: QtBot, demo_ledger: Ledger) -> None:
    document_id = posted_invoice(demo_ledger)
    assert queue(demo_ledger, SendRequest(document_id=document_id, to="anna@example.com")).queued
    clerk = as_user("clerk", without(Right.SEE_CONTACTS, Right.SEND_EMAIL))
    page = OutboxPage(AppContext(demo_ledger, Runner(), session=clerk))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=30_000)
    column = page.model.COLUMNS.index("to")
    assert page.model.index(0, column).data() == "hidden contact"
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: "hidden contact" in page.details.text(), timeout=30_000)
    assert "anna@example.com" not in page.details.text()
    assert not page.queue_actions.view_action.isEnabled()

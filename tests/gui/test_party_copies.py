"""The party card's default CC and BCC, and an employee card's "Send report…": the copies save
(and a bad one is refused with its field named), the send dialog shows them in CC and BCC, and
the employee's report opens the send dialog for the chosen period."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ledgerpost.domain.parties import AddressRole, EmailAddress, Party, PartyKind
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.mail.send_dialog import SendDialog
from ledgerpost.gui.people.employee_report import ReportPeriod, last_month
from ledgerpost.gui.people.party_editor import PartyEditor
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import parties
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)", extend=True
)


def _card(ledger: Ledger, kind: PartyKind = PartyKind.CUSTOMER) -> Party:
    party = Party(
        kind,
        "Mari Tamm",
        emails=(EmailAddress("mari@example.com", AddressRole.GENERAL),),
        default_cc=('"Kask, Anna" <anna@example.ee>',),
    )
    result = parties.save(ledger, party)
    assert result.saved and result.card is not None
    return result.card.party


def _editor(qtbot: QtBot, ledger: Ledger, runner: Runner, party: Party) -> PartyEditor:
    assert party.id is not None
    editor = PartyEditor(AppContext(ledger, runner), parties.card(ledger, party.id))
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_the_copies_save_and_a_bad_one_is_named(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    party = _card(ledger)
    editor = _editor(qtbot, ledger, runner, party)
    assert editor.copies.cc.text() == '"Kask, Anna" <anna@example.ee>'
    assert not hasattr(editor, "send_report")  # a customer has no employee report
    editor.copies.bcc.setText("audit@example")
    editor.save_button.click()
    qtbot.waitUntil(lambda: "Default bcc: audit@example:" in editor.problems.text(), timeout=30_000)
    editor.copies.bcc.setText("audit@example.org, boss@example.org")
    with qtbot.waitSignal(editor.saved, timeout=30_000):
        editor.save_button.click()
    assert party.id is not None
    stored = ledger.party(party.id)
    assert stored.default_bcc == ("audit@example.org", "boss@example.org")
    assert stored.default_cc == ('"Kask, Anna" <anna@example.ee>',)


def test_an_employee_card_sends_the_report_for_a_period(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    party = _card(ledger, PartyKind.EMPLOYEE)
    editor = _editor(qtbot, ledger, runner, party)
    editor.send_report.click()
    qtbot.waitUntil(lambda: _open(ReportPeriod) is not None, timeout=30_000)
    chooser = _open(ReportPeriod)
    assert isinstance(chooser, ReportPeriod)
    assert chooser.period() == last_month(dt.date.today())
    chooser.accept()
    qtbot.waitUntil(lambda: _open(SendDialog) is not None, timeout=30_000)
    dialog = _open(SendDialog)
    assert isinstance(dialog, SendDialog)
    assert dialog._base.report == "employee-report" and dialog._base.party_id == party.id
    qtbot.waitUntil(lambda: dialog.to.text() != "", timeout=30_000)
    assert "mari@example.com" in dialog.to.text()
    assert dialog.cc.text() == '"Kask, Anna" <anna@example.ee>'
    assert dialog.heading.text().startswith("Employee report")
    dialog.reject()


def test_the_send_dialog_shows_the_card_copies(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    party = _card(ledger)
    assert party.id is not None
    today = dt.date.today()
    request = SendRequest(party_id=party.id, period=(today, today), report="open-items")
    dialog = SendDialog(AppContext(ledger, runner), request=request)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.cc.text() != "", timeout=30_000)
    assert dialog.cc.text() == '"Kask, Anna" <anna@example.ee>' and dialog.bcc.text() == ""
    assert dialog.heading.text().startswith("Open items")
    assert not dialog.request().party_copies  # what the field holds is what goes


def _open(kind: type) -> object | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None

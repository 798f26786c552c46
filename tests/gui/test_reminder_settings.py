"""Reminder levels in the settings (days, fee, attachments, the words of each level per
language, the least amount; a level not later than the one before is named beside its cell
and nothing is saved) and the customer card's reminder flags, saved with the card and obeyed
by the next run."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from ledgerpost.domain.parties import PartyKind
from ledgerpost.domain.reminders import SkipReason
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.people.party_editor import PartyEditor
from ledgerpost.gui.settings.dialog import SettingsDialog
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import parties, reminder_texts, reminders
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import add_customer, invoice

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)", extend=True
)
WAIT_MS = 30_000


def open_settings(qtbot: QtBot, ledger: Ledger) -> SettingsDialog:
    dialog = SettingsDialog(AppContext(ledger, Runner()))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.reminders_tab)
    return dialog


def press(qtbot: QtBot, dialog: SettingsDialog, button: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.buttons.button(button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.saving, timeout=WAIT_MS)


def days(dialog: SettingsDialog, row: int) -> QSpinBox:
    widget = dialog.reminders_tab.table.cellWidget(row, 1)
    assert isinstance(widget, QSpinBox)
    return widget


def fee(dialog: SettingsDialog, row: int) -> QLineEdit:
    widget = dialog.reminders_tab.table.cellWidget(row, 2)
    assert isinstance(widget, QLineEdit)
    return widget


def test_the_levels_are_shown_edited_checked_and_saved(qtbot: QtBot, ledger: Ledger) -> None:
    dialog = open_settings(qtbot, ledger)
    tab = dialog.reminders_tab
    assert tab.table.rowCount() == 3
    assert [days(dialog, r).value() for r in range(3)] == [7, 21, 35]
    assert [fee(dialog, r).text() for r in range(3)] == ["0.00", "0.00", "10.00"]
    assert tab.minimum.text() == "5.00"

    days(dialog, 1).setValue(7)  # not later than level 1
    assert tab.problems.text() == "Level 2, days: must be more days than level 1 (7)"
    assert tab.problems.isVisible() and days(dialog, 1).toolTip()
    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert dialog.status.text().startswith("Nothing was saved")
    assert "must be more days than level 1 (7)" in tab.problems.text()
    assert reminders.reminder_settings(ledger).level(2).days == 21  # nothing was written

    days(dialog, 1).setValue(14)
    assert not tab.problems.isVisible()
    fee(dialog, 1).setText("-2")
    fee(dialog, 1).textEdited.emit("-2")
    assert tab.problems.text() == "Level 2, fee: -2 is not an amount of zero or more"
    fee(dialog, 1).setText("4.50")
    fee(dialog, 1).textEdited.emit("4.50")
    tab.add_button.click()
    assert tab.table.rowCount() == 4 and days(dialog, 3).value() == 49
    assert tab.words.title() == "Words of level 4"
    # The fourth level speaks the bundled third level's words until the user writes their own.
    tab.words.language.setCurrentIndex(tab.words.language.findData("de"))
    german = reminder_texts.bundled_texts()[(3, "de")]
    assert tab.words.subject.text() == german.subject
    assert tab.words.state.text() == "The bundled words"
    tab.words.subject.setText("Letzte Mahnung {document_number}")
    tab.words.subject.textEdited.emit("Letzte Mahnung {document_number}")
    assert tab.words.state.text() == "Your own words" and tab.words.restore.isEnabled()
    tab.words.body.setPlainText("Offen: {total_open} {amount}")
    assert "Level 4, Deutsch, text:" in tab.problems.text()
    assert "{amount}" in tab.words.problems["body"].text()
    tab.words.body.setPlainText("Offen: {total_open}\n\n{invoices}")
    assert not tab.problems.isVisible()

    press(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert dialog.status.text() == "Settings saved."
    stored = reminders.reminder_settings(ledger)
    assert [(x.level, x.days, x.fee) for x in stored.levels] == [
        (1, 7, Decimal("0.00")),
        (2, 14, Decimal("4.50")),
        (3, 35, Decimal("10.00")),
        (4, 49, Decimal("10.00")),
    ]
    words = stored.level(4).text("de")
    assert words is not None and words.subject == "Letzte Mahnung {document_number}"
    assert stored.level(3).texts == ()  # the bundled words are not copied


def test_the_cards_reminder_flags_save_with_the_card_and_the_run_obeys_them(
    qtbot: QtBot, ledger: Ledger
) -> None:
    party = add_customer(ledger, "Mari Tamm", "en")
    assert party.id is not None
    result = ledger.save_and_post(invoice(party, "100", on=dt.date.today() - dt.timedelta(40)))
    assert result.posted
    assert reminders.preview(ledger, dt.date.today()).count == 1
    runner = Runner()
    editor = PartyEditor(AppContext(ledger, runner), parties.card(ledger, party.id))
    qtbot.addWidget(editor)
    editor.show()
    flags = editor.reminder_flags
    qtbot.waitUntil(lambda: flags.loaded and flags.isEnabled(), timeout=WAIT_MS)
    assert flags.isVisible() and not flags.never.isChecked() and not flags.disputed.isChecked()
    flags.disputed.setChecked(True)
    with qtbot.waitSignal(editor.saved, timeout=WAIT_MS):
        editor.save_button.click()
    assert reminders.party_flags(ledger, party.id).disputed
    (skipped,) = reminders.preview(ledger, dt.date.today()).plan.skipped
    assert skipped.reason is SkipReason.DISPUTED

    again = PartyEditor(AppContext(ledger, runner), parties.card(ledger, party.id))
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.reminder_flags.loaded, timeout=WAIT_MS)
    assert again.reminder_flags.disputed.isChecked()
    again.reminder_flags.disputed.setChecked(False)
    again.reminder_flags.never.setChecked(True)
    with qtbot.waitSignal(again.saved, timeout=WAIT_MS):
        again.save_button.click()
    (skipped,) = reminders.preview(ledger, dt.date.today()).plan.skipped
    assert skipped.reason is SkipReason.NO_REMINDERS
    runner.wait()


def test_a_new_customer_is_saved_with_its_flags_and_a_supplier_has_none(
    qtbot: QtBot, ledger: Ledger
) -> None:
    from ledgerpost.domain.parties import Party

    runner = Runner()
    card = parties.PartyCard(Party(PartyKind.CUSTOMER, ""), hidden=False)
    editor = PartyEditor(AppContext(ledger, runner), card)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.reminder_flags.isEnabled()  # nothing to read for a new card
    editor.name.setText("Kask OÜ")
    editor.reminder_flags.never.setChecked(True)
    with qtbot.waitSignal(editor.saved, timeout=WAIT_MS) as saved:
        editor.save_button.click()
    new_id = saved.args[0].party.id  # type: ignore[index]
    assert reminders.party_flags(ledger, new_id).no_reminders

    supplier = parties.PartyCard(Party(PartyKind.SUPPLIER, "Tarnija AS"), hidden=False)
    other = PartyEditor(AppContext(ledger, runner), supplier)
    qtbot.addWidget(other)
    other.show()
    assert not other.reminder_flags.isVisible()
    runner.wait()

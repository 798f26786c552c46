"""The address line splits a list as the core does: completion replaces the entry the core
would check, even where a quoted name holds an escaped quote and a comma."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ledgerpost.domain.addresses import split_list
from ledgerpost.gui.widgets.address_field import AddressLineEdit

FIRST = '"Tamm \\"Mari, Jr\\"" <mari@example.com>'
SECOND = '"Kask, Jaan" <jaan@example.com>'


def test_completion_replaces_the_entry_the_core_splits(qtbot: QtBot) -> None:
    line = AddressLineEdit()
    qtbot.addWidget(line)
    line.setText(f'{FIRST}, "Kask, Jaan" <ja')
    line.setCursorPosition(len(line.text()))
    line.insert_entry(SECOND)
    assert line.text() == f"{FIRST}, {SECOND}, "
    assert split_list(line.text()) == [FIRST, SECOND]
    line.setCursorPosition(FIRST.index("Jr"))  # inside the quoted name, past its comma
    line.insert_entry("Mari Tamm <mari@example.com>")
    assert line.text() == f"Mari Tamm <mari@example.com>, {SECOND}, "

"""File > Open ledger: a ledger file or a shared ledger's address is tried before LedgerPost
starts again on it; mistakes are told in the dialog."""

from __future__ import annotations

import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from ledgerpost.gui.context import AppContext
from ledgerpost.gui.open_ledger import OpenLedgerDialog, program_with
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import ledger_location
from ledgerpost.services.ledger import Ledger

T = ledger_location.Trouble


def _dialog(qtbot: QtBot, ledger: Ledger) -> OpenLedgerDialog:
    dialog = OpenLedgerDialog(AppContext(ledger, Runner()))
    qtbot.addWidget(dialog)
    return dialog


def test_another_ledger_file_is_tried_then_chosen(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite3"
    Ledger.open(str(other)).close()
    dialog = _dialog(qtbot, ledger)
    dialog.path.setText(str(other))
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.try_open()
    assert dialog.target == str(other)
    assert program_with(dialog.target) == (
        sys.executable,
        ["-m", "ledgerpost", "--db", str(other), "gui"],
    )


def test_mistakes_are_told_and_nothing_is_opened(
    qtbot: QtBot, ledger: Ledger, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ledger)
    dialog.path.setText(str(tmp_path / "missing.sqlite3"))
    dialog.try_open()
    assert "missing.sqlite3" in dialog.problem.text() and dialog.target == ""
    assert not (tmp_path / "missing.sqlite3").exists()  # not made by trying

    dialog.shared_choice.setChecked(True)
    assert dialog.address.isEnabled() and not dialog.path.isEnabled()
    dialog.address.setText("postgresql+psycopg://anna:secret@server/books")
    dialog.try_open()
    assert "keyring" in dialog.problem.text() and "secret" not in dialog.problem.text()


def test_the_location_checks() -> None:
    assert ledger_location.problem("") == (T.EMPTY, "")
    assert ledger_location.problem("postgresql+psycopg://anna@server/books") is None
    assert ledger_location.problem("postgresql+psycopg://anna@server") == (T.NO_DATABASE, "")
    assert ledger_location.problem("mysql://anna@server/books") == (T.NOT_POSTGRESQL, "mysql")
    assert ledger_location.problem("postgresql://a:b@server/books") == (T.PASSWORD_IN_ADDRESS, "")
    assert ledger_location.problem("://") == (T.NOT_AN_ADDRESS, "")

"""File > Restore from a backup…: a backup becomes a new ledger file (never over one), checked,
with what was still to go waiting for the user; then it can be opened."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from ledgerpost.gui.context import AppContext
from ledgerpost.gui.restore_dialog import RestoreDialog
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import backup
from ledgerpost.services.ledger import Ledger


def test_a_backup_is_restored_into_a_new_file_and_offered_to_open(
    qtbot: QtBot, demo_ledger: Ledger, runner: Runner, tmp_path: Path
) -> None:
    taken = backup.backup(demo_ledger, tmp_path / "friday.ledgerpost")
    assert taken is not None and taken.problems == ()
    dialog = RestoreDialog(AppContext(demo_ledger, runner))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isEnabled() and not dialog.open_button.isEnabled()
    dialog.backup_path.setText(str(tmp_path / "friday.ledgerpost"))
    target = tmp_path / "restored" / "books.sqlite3"
    dialog.ledger_path.setText(str(target))
    dialog.restore()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=120_000)
    assert "is now the ledger" in dialog.status.text()
    assert str(target) in dialog.status.text()
    assert dialog.open_button.isEnabled() and not dialog.restore_button.isEnabled()
    restored = Ledger.open(str(target), create=False)
    try:
        assert restored.count_documents() == demo_ledger.count_documents()
        assert restored.check() == []
    finally:
        restored.close()
    dialog.open_button.click()
    assert dialog.target == str(target)


def test_restoring_over_an_existing_file_is_refused_in_words(
    qtbot: QtBot, demo_ledger: Ledger, runner: Runner, tmp_path: Path
) -> None:
    assert backup.backup(demo_ledger, tmp_path / "b.ledgerpost") is not None
    existing = tmp_path / "books.sqlite3"
    existing.write_bytes(b"not to be overwritten")
    dialog = RestoreDialog(AppContext(demo_ledger, runner))
    qtbot.addWidget(dialog)
    dialog.backup_path.setText(str(tmp_path / "b.ledgerpost"))
    dialog.ledger_path.setText(str(existing))
    dialog.restore()
    qtbot.waitUntil(lambda: str(existing) in dialog.status.text(), timeout=120_000)
    assert dialog.result is None and not dialog.open_button.isEnabled()
    assert dialog.restore_button.isEnabled()  # choose another file and try again
    assert existing.read_bytes() == b"not to be overwritten"

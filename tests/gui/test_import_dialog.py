"""File > Import…: a file is checked first (every problem with its row, nothing written), and
only a file that passed is imported, all of it; the pages that show cards and documents hear."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from ledgerpost.domain.parties import PartyKind
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.import_dialog import DOCUMENTS, PARTIES, ImportDialog
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services.ledger import Ledger

SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "samples"


def dialog_on(qtbot: QtBot, ledger: Ledger, runner: Runner) -> ImportDialog:
    dialog = ImportDialog(AppContext(ledger, runner))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(dialog: ImportDialog, kind: str, path: Path) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.path.setText(str(path))


def _run(qtbot: QtBot, dialog: ImportDialog, *, dry_run: bool) -> None:
    dialog.found = None
    dialog.run(dry_run=dry_run)
    qtbot.waitUntil(lambda: dialog.found is not None, timeout=30_000)


def test_cards_are_checked_then_imported(qtbot: QtBot, ledger: Ledger, runner: Runner) -> None:
    dialog = dialog_on(qtbot, ledger, runner)
    _choose(dialog, PARTIES, SAMPLES / "parties.csv")
    assert not dialog.import_button.isEnabled() and not dialog.post.isVisible()
    _run(qtbot, dialog, dry_run=True)
    assert dialog.summary.text().startswith("New cards: 4, updated: 0, unchanged: 0.")
    assert ledger.parties() == []  # a check writes nothing
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as imported:
        dialog.run(dry_run=False)
    assert imported.args == [PARTIES]
    assert {p.code for p in ledger.parties(PartyKind.CUSTOMER)} == {"C100", "C101"}
    assert not dialog.import_button.isEnabled()  # check again before the next import
    _run(qtbot, dialog, dry_run=True)
    assert dialog.summary.text().startswith("New cards: 0, updated: 0, unchanged: 4.")


def test_a_file_with_problems_lists_each_and_cannot_be_imported(
    qtbot: QtBot, ledger: Ledger, runner: Runner, tmp_path: Path
) -> None:
    broken = tmp_path / "documents.csv"
    lines = (SAMPLES / "documents.csv").read_text(encoding="utf-8").splitlines()
    lines[1] = lines[1].replace("2026-03-02", "2026-02-30")  # no such day
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dialog = dialog_on(qtbot, ledger, runner)
    _choose(dialog, DOCUMENTS, broken)
    assert dialog.post.isVisible()
    _run(qtbot, dialog, dry_run=True)
    assert dialog.table.rowCount() >= 1
    assert "nothing was written" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    wheres = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert any("2" in where for where in wheres)  # the row is named
    assert ledger.documents() == []


def test_documents_pass_then_are_created_and_posted(
    qtbot: QtBot, ledger: Ledger, runner: Runner, tmp_path: Path
) -> None:
    from ledgerpost.services.imports import import_parties

    assert import_parties(ledger, SAMPLES / "parties.csv").written
    data = tmp_path / "documents.csv"
    shutil.copy(SAMPLES / "documents.csv", data)
    dialog = dialog_on(qtbot, ledger, runner)
    _choose(dialog, DOCUMENTS, data)
    dialog.post.setChecked(True)
    _run(qtbot, dialog, dry_run=True)
    assert "pass every check" in dialog.summary.text(), dialog.summary.text()
    dialog.post.setChecked(False)  # another choice: the check no longer stands
    assert not dialog.import_button.isEnabled()
    dialog.post.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.run(dry_run=False)
    assert "created" in dialog.summary.text()
    made = ledger.documents()
    assert made and all(summary.number is not None for summary in made)
    assert ledger.check() == []


def test_a_file_that_is_not_text_is_one_problem(
    qtbot: QtBot, ledger: Ledger, runner: Runner, tmp_path: Path
) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("code,name\nC1,Jürgen\n".encode("latin-1"))
    dialog = dialog_on(qtbot, ledger, runner)
    _choose(dialog, PARTIES, path)
    _run(qtbot, dialog, dry_run=True)
    assert dialog.table.rowCount() == 1 and not dialog.import_button.isEnabled()

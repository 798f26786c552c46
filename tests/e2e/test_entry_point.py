"""The installed ``ledgerpost`` program, run as a user runs it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import AS_OF

EXE = shutil.which("ledgerpost", path=str(Path(sys.executable).parent))


def ledgerpost(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    assert EXE is not None, "the ledgerpost console script is not installed"
    return subprocess.run(
        [EXE, *args], capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})}
    )


def test_version_and_module_entry_point() -> None:
    assert ledgerpost("--version").stdout.startswith("ledgerpost ")
    module = subprocess.run(
        [sys.executable, "-m", "ledgerpost", "--help"], capture_output=True, text=True, timeout=60
    )
    assert module.returncode == 0 and "documents" in module.stdout


def test_a_newcomer_session_from_init_to_check(tmp_path: Path) -> None:
    env = {"LEDGERPOST_DB": str(tmp_path / "books.sqlite3")}
    assert (
        ledgerpost(
            "demo", "--customers", "6", "--invoices", "12", "--as-of", AS_OF.isoformat(), env=env
        ).returncode
        == 0
    )
    listed = ledgerpost("documents", "list", "--type", "invoice", "--json", env=env)
    assert listed.returncode == 0
    assert len([r for r in json.loads(listed.stdout) if r["state"] == "posted"]) == 12
    assert ledgerpost("check", env=env).returncode == 0
    missing = ledgerpost(
        "--db",
        str(tmp_path / "books.sqlite3"),
        "documents",
        "list",
        "--dates",
        "2026-02-30..2026-03-01",
    )
    assert missing.returncode == 2 and "date range" in missing.stderr


@pytest.mark.slow
def test_the_window_starts_from_the_installed_program(tmp_path: Path) -> None:
    db = str(tmp_path / "books.sqlite3")
    assert ledgerpost("--db", db, "demo", "--customers", "3", "--invoices", "5").returncode == 0
    shown = ledgerpost("--db", db, "gui", "--smoke", env={"QT_QPA_PLATFORM": "offscreen"})
    assert shown.returncode == 0, shown.stderr


@pytest.mark.parametrize("command", [("outbox", "list"), ("documents", "list")])
def test_a_reader_that_stops_early_ends_it_quietly(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    """``ledgerpost outbox list | head``: the pipe closes before the list is written."""
    db = str(tmp_path / "books.sqlite3")
    assert ledgerpost("--db", db, "demo", "--customers", "3", "--invoices", "5").returncode == 0
    assert EXE is not None
    with subprocess.Popen(
        [EXE, "--db", db, *command], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # the reader is gone before the first line comes
        err = process.stderr.read()
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert err == ""
    assert process.returncode == 1

"""The command line starts with only what the chosen command needs: a listing never loads the
PDF renderer, the keyring, the mail stack or Qt (no timing: what is imported is the cause)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from ledgerpost.cli.main import implementation, main
from ledgerpost.cli.parser import build_parser

HEAVY = ("reportlab", "keyring", "ledgerpost.mail", "PySide6")

PROBE = """
import sys
from ledgerpost.cli.main import main
code = main(sys.argv[2:])
print("exit", code)
print("loaded", *sorted(m for m in sys.modules if m.split(".")[0] in {heavy}
                       or any(m == h or m.startswith(h + ".") for h in {heavy})))
"""


def _probe(db: Path, *command: str, heavy: tuple[str, ...] = HEAVY) -> list[str]:
    script = PROBE.format(heavy=repr(set(heavy)))
    done = subprocess.run(
        [sys.executable, "-c", script, "probe", "--db", str(db), *command],
        capture_output=True,
        text=True,
        timeout=300,
        env=os.environ.copy(),
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "exit 0" in lines, done.stdout
    return lines[-1].split()[1:]


def test_listing_commands_load_no_renderer_keyring_mail_or_qt(tmp_path: Path) -> None:
    db = tmp_path / "tiny.sqlite3"
    assert main(["--db", str(db), "init", "--company", "Tiny OÜ"]) == 0
    assert _probe(db, "documents", "list", "--limit", "5") == []
    assert _probe(db, "outbox", "list") == []


def test_a_send_that_needs_no_rendering_never_loads_the_renderer(tmp_path: Path) -> None:
    # The delivering process only asks whether any due message lacks its print copy: the
    # renderer is a tenth of a second of a warm send's start.
    db = tmp_path / "tiny.sqlite3"
    assert main(["--db", str(db), "init", "--company", "Tiny OÜ"]) == 0
    settings = ["--host", "127.0.0.1", "--port", "2525", "--security", "none"]
    assert main(["--db", str(db), "smtp", "set", *settings, "--from-address", "b@example.com"]) == 0
    assert _probe(db, "outbox", "run", "--connections", "2", heavy=("reportlab",)) == []


def test_a_reader_that_goes_away_ends_the_listing_quietly(tmp_path: Path) -> None:
    db = tmp_path / "tiny.sqlite3"
    assert main(["--db", str(db), "init", "--company", "Tiny OÜ"]) == 0
    process = subprocess.Popen(
        [sys.executable, "-m", "ledgerpost", "--db", str(db), "outbox", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # as `| head` does once it has read enough
    errors = process.stderr.read()
    process.wait(timeout=300)
    assert "BrokenPipeError" not in errors and "Traceback" not in errors, errors


def _implementations(parser: argparse.ArgumentParser) -> set[str]:
    names = {parser.get_default("run")} - {None}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                names |= _implementations(sub)
    return names


def test_every_command_names_an_implementation_that_exists() -> None:
    names = _implementations(build_parser())
    assert len(names) >= 28  # the scan sees them all (retry, cancel and mark-sent share one)
    for name in sorted(names):
        assert callable(implementation(name)), name

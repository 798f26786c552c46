"""The desktop build: PyInstaller makes the one-folder app, and the built program starts."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


@pytest.mark.skipif(sys.platform != "linux", reason="the CI builds the Linux app")
def test_the_built_app_opens_a_demo_ledger_renders_a_print_copy_and_exits(tmp_path: Path) -> None:
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    assert pyinstaller, "pyinstaller is part of the test extras"
    build = subprocess.run(
        [pyinstaller, "--noconfirm", "--distpath", str(tmp_path / "dist"),
         "--workpath", str(tmp_path / "build"), str(ROOT / "build_installer.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=840,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-3000:]
    program = tmp_path / "dist" / "LedgerPost" / "LedgerPost"
    assert program.is_file()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home")}
    smoke = subprocess.run(
        [str(program), "gui", "--smoke"], capture_output=True, text=True, timeout=120, env=env
    )
    assert smoke.returncode == 0, smoke.stderr
    assert "smoke test:" in smoke.stderr and ".pdf" in smoke.stderr
    # The bundle carries what the app reads as files at run time.
    internal = tmp_path / "dist" / "LedgerPost" / "_internal" / "ledgerpost"
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    for language in ("et", "de", "ru", "ro", "ar"):
        assert (internal / "translations" / f"ledgerpost_{language}.qm").is_file()
    assert list((internal / "storage" / "migrations" / "versions").glob("0001_*.py"))

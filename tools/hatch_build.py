"""Hatch build hook: compile the Qt catalogues (translations/*.ts) into the wheel as .qm files.

The .qm files are generated, never committed. A wheel carries them in
``ledgerpost/translations/``; an editable install reads ``translations/`` of the checkout,
where ``scripts/setup.sh`` (or ``python tools/translations.py compile``) puts them.

``pyside6-lrelease`` comes from PySide6-Essentials. The hook looks for it on PATH, beside the
building Python, in the checkout's ``.venv`` and at ``$PYSIDE6_LRELEASE``; without it, a wheel
build stops with a plain message rather than ship a window without its languages.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent.parent


def find_lrelease() -> str | None:
    candidates = [
        os.environ.get("PYSIDE6_LRELEASE", ""),
        shutil.which("pyside6-lrelease") or "",
        str(Path(sys.executable).parent / "pyside6-lrelease"),
        str(ROOT / ".venv" / "bin" / "pyside6-lrelease"),
        str(ROOT / ".venv" / "Scripts" / "pyside6-lrelease.exe"),
    ]
    return next((c for c in candidates if c and Path(c).is_file()), None)


class CompileTranslations(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        sources = sorted((ROOT / "translations").glob("ledgerpost_*.ts"))
        lrelease = find_lrelease()
        if lrelease is None:
            raise RuntimeError(
                "pyside6-lrelease is needed to compile the translations into the wheel: "
                "install PySide6-Essentials where you build, or set PYSIDE6_LRELEASE"
            )
        self._folder = tempfile.TemporaryDirectory(prefix="ledgerpost-qm-")
        for source in sources:
            target = Path(self._folder.name) / source.with_suffix(".qm").name
            subprocess.run([lrelease, "-silent", str(source), "-qm", str(target)], check=True)
            build_data["force_include"][str(target)] = f"ledgerpost/translations/{target.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        folder = getattr(self, "_folder", None)
        if folder is not None:
            folder.cleanup()

"""The repository's translation tool (tools/translations.py), for tests that need catalogues."""

from __future__ import annotations

import importlib.util
import re
import string
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def translation_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_QT_MARKERS = re.compile(r"%(?:\d+|n|v|m|L\d+)")


def placeholders(text: str) -> list[str]:
    """Qt markers (``%1``, ``%n``, ``%v``) and ``{name}`` fields, sorted, with repeats."""
    found = _QT_MARKERS.findall(text)
    found += [
        "{" + name + "}"
        for _, name, _, _ in string.Formatter().parse(text.replace("%", ""))
        if name
    ]
    return sorted(found)


def compiled_catalogues() -> list[Path]:
    """The ``.qm`` files beside the ``.ts`` sources, compiled now if missing or stale."""
    return list(translation_tool().lrelease())

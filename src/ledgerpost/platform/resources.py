"""Where the bundled files are: fonts, icons, templates, translations.

In a source checkout they sit at the top of the repository; an installed package and the
desktop build carry them inside the package as ``ledgerpost/resources`` and
``ledgerpost/translations``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


@cache
def _folder(name: str) -> Path:
    candidates = [_PACKAGE / name, _PACKAGE.parent.parent / name]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "ledgerpost" / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the {name} folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return _folder("resources").joinpath(*parts)


def translations_path(*parts: str) -> Path:
    return _folder("translations").joinpath(*parts)

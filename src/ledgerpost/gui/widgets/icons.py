"""The bundled SVG icons, loaded once."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ledgerpost.platform.resources import resource_path


@cache
def icon(name: str) -> QIcon:
    """``icon("mail-sent")`` for resources/icons/mail-sent.svg."""
    return QIcon(str(resource_path("icons", f"{name}.svg")))

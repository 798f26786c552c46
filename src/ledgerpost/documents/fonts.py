"""The bundled font family (DejaVu Sans: Latin, Cyrillic, Arabic presentation forms)."""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ledgerpost.platform.resources import resource_path

REGULAR = "LedgerPostSans"
BOLD = "LedgerPostSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register_fonts() -> None:
    """Register the family with reportlab once per process; embedded as subsets."""
    for name, file_name in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)

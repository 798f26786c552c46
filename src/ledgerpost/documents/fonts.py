"""The bundled font family (DejaVu Sans: Latin, Cyrillic, Arabic presentation forms)."""

from __future__ import annotations

import unicodedata
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from ledgerpost.platform.resources import resource_path

REGULAR = "LedgerPostSans"
BOLD = "LedgerPostSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def _letters(code: int) -> str:
    """What a glyph reads as: an Arabic presentation form (a joined shape, a ligature) as
    its ordinary letters, anything else as itself."""
    char = chr(code)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        plain = unicodedata.normalize("NFKC", char)
        return plain if plain.strip() else char
    return char


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, but with presentation forms read as their letters.

    Arabic is drawn shaped (each letter in its joined form, U+FExx); with reportlab's own map
    a reader's search, copy and paste, ``pdftotext`` and pypdf get those forms and find no
    customer name in the PDF. Mapped back to the letters (a ligature to both), the text reads
    as written, as PDF/A level U asks (ISO 19005-3 6.2.11.7.2).
    """
    entries = [
        f"<{i:02X}> <{_letters(code).encode('utf-16-be').hex().upper()}>"
        for i, code in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@cache
def register_fonts() -> None:
    """Register the family with reportlab once per process; embedded as subsets, each with a
    ToUnicode map that reads Arabic as its letters (:func:`to_unicode_cmap`)."""
    ttfonts.makeToUnicodeCMap = to_unicode_cmap  # reportlab looks it up by name when writing
    for name, file_name in FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)

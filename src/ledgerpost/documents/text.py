"""Text as it is drawn: Arabic shaped and put in visual order, lines wrapped in logical order.

reportlab draws glyphs left to right exactly as given. Right-to-left text therefore has to be
wrapped first, in reading (logical) order, and only then shaped (``arabic_reshaper`` picks the
joined letter forms) and reordered (``python-bidi``) line by line. Wrapping after reordering
would put the end of a sentence on the first line.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import arabic_reshaper
from bidi import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

from ledgerpost.i18n.translate import BIDI_MARKS

_NEEDS_BIDI = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_RESHAPER = arabic_reshaper.ArabicReshaper({"delete_harakat": False, "support_ligatures": True})


def needs_bidi(text: str) -> bool:
    return _NEEDS_BIDI.search(text) is not None


@lru_cache(maxsize=4096)
def visual(text: str, right_to_left: bool) -> str:
    """One line, shaped and in drawing order, for a paragraph of the given direction."""
    if not right_to_left and not needs_bidi(text):
        return text
    shaped = _RESHAPER.reshape(text)
    return str(get_display(shaped, base_dir="R" if right_to_left else "L")).translate(BIDI_MARKS)


def direction_of(text: str, default: bool) -> bool:
    """True when ``text`` reads right to left by its first strong letter (Unicode P2/P3);
    ``default`` when it has none (digits and punctuation only)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return default


def width(text: str, font: str, size: float) -> float:
    """Drawn width of a logical line (shaping changes widths, order does not)."""
    drawn = _RESHAPER.reshape(text).translate(BIDI_MARKS) if needs_bidi(text) else text
    return float(stringWidth(drawn, font, size))


def wrap(text: str, font: str, size: float, limit: float) -> list[str]:
    """Logical lines no wider than ``limit``; ``\\n`` starts a new paragraph.

    Breaks at spaces; a word wider than the line is cut between characters.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if width(candidate, font, size) <= limit:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = word
            while width(current, font, size) > limit and len(current) > 1:
                cut = _longest_prefix(current, font, size, limit)
                lines.append(current[:cut])
                current = current[cut:]
        lines.append(current)
    return lines


def _longest_prefix(word: str, font: str, size: float, limit: float) -> int:
    cut = 1
    while cut < len(word) and width(word[: cut + 1], font, size) <= limit:
        cut += 1
    return cut

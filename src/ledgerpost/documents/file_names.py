"""File names of print copies: ``Invoice INV-17.pdf``, ``Arve INV-17.pdf``, ``فاتورة INV-17.pdf``.

Safe on Windows, macOS and Linux: no path separators, no characters Windows refuses, no
control or bidi formatting characters, no trailing dot or space, no reserved device name, NFC.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from ledgerpost.documents.document_pdf import document_title
from ledgerpost.domain.documents import Document
from ledgerpost.i18n.translate import translator

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(10)}
MAX_STEM = 120


def safe_file_name(stem: str, extension: str = ".pdf") -> str:
    """``stem`` made safe everywhere, with ``extension`` appended."""
    text = unicodedata.normalize("NFC", stem)
    text = _INVISIBLE.sub("", _FORBIDDEN.sub("-", text))
    text = " ".join(text.split())[:MAX_STEM].rstrip(" .")
    if not text or text.split(".")[0].upper() in _RESERVED:
        text = f"_{text}"
    return text + extension


def document_file_name(document: Document, language: str) -> str:
    t = translator(language)
    number = document.display_number or t.gettext("Draft")
    return safe_file_name(f"{document_title(t, document.type)} {number}")


def period_file_name(title: str, name: str, start: dt.date, end: dt.date) -> str:
    """A report's file name: ``Customer statement Anna Tamm 2026-01-01..2026-03-31.pdf``."""
    return safe_file_name(f"{title} {name} {start.isoformat()}..{end.isoformat()}")

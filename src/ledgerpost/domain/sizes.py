"""Sizes of messages and files as people read them: "146 KB", "2.4 MB"."""

from __future__ import annotations

from decimal import Decimal

KB = 1024
MB = 1024 * 1024


class Size(int):
    """A count of bytes that a sentence shows as a size: a problem's value of this type is
    written "146 KB" / "2,4 MB" in the reader's language (``Translator.size``)."""


def size_parts(size: int) -> tuple[Decimal, int, str]:
    """(number, decimals, unit) of ``size`` as read: whole KB under a megabyte (at least 1,
    never "0.0 MB"), else MB with one decimal."""
    if size < MB:
        return Decimal(max(1, round(size / KB)) if size else 0), 0, "KB"
    return Decimal(round(size / MB, 1)).quantize(Decimal("0.1")), 1, "MB"


def readable_size(size: int) -> str:
    """The size in English digits ("146 KB", "2.4 MB")."""
    number, places, unit = size_parts(size)
    return f"{number:.{places}f} {unit}"

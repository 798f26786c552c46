"""Sizes of messages and files as people read them: "146 KB", "2.4 MB"."""

from __future__ import annotations

KB = 1024
MB = 1024 * 1024


def readable_size(size: int) -> str:
    """Whole KB under a megabyte (never "0.0 MB"), else MB with one decimal."""
    if size < MB:
        return f"{max(1, round(size / KB))} KB" if size else "0 KB"
    return f"{size / MB:.1f} MB"

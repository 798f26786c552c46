"""Saving a report shown on a page as a file: ask where, write it off the GUI thread, say so.

The pages that offer *Save as PDF…* / *Save as CSV…* (ageing, VAT report, books) share this:
the file is made by a service in the background, and the page's status line says where it
went or, in plain words, why it could not be written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ledgerpost.gui.context import AppContext


def ask_target(parent: QWidget, title: str, suggested: str, kinds: str) -> Path | None:
    """The file the user chose to save into, or None when they cancelled."""
    target, _ = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
    return Path(target) if target else None


def write_report(
    context: AppContext,
    owner: QWidget,
    target: Path,
    produce: Callable[[], bytes | str],
    saved: Callable[[Path], None],
    failed: Callable[[Exception], None],
) -> None:
    """Make the file's content with ``produce`` and write it to ``target``, in the background.

    Text is written as UTF-8. ``saved(target)`` or ``failed(exc)`` is called on the GUI thread
    (neither once ``owner`` is gone).
    """

    def write() -> int:
        content = produce()
        if isinstance(content, str):
            return target.write_text(content, encoding="utf-8")
        return target.write_bytes(content)

    context.runner.run(write, lambda _size: saved(target), failed, owner=owner)

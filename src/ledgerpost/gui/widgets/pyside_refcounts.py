"""A stopgap for PySide6 6.12.0 on Python 3.11: None, True and False lose references.

Measured here (PySide6-Essentials 6.12.0, Python 3.11.7): every call of a wrapped C++ method
that returns nothing (``QTimer.start``, ``beginInsertRows``, ``QThreadPool.start`` ...), every
``None`` a Python ``data()`` hands back to a view, drops one reference to ``None`` it never
took, and every Python ``signal.emit(...)`` drops one to ``True``. Python 3.12 made those
objects immortal, which hides the bug there; on 3.11 their counts run down and the interpreter
aborts ("Fatal Python error: none_dealloc" / "bool_dealloc") after some tens of thousands of
calls: a minute of scrolling a long list, or a batch of a few thousand messages. PySide6 6.11.3
does not do it.

Until the project runs a fixed PySide6 (or Python 3.12), give the three so many references
that they cannot run down, as 3.12 does. Nothing is ever freed that would have been.
"""

from __future__ import annotations

import ctypes
import sys

CUSHION = 1 << 48
"""References added to each: more than a program can drop in any run."""


def keep_singletons_alive() -> None:
    """Make None, True and False immortal in practice (once; a no-op from Python 3.12 on)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in a CPython 3.11 build. The GIL is
        # held here, so no other thread changes the count between the read and the write.
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < CUSHION // 2:  # given once: the bug's drops never reach half of it
            count.value += CUSHION

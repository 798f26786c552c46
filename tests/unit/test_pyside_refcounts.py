"""The PySide6 6.12.0 stopgap (ledgerpost.gui.widgets.pyside_refcounts) is in force once the GUI
package is imported, so a long session cannot run None, True or False
down to a fatal deallocation."""

from __future__ import annotations

import sys

import pytest

import ledgerpost.gui  # noqa: F401  (the import applies the stopgap)
from ledgerpost.gui.widgets.pyside_refcounts import CUSHION, keep_singletons_alive


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="immortal from Python 3.12 on")
def test_none_true_and_false_have_a_cushion_that_is_given_once() -> None:
    before = [sys.getrefcount(x) for x in (None, True, False)]
    # the signal test beside this one drops some thousands from True: the cushion stays given
    assert all(count > CUSHION // 2 for count in before)
    keep_singletons_alive()  # a second call adds nothing
    after = [sys.getrefcount(x) for x in (None, True, False)]
    assert all(abs(a - b) < CUSHION // 2 for a, b in zip(after, before, strict=True))


def test_emitting_many_signals_leaves_the_interpreter_standing() -> None:
    from PySide6.QtCore import QObject, Signal

    class Sender(QObject):
        ping = Signal(bool)

    sender = Sender()
    heard: list[bool] = []
    sender.ping.connect(heard.append)
    for _ in range(50_000):  # more than enough to run True down without the cushion
        sender.ping.emit(True)
    assert len(heard) == 50_000 and sys.getrefcount(True) > 1_000

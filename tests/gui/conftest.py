"""GUI tests: no background work of one test may outlive it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from ledgerpost.gui.runner import wait_for_all


@pytest.fixture(autouse=True)
def settle_background_work(qtbot: QtBot) -> Iterator[None]:
    yield
    assert wait_for_all(30_000), "background work was still running 30 s after the test"
    qtbot.wait(10)  # deliver the answers that are already queued

"""GUI tests: no background work of one test may outlive it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from ledgerpost.gui.widgets.language import apply_language
from ledgerpost.gui.widgets.runner import wait_for_all


@pytest.fixture(autouse=True)
def english_window(qtbot: QtBot) -> None:
    """Every test starts with the window speaking English as the app does (its plural forms
    included: "1 document", "3 messages"), whatever language the test before chose."""
    apply_language("en")


@pytest.fixture(autouse=True)
def settle_background_work(qtbot: QtBot) -> Iterator[None]:
    yield
    assert wait_for_all(30_000), "background work was still running 30 s after the test"
    qtbot.wait(10)  # deliver the answers that are already queued

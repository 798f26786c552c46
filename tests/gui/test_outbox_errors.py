"""The email queue says why a message did not go in the window's language, from the code and
values the outbox keeps; a row from before codes were kept shows its English as it is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from ledgerpost.domain.outbox import OutboxEntry, OutboxStatus
from ledgerpost.gui.mail.outbox_model import server_reply
from ledgerpost.gui.widgets.language import apply_language

T0 = dt.datetime(2026, 12, 2, 10, 0)
SAID = "The mail server refused the message (554 5.7.1 Spam)."


@pytest.fixture
def arabic(qtbot: QtBot) -> Iterator[None]:
    apply_language("ar")
    yield
    apply_language("en")


def failed(**values: object) -> OutboxEntry:
    entry = OutboxEntry(
        1, OutboxStatus.FAILED, "invoice", 1, "invoice INV-1", 1, "mari@example.com", "", "",
        "Arve", 1, SAID, 554, "<1@example.com>", T0, "admin", None, T0, None, "", None,
    )  # fmt: skip
    return replace(entry, **values)  # type: ignore[arg-type]


def test_a_kept_code_is_said_in_arabic_with_its_values(arabic: None) -> None:
    entry = failed(
        last_error_code="mail-refused",
        last_error_params=(("reply", 554), ("text", "5.7.1 Spam")),
    )
    shown = server_reply(entry)
    assert "رفض خادم البريد الرسالة" in shown and "5.7.1 Spam" in shown
    assert "The mail server" not in shown


def test_an_old_row_shows_its_english_as_it_is(arabic: None) -> None:
    assert server_reply(failed()) == f"554 {SAID}"

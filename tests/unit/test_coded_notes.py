"""Sentences LedgerPost says that are no error: what a connection test found and the user's
"marked as sent" are catalogue codes, English in ``str()`` and translated on screen."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from ledgerpost.domain.outbox import (
    MARKED_SENT,
    MARKED_SENT_BEFORE,
    OutboxEntry,
    OutboxStatus,
    reply_note,
)
from ledgerpost.domain.smtp import Security
from ledgerpost.i18n.outbox_replies import reply_problem
from ledgerpost.i18n.problems import render
from ledgerpost.mail.connection_check import ConnectionCheck

T0 = dt.datetime(2026, 12, 3, 9, 0)


@pytest.mark.parametrize(
    ("check", "english"),
    [
        (
            ConnectionCheck("smtp.example.com", 587, Security.STARTTLS, "TLSv1.3", "anna"),
            "Connected to smtp.example.com on port 587 with STARTTLS (TLSv1.3) and signed in "
            "as anna.",
        ),
        (
            ConnectionCheck("smtp.example.com", 465, Security.SSL, "TLSv1.2"),
            "Connected to smtp.example.com on port 465 with SSL (TLSv1.2) and did not sign in "
            "(no user name is set).",
        ),
        (
            ConnectionCheck("relay.local", 25, Security.NONE, user="anna"),
            "Connected to relay.local on port 25 with no encryption and signed in as anna.",
        ),
        (
            ConnectionCheck("relay.local", 25, Security.NONE, size_limit=150_000),
            "Connected to relay.local on port 25 with no encryption and did not sign in "
            "(no user name is set). It takes messages of up to 146 KB.",
        ),
    ],
)
def test_a_connection_test_keeps_its_english(check: ConnectionCheck, english: str) -> None:
    assert str(check) == english


def test_a_connection_test_in_russian_and_arabic() -> None:
    check = ConnectionCheck("smtp.example.com", 587, Security.STARTTLS, "TLSv1.3", "anna")
    first, size = replace(check, size_limit=2 * 1024 * 1024).sentences
    assert render(first, "ru") == (
        "Подключено к smtp.example.com на порту 587 с STARTTLS (TLSv1.3), вход выполнен как anna."
    )
    assert render(size, "ar") == "يقبل رسائل حتى \u2068\u20662.0\u2069 ميغابايت\u2069."


def sent(server_reply: str, status: OutboxStatus = OutboxStatus.SENT) -> OutboxEntry:
    return OutboxEntry(
        1, status, "invoice", 1, "invoice INV-1", 1, "mari@example.com", "", "", "Arve", 1,
        "", None, "<1@example.com>", T0, "admin", None, T0, T0, "", None, server_reply,
    )  # fmt: skip


def test_the_users_mark_is_a_note_old_rows_too_the_servers_words_are_not() -> None:
    for kept in (MARKED_SENT, MARKED_SENT_BEFORE):
        note = reply_note(sent(kept))
        assert note is not None and note.code == MARKED_SENT
        assert render(note) == MARKED_SENT_BEFORE
        assert render(note, "et") == "kasutaja märkis saadetuks"
        assert reply_problem(sent(kept)) == note
    assert reply_note(sent("2.0.0 Ok: queued as 4F2A")) is None
    assert reply_note(sent(MARKED_SENT, OutboxStatus.FAILED)) is None


def test_a_failed_rows_code_is_its_reply_a_row_without_one_keeps_its_words() -> None:
    coded = replace(
        sent("", OutboxStatus.FAILED),
        last_error="the From address 'x' is not valid",
        last_error_code="sender-invalid",
        last_error_params=(("sender", "x"),),
    )
    problem = reply_problem(coded)
    assert problem is not None
    assert render(problem, "de") == "die Absenderadresse 'x' ist ungültig"
    assert reply_problem(replace(coded, last_error_code="")) is None
    assert reply_problem(replace(coded, last_error_code="from-a-later-version")) is None

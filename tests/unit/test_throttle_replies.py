"""Which server replies are throttling (the account waits) and what pause they ask for."""

from __future__ import annotations

import pytest

from ledgerpost.i18n.problems import render
from ledgerpost.mail.connection import reply_error
from ledgerpost.mail.errors import PermanentReply, TemporaryReply
from ledgerpost.mail.throttle import Throttled, throttle_of

THROTTLES = [
    (421, "4.7.0 Temporary server error. Please try again later. PRX5", False),
    (450, "4.7.3 Organization queue quota exceeded", False),
    (452, "4.5.3 Too many recipients", False),
    (
        554,
        "5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to "
        "process message due to a permanent exception",
        True,
    ),
    (421, "4.7.28 Our system has detected an unusual rate of unsolicited mail", False),
    (550, "5.4.5 Daily user sending limit exceeded. For more information go to ...", True),
]


@pytest.mark.parametrize(("code", "text", "daily"), THROTTLES)
def test_providers_throttle_replies_are_throttled_not_failures(
    code: int, text: str, daily: bool
) -> None:
    error = reply_error(code, text)
    assert isinstance(error, Throttled)
    assert error.retryable and error.daily is daily
    assert (error.reply_code, error.code) == (code, "mail-throttled")
    assert "nothing has failed" in str(error)
    assert render(error, "de") != str(error)


@pytest.mark.parametrize(
    ("code", "text", "kind"),
    [
        (421, "4.3.2 Service shutting down, closing connection", TemporaryReply),
        (450, "4.2.1 Mailbox busy, try again later", TemporaryReply),
        (452, "4.3.1 Insufficient system storage", TemporaryReply),
        (554, "5.7.1 Message rejected as spam", PermanentReply),
        (550, "5.4.5 Mail loop detected", PermanentReply),
        (550, "5.1.1 Mailbox unavailable", PermanentReply),
    ],
)
def test_other_replies_keep_their_kind(code: int, text: str, kind: type) -> None:
    assert type(reply_error(code, text)) is kind
    assert throttle_of(code, text) is None


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("4.7.0 Too many messages, try again in 60 seconds", 60),
        ("4.7.0 Rate limited; retry after 5 minutes", 300),
        ("4.7.0 Please wait 2 hours", 7200),
        ("4.7.0 Temporary server error. Please try again later. PRX5", None),
    ],
)
def test_the_pause_a_reply_asks_for(text: str, seconds: int | None) -> None:
    error = throttle_of(421, text)
    assert error is not None and error.pause_seconds == seconds

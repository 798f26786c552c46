"""Throttling: the provider's pace, not a failure. Which replies say the account sends too fast
(or has used its day), and the pause they ask for."""

from __future__ import annotations

import re

from ledgerpost.mail.errors import ServerReply

_PAUSE = re.compile(
    r"\b(?:in|after|wait)\s+(\d{1,6})\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)\b",
    re.IGNORECASE,
)
_UNITS = {"s": 1, "m": 60, "h": 3600}


class Throttled(ServerReply):
    """The provider says the account sends too fast (or has used its day): the message was
    not taken, and nothing is wrong with it. The account waits ``pause_seconds`` when the
    provider named a pause (else a backoff; ``daily``: until the next day), then it goes.

    Never counted as a failed attempt; the worker puts the message back for after the pause.
    """

    retryable = True

    def __init__(self, code: int, text: str, *, daily: bool = False) -> None:
        super().__init__("mail-throttled", code, text, {})
        self.daily = daily
        self.pause_seconds = _pause_in(text)


def _pause_in(text: str) -> int | None:
    """The pause a reply asks for ("try again in 60 seconds", "after 5 minutes"), if any."""
    found = _PAUSE.search(text)
    if found is None:
        return None
    return int(found.group(1)) * _UNITS[found.group(2)[0].lower()]


def throttle_of(code: int, text: str) -> Throttled | None:
    """The :class:`Throttled` error a reply is, or None for any other reply.

    Microsoft 365: ``421 4.7.0``, ``450 4.7.x``, ``452 4.5.3``, ``554 5.2.0 ...
    SubmissionQuotaExceeded``; Google: ``421 4.7.28``, ``550 5.4.5 Daily user sending limit
    exceeded``. A plain 421 (the server is going down) is not one.
    """
    status = text.split(maxsplit=1)[0] if text.strip() else ""
    if code == 421 and status in ("4.7.0", "4.7.28"):
        return Throttled(code, text)
    if (code == 450 and status.startswith("4.7.")) or (code == 452 and status == "4.5.3"):
        return Throttled(code, text)
    if code == 554 and status == "5.2.0" and "submissionquotaexceeded" in text.lower():
        return Throttled(code, text, daily=True)
    if code == 550 and status == "5.4.5" and "daily" in text.lower():
        return Throttled(code, text, daily=True)
    return None

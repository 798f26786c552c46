"""What the outbox says about a message, as a catalogue sentence where it is LedgerPost's own
words (the user's mark, an error's code) rather than the server's."""

from __future__ import annotations

from ledgerpost.domain.outbox import OutboxEntry, OutboxStatus, reply_note
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.recipient_outcomes import quotes_an_address
from ledgerpost.i18n.problems import english_text


def reply_problem(entry: OutboxEntry, hidden: bool = False) -> Problem | None:
    """The reply as a catalogue sentence, for the reader's language: the user's mark, or the
    error's code when the row kept one; None for the server's own words (and for an error that
    names an address the reader may not see)."""
    note = reply_note(entry)
    if note is not None or entry.status is OutboxStatus.SENT:
        return note
    if hidden and quotes_an_address(entry, entry.last_error):
        return None
    if english_text(entry.last_error_code) is None:
        return None  # no code (a row from before codes were kept), or one this version lacks
    return Problem(entry.last_error_code, "", entry.last_error_params)

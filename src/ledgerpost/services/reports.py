"""The sent-messages report: what went to whom, when, and what the server said, to the
message and to each of its recipients."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from dataclasses import dataclass

from ledgerpost.domain.outbox import OutboxEntry, OutboxStatus, reply_note
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.recipient_outcomes import HIDDEN as HIDDEN  # the window reads it here
from ledgerpost.domain.recipient_outcomes import (
    RecipientOutcomes,
    quotes_an_address,
    recipient_outcomes,
)
from ledgerpost.domain.users import SignedIn
from ledgerpost.i18n.outbox_replies import reply_problem
from ledgerpost.i18n.problems import render
from ledgerpost.services import outbox
from ledgerpost.services.address_book import may_see_contacts
from ledgerpost.services.ledger import Ledger

COLUMNS = (
    "id",
    "queued_at",
    "sent_at",
    "user",
    "party",
    "document",
    "to",
    "cc",
    "bcc",
    "subject",
    "status",
    "delivery",
    "delivery_detail",
    "server_reply",
    "accepted",
    "recipients",
    "refused",
    "message_id",
)
"""The CSV's columns: ``accepted`` of ``recipients`` took the message; ``refused`` names each
refused address with the server's code and text."""


@dataclass(frozen=True, slots=True)
class SentReport:
    start: dt.date | None
    end: dt.date | None
    rows: tuple[dict[str, str], ...]
    by_status: dict[str, int]
    outcomes: tuple[RecipientOutcomes, ...] = ()
    """Per row, what the server said to each recipient (addresses hidden as the row's are)."""
    replies: tuple[Problem | None, ...] = ()
    """Per row, its ``server_reply`` as a catalogue sentence to say in the reader's language
    (the user's mark, a coded error); None where the row's words are the server's own."""

    @property
    def total(self) -> int:
        return len(self.rows)

    def as_json(self) -> dict[str, object]:
        return {
            "from": self.start.isoformat() if self.start else None,
            "to": self.end.isoformat() if self.end else None,
            "count": self.total,
            "by_status": self.by_status,
            "messages": [
                {**row, "recipients": outcome.as_json()}
                for row, outcome in zip(self.rows, self.outcomes, strict=True)
            ],
        }

    def as_csv(self) -> str:
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(self.rows)
        return out.getvalue()


def _reply(entry: OutboxEntry, hidden: bool) -> str:
    """The reply in English words (the CSV's and the JSON's)."""
    note = reply_note(entry)
    if note is not None:
        return render(note)
    if entry.status is OutboxStatus.SENT:
        return f"{entry.last_code or ''} {entry.server_reply}".strip()
    if hidden and quotes_an_address(entry, entry.last_error):
        return HIDDEN  # the server's words name the address the reader may not see
    return entry.last_error


def _delivery_detail(entry: OutboxEntry, hidden: bool) -> str:
    """What the report behind the outcome said (its address hidden as the row's are)."""
    if hidden and entry.delivery_detail:
        return HIDDEN
    return entry.delivery_detail


def sent_report(
    ledger: Ledger,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    user: str | None = None,
    party_id: int | None = None,
    by: SignedIn | None = None,
) -> SentReport:
    """Every message queued in ``start..end`` (inclusive), oldest first, with its outcome;
    ``user`` keeps only the messages that user queued. For a reader who may not see contact
    addresses, the recipients read "hidden contact"."""
    hidden = not may_see_contacts(ledger, by)
    since = dt.datetime.combine(start, dt.time()) if start else None
    until = dt.datetime.combine(end + dt.timedelta(days=1), dt.time()) if end else None
    entries = outbox.entries(ledger, since=since, until=until, party_id=party_id)
    entries.reverse()
    names = {p.id: p.name for p in ledger.parties(archived=True)}
    rows, outcomes, replies = [], [], []
    for e in entries:
        if user is not None and e.queued_by != user:
            continue
        outcome = recipient_outcomes(e)
        if hidden:
            outcome = outcome.hidden(HIDDEN)
        outcomes.append(outcome)
        replies.append(reply_problem(e, hidden))
        rows.append(
            {
                "id": str(e.id),
                "queued_at": e.queued_at.isoformat(timespec="seconds"),
                "sent_at": e.sent_at.isoformat(timespec="seconds") if e.sent_at else "",
                "user": e.queued_by,
                "party": names.get(e.party_id, "") if e.party_id else "",
                "document": e.document,
                "to": HIDDEN if hidden and e.to else e.to,
                "cc": HIDDEN if hidden and e.cc else e.cc,
                "bcc": HIDDEN if hidden and e.bcc else e.bcc,
                "subject": e.subject,
                "status": e.status.value,
                "delivery": e.delivery,
                "delivery_detail": _delivery_detail(e, hidden),
                "server_reply": _reply(e, hidden),
                "accepted": str(outcome.accepted),
                "recipients": str(outcome.total),
                "refused": outcome.refused_text(),
                "message_id": e.message_id,
            }
        )
    by_status = dict(Counter(r["status"] for r in rows))
    return SentReport(start, end, tuple(rows), by_status, tuple(outcomes), tuple(replies))

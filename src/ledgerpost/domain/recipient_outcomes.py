"""What the server said to each recipient of one message: accepted, refused (with its code
and text), or no answer of its own (the message has not gone, or went wrong as a whole).

The worker keeps the refused recipients as JSON (``{address: [code, text]}``) beside the
message; every other address of a sent message was accepted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from enum import StrEnum

from ledgerpost.domain.addresses import Field, Mailbox, parse_list
from ledgerpost.domain.outbox import OutboxEntry, OutboxStatus

FIELDS = (Field.TO, Field.CC, Field.BCC)
HIDDEN = "hidden contact"
"""What a reader who may not see contact addresses reads in place of one."""


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    REFUSED = "refused"
    UNANSWERED = "unanswered"
    """No answer for this address alone: not sent yet, or the message failed as a whole."""


@dataclass(frozen=True, slots=True)
class RecipientOutcome:
    field: Field
    address: str
    outcome: Outcome
    code: int | None = None
    text: str = ""

    def as_json(self) -> dict[str, object]:
        return {
            "field": self.field.value,
            "address": self.address,
            "outcome": self.outcome.value,
            "code": self.code,
            "text": self.text,
        }

    def as_text(self) -> str:
        """``cc boss@example.org: refused 554 5.7.1 text`` (one line)."""
        said = " ".join(str(p) for p in (self.code, self.text) if p)
        head = f"{self.field.value} {self.address}: {self.outcome.value}"
        return f"{head} {said}" if said else head


@dataclass(frozen=True, slots=True)
class RecipientOutcomes:
    """Every To, CC and BCC address of one message in that order, with its outcome."""

    recipients: tuple[RecipientOutcome, ...]

    @property
    def total(self) -> int:
        return len(self.recipients)

    @property
    def accepted(self) -> int:
        return sum(1 for r in self.recipients if r.outcome is Outcome.ACCEPTED)

    @property
    def refused(self) -> tuple[RecipientOutcome, ...]:
        return tuple(r for r in self.recipients if r.outcome is Outcome.REFUSED)

    @property
    def partly_refused(self) -> bool:
        """Some were accepted and some refused: the state lists must say so."""
        return bool(self.refused) and self.accepted > 0

    def hidden(self, placeholder: str) -> RecipientOutcomes:
        """For a reader who may not see contact addresses: ``placeholder`` for each address,
        and no server text (it often quotes the address)."""
        return RecipientOutcomes(
            tuple(replace(r, address=placeholder, text="") for r in self.recipients)
        )

    def as_json(self) -> list[dict[str, object]]:
        return [r.as_json() for r in self.recipients]

    def refused_text(self) -> str:
        return "; ".join(r.as_text() for r in self.refused)


def _key(mailbox: Mailbox) -> str:
    return f"{mailbox.local}@{mailbox.ascii_domain}".lower()


def _refusals(stored: str) -> dict[str, tuple[int | None, str]]:
    """The stored JSON read back, keyed as the envelope matches addresses."""
    if not stored:
        return {}
    try:
        values = json.loads(stored)
    except ValueError:
        return {}
    found: dict[str, tuple[int | None, str]] = {}
    if not isinstance(values, dict):
        return found
    for address, reply in values.items():
        parsed = parse_list(str(address))
        if not parsed.mailboxes:
            continue
        code, text = [*reply, None, ""][:2] if isinstance(reply, list) else (None, "")
        found[_key(parsed.mailboxes[0])] = (code if isinstance(code, int) else None, str(text))
    return found


def recipient_outcomes(entry: OutboxEntry) -> RecipientOutcomes:
    """Each address of ``entry`` with what the server said to it."""
    return outcomes_of(entry.status, entry.to, entry.cc, entry.bcc, entry.refused)


def outcomes_of(
    status: OutboxStatus, to: str, cc: str, bcc: str, refused_json: str
) -> RecipientOutcomes:
    """Each address of the three fields (an empty field adds none) with its outcome."""
    refused = _refusals(refused_json)
    sent = status is OutboxStatus.SENT
    found = []
    for field, text in zip(FIELDS, (to, cc, bcc), strict=True):
        for mailbox in parse_list(text, field).mailboxes:
            reply = refused.get(_key(mailbox))
            if reply is not None:
                found.append(RecipientOutcome(field, mailbox.address, Outcome.REFUSED, *reply))
            elif sent:
                found.append(RecipientOutcome(field, mailbox.address, Outcome.ACCEPTED))
            else:
                found.append(RecipientOutcome(field, mailbox.address, Outcome.UNANSWERED))
    return RecipientOutcomes(tuple(found))


def quotes_an_address(entry: OutboxEntry, text: str) -> bool:
    """Whether ``text`` (a server's reply, a stored error) names one of the entry's recipients:
    then a reader who may not see contact addresses does not read it."""
    folded = text.casefold()
    return any(r.address.casefold() in folded for r in recipient_outcomes(entry).recipients)

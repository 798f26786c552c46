"""What became of a sent message after the server's 250: the reports that came back, in order.

A message's ``delivery`` only moves forward, in :data:`ORDER`: nothing yet, delayed, delivered,
read, bounced. A delay is followed by a delivery; a read receipt implies delivery; a bounce
needs the user (mend the address, send again), so no later report hides it. A report that would
move a message back is kept nowhere and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class DeliveryOutcome(StrEnum):
    """A sent message's outcome as reports tell it; ``NONE`` until one does."""

    NONE = ""
    DELAYED = "delayed"
    DELIVERED = "delivered"
    READ = "read"
    BOUNCED = "bounced"


ORDER: tuple[DeliveryOutcome, ...] = (
    DeliveryOutcome.NONE,
    DeliveryOutcome.DELAYED,
    DeliveryOutcome.DELIVERED,
    DeliveryOutcome.READ,
    DeliveryOutcome.BOUNCED,
)
REPORTED: tuple[str, ...] = tuple(d.value for d in ORDER if d is not DeliveryOutcome.NONE)
"""The outcomes a list can filter by (``outbox list --status bounced``)."""


def moves_forward(current: DeliveryOutcome, new: DeliveryOutcome) -> bool:
    """Whether a report saying ``new`` changes a message whose outcome is ``current``."""
    return ORDER.index(new) > ORDER.index(current)


@dataclass(frozen=True, slots=True)
class DeliveryDetail:
    """The report behind an outcome: which address, its status code, the remote text."""

    address: str = ""
    status: str = ""
    text: str = ""

    def as_text(self) -> str:
        return " ".join(part for part in (self.address, self.status, self.text) if part)

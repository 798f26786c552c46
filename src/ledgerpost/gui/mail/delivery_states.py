"""How a sent message's envelope state reads in the window: accepted by the server, delivered,
delayed, read or bounced (what came back through the mailbox), with its icon and colour."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon

from ledgerpost.domain.delivery_outcome import DeliveryOutcome
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.recipient_outcomes import Outcome, RecipientOutcomes
from ledgerpost.gui.widgets.icons import icon
from ledgerpost.gui.widgets.palette import Tone, qcolour

D = DeliveryOutcome
ICONS = {
    D.NONE: "mail-sent",
    D.DELAYED: "mail-delayed",
    D.DELIVERED: "mail-delivered",
    D.READ: "mail-read",
    D.BOUNCED: "mail-bounced",
}
TONES = {D.BOUNCED: Tone.PROBLEM, D.DELIVERED: Tone.DONE, D.READ: Tone.DONE}


def delivery_name(delivery: str) -> str:
    """The state's name; an empty ``delivery`` is a message the server accepted, no more yet."""
    return {
        D.NONE: QCoreApplication.translate("delivery", "Accepted by the server"),
        D.DELAYED: QCoreApplication.translate("delivery", "Delayed"),
        D.DELIVERED: QCoreApplication.translate("delivery", "Delivered"),
        D.READ: QCoreApplication.translate("delivery", "Read"),
        D.BOUNCED: QCoreApplication.translate("delivery", "Bounced"),
    }[D(delivery)]


def filter_names() -> list[tuple[str, str | None]]:
    """The choices of the sent report's outcome filter: everything, then each state."""
    return [(QCoreApplication.translate("delivery", "All outcomes"), None)] + [
        (delivery_name(d.value), d.value) for d in (D.BOUNCED, D.DELAYED, D.DELIVERED, D.READ)
    ]


def delivery_icon(delivery: str) -> QIcon:
    return icon(ICONS[D(delivery)])


def delivery_colour(delivery: str) -> QColor | None:
    tone = TONES.get(D(delivery))
    return qcolour(tone) if tone else None


def state_text(status: OutboxStatus, delivery: str) -> str:
    """The envelope state of a sent message; empty for a message that did not go."""
    return delivery_name(delivery) if status is OutboxStatus.SENT else ""


def reported_address(detail: str) -> str:
    """The address of the report behind the outcome (its detail starts with it)."""
    first = detail.split(" ", 1)[0] if detail else ""
    return first if "@" in first else ""


def recipient_states(
    outcomes: RecipientOutcomes, status: OutboxStatus, delivery: str, detail: str
) -> list[str]:
    """One line per recipient: refused or unanswered as the server said at sending, else the
    state the reports gave that address (the report's reason after a bounce)."""
    address = reported_address(detail).lower()
    reason = detail.split(" ", 1)[1] if address and " " in detail else ""
    lines = []
    for r in outcomes.recipients:
        if r.outcome is Outcome.REFUSED:
            said = " ".join(str(part) for part in (r.code, r.text) if part)
            line = QCoreApplication.translate("delivery", "%1: refused – %2").replace("%2", said)
        elif r.outcome is Outcome.UNANSWERED or status is not OutboxStatus.SENT:
            line = QCoreApplication.translate("delivery", "%1: no answer yet")
        elif address and r.address.lower() == address and delivery:
            line = f"%1: {delivery_name(delivery)}"
            if delivery == D.BOUNCED and reason:
                line += f" – {reason}"
        else:
            line = f"%1: {delivery_name('')}"
        lines.append(line.replace("%1", r.address))
    return lines

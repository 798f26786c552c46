"""What the reminder run says about customers it leaves out, in the user's words.

The reasons are the domain's codes (``SkipReason``), plus the send check's plain English for a
reminder whose message could not be made; a reason not known here is shown as it came.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ledgerpost.domain.reminders import SkipReason
from ledgerpost.gui.mail.batch_texts import reason_text as batch_reason


def skip_reason_text(reason: str) -> str:
    """``"disputed"`` → "in dispute: no reminders until the dispute is settled"."""
    known = {
        SkipReason.NO_REMINDERS.value: QCoreApplication.translate(
            "ReminderDialog", "marked “never send reminders” on the card"
        ),
        SkipReason.DISPUTED.value: QCoreApplication.translate(
            "ReminderDialog", "in dispute (the customer or its overdue invoices)"
        ),
        SkipReason.ALREADY_REMINDED.value: QCoreApplication.translate(
            "ReminderDialog", "already reminded at this level"
        ),
        SkipReason.BELOW_MINIMUM.value: QCoreApplication.translate(
            "ReminderDialog", "owes less than the minimum amount for reminders"
        ),
        SkipReason.NO_ADDRESS.value: QCoreApplication.translate(
            "ReminderDialog", "no valid e-mail address on the customer's card"
        ),
    }
    return known.get(reason, batch_reason(reason))

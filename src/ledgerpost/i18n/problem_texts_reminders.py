"""Problems of payment reminder levels as edited in the settings.

English sentences by problem code; see :mod:`ledgerpost.i18n.problem_catalogue`."""

from __future__ import annotations

REMINDER_TEXTS: dict[str, str] = {
    "reminder-days-rising": "must be more days than level {level} ({days})",
    "reminder-fee": "{value} is not an amount of zero or more",
}

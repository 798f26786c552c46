"""The days column of a payment reminder's invoice table, the same in its print copy and its
message: the days overdue, or in a friendly notice the days until each invoice falls due."""

from __future__ import annotations

from collections.abc import Sequence

from ledgerpost.domain.reminders import ReminderLine, before_due, due_in
from ledgerpost.i18n.translate import Translator


def days_column(lines: Sequence[ReminderLine], tr: Translator) -> tuple[str, list[str]]:
    """The column's heading and a cell per line. A notice (nothing overdue yet) would read 0
    days overdue on every line: it says when each falls due instead."""
    if before_due(lines):
        cells = [str(due_in(line)) if due_in(line) else tr.gettext("today") for line in lines]
        return tr.gettext("Due in (days)"), cells
    return tr.gettext("Days overdue"), [str(max(line.days, 0)) for line in lines]

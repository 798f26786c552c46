"""A customer card's reminder flags: "never send reminders" and "in dispute" (no reminder
while the dispute lasts). Read in the background for a saved card and written with the card
(``services.reminders.set_party_flags``), only when changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QWidget

from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.services import reminders
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.reminders import PartyFlags


class ReminderFlags(QGroupBox):
    def __init__(self, context: AppContext, party_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Payment reminders"))
        self.stored = PartyFlags()
        self.loaded = party_id is None
        self.never = QCheckBox(self.tr("&Never send reminders"))
        self.never.setToolTip(self.tr("The customer is left out of every reminder run"))
        self.disputed = QCheckBox(self.tr("In &dispute"))
        self.disputed.setToolTip(
            self.tr("No reminder goes while the dispute lasts; untick it once it is settled")
        )
        row = QHBoxLayout(self)
        row.addWidget(self.never)
        row.addWidget(self.disputed)
        row.addStretch(1)
        allowed = context.may(Right.POST_DOCUMENTS)
        if not allowed:
            self.setToolTip(self.tr("Only a user who may post documents changes these"))
        self.setEnabled(allowed and self.loaded)
        if party_id is not None:
            ledger = context.ledger
            context.runner.run(
                lambda: reminders.party_flags(ledger, party_id),
                lambda flags: self._show(flags, allowed),
                lambda exc: errors.tell(exc, self.setTitle),
                owner=self,
            )

    def _show(self, flags: PartyFlags, allowed: bool) -> None:
        self.stored, self.loaded = flags, True
        self.never.setChecked(flags.no_reminders)
        self.disputed.setChecked(flags.disputed)
        self.setEnabled(allowed)

    def flags(self) -> PartyFlags:
        return PartyFlags(self.never.isChecked(), self.disputed.isChecked())

    def changed(self) -> bool:
        return self.loaded and self.flags() != self.stored

    def saver(self, ledger: Ledger, by: SignedIn) -> Callable[[int], PartyFlags | None]:
        """What saving the card does after the card itself is stored: ``save(party_id)``
        (nothing when the flags are as stored)."""
        wanted = self.flags() if self.changed() else None

        def save(party_id: int) -> PartyFlags | None:
            if wanted is None:
                return None
            return reminders.set_party_flags(
                ledger,
                party_id,
                no_reminders=wanted.no_reminders,
                disputed=wanted.disputed,
                by=by,
            )

        return save

    def saved(self, flags: PartyFlags | None) -> None:
        if flags is not None:
            self.stored = flags

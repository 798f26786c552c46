"""A read-only line on the party card: what the party owes (or is owed) now, and its oldest
overdue invoice (``services.receivables.open_items``)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLabel, QWidget

from ledgerpost.domain.open_items import OpenItem
from ledgerpost.gui import errors
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.widgets.language import amount_text, date_text
from ledgerpost.gui.widgets.palette import Tone, style
from ledgerpost.services import receivables


class PartyBalance(QLabel):
    """ "Open balance: 183.00 EUR · oldest overdue: INV-1, due … (40 days)", read in the
    background for a saved card; nothing for a new one."""

    def __init__(self, context: AppContext, party_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Open balance"))
        self.setStyleSheet(style(Tone.QUIET))
        self.setWordWrap(True)
        self.setVisible(False)
        if party_id is not None:
            ledger = context.ledger
            context.runner.run(
                lambda: receivables.open_items(ledger, party_id=party_id),
                self._show,
                lambda exc: errors.tell(exc, self.setText),
                owner=self,
            )

    def _show(self, items: tuple[OpenItem, ...]) -> None:
        sums: dict[str, Decimal] = {}
        for item in items:
            sums[item.currency] = sums.get(item.currency, Decimal(0)) + item.open
        balance = " + ".join(
            f"{amount_text(amount, currency)} {currency}"
            for currency, amount in sorted(sums.items())
        )
        if not balance:
            text = self.tr("Open balance: nothing open")
        else:
            text = self.tr("Open balance: %1").replace("%1", balance)
        overdue = [i for i in items if i.days_overdue > 0]
        if overdue:
            oldest = max(overdue, key=lambda i: (i.days_overdue, -i.document_id))
            text += " · " + self.tr("oldest overdue: %1, due %2").replace(
                "%1", oldest.number
            ).replace("%2", date_text(oldest.due_date))
            text += " " + self.tr("(%n day(s) overdue)", "", oldest.days_overdue)
            self.setStyleSheet(style(Tone.PROBLEM))
        self.setText(text)
        self.setVisible(True)

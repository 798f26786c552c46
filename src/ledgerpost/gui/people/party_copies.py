"""The party card's default CC and BCC: addresses every message to the party is copied to
(the customer's accountant, say). The send dialog shows them in its CC and BCC fields, where
they can be removed for one message."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QWidget

from ledgerpost.domain.addresses import join_entries
from ledgerpost.domain.parties import Party
from ledgerpost.gui.widgets.labels import hidden_contact
from ledgerpost.services.parties import copy_list


class PartyCopies(QGroupBox):
    """Two address lists, separated with commas; checked when the card is saved."""

    def __init__(self, party: Party, hidden: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Copies of every message"))
        self.hidden = hidden
        self.cc = QLineEdit(join_entries(party.default_cc))
        self.bcc = QLineEdit(join_entries(party.default_bcc))
        form = QFormLayout(self)
        for label, edit in ((self.tr("Default C&C"), self.cc), (self.tr("Default BCC"), self.bcc)):
            edit.setAccessibleName(label.replace("&", ""))
            edit.setPlaceholderText(self.tr("e.g. accountant@example.com, separate with commas"))
            form.addRow(label, edit)
        if hidden:  # a user without the contact right: nothing shown, nothing changed
            for edit in (self.cc, self.bcc):
                edit.clear()
                edit.setPlaceholderText(hidden_contact())
                edit.setReadOnly(True)

    def apply(self, party: Party) -> Party:
        """``party`` with the lists as typed (unchanged for a hidden contact)."""
        if self.hidden:
            return party
        return replace(
            party, default_cc=copy_list(self.cc.text()), default_bcc=copy_list(self.bcc.text())
        )

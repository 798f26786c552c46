"""The contact person a document is for: one of the party card's, or none. It prints as the
"Attn." line of the copy, and the send dialog offers the person's addresses first."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from ledgerpost.domain.parties import Party


class ContactChoice(QComboBox):
    """ "No contact person" and the persons on the chosen party's card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Contact person"))
        self.setToolTip(
            self.tr("Printed as “Attn.” on the copy; the email goes to this person's addresses")
        )
        self.show_party(None, None)

    def show_party(self, party: Party | None, contact_id: int | None) -> None:
        """The persons of ``party`` (None: only "No contact person"), ``contact_id`` chosen."""
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("No contact person"), None)
        for person in party.contacts if party is not None else ():
            if person.id is not None:
                self.addItem(person.name, person.id)
        self.setCurrentIndex(max(self.findData(contact_id), 0))
        self.blockSignals(False)

    def contact_id(self) -> int | None:
        chosen = self.currentData()
        return int(chosen) if chosen is not None else None

"""The party card's e-invoice fields: saving keeps what the card does not show, the new fields
save, and a bad country code or VAT id is refused at its field with the draft kept."""

from __future__ import annotations

from dataclasses import replace

import pytest
from pytestqt.qtbot import QtBot

from ledgerpost.domain.parties import EInvoiceFormat, Party, PartyKind, PostalAddress
from ledgerpost.gui.context import AppContext
from ledgerpost.gui.people.party_editor import PartyEditor
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services import parties
from ledgerpost.services.ledger import Ledger
from tests.helpers.einvoice_parties import PUBLIC_BUYER

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing the keyboard|propagateSizeHints)", extend=True
)


def _stored(ledger: Ledger, party: Party = PUBLIC_BUYER) -> Party:
    result = parties.save(ledger, party)
    assert result.saved and result.card is not None
    return result.card.party


def _editor(qtbot: QtBot, ledger: Ledger, runner: Runner, party: Party) -> PartyEditor:
    assert party.id is not None
    editor = PartyEditor(AppContext(ledger, runner), parties.card(ledger, party.id))
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _save(qtbot: QtBot, editor: PartyEditor) -> None:
    with qtbot.waitSignal(editor.saved, timeout=30_000):
        editor.save_button.click()


def test_a_renamed_card_keeps_its_country_code_and_e_invoice_fields(
    qtbot: QtBot, ledger: Ledger, runner: Runner
) -> None:
    party = _stored(ledger)
    editor = _editor(qtbot, ledger, runner, party)
    editor.name.setText("Bezirksamt Neustadt")
    _save(qtbot, editor)
    assert party.id is not None
    stored = ledger.party(party.id)
    assert stored.name == "Bezirksamt Neustadt"
    assert stored.address.country_code == "DE"
    assert (stored.buyer_reference, stored.electronic_address, stored.electronic_scheme) == (
        PUBLIC_BUYER.buyer_reference,
        PUBLIC_BUYER.electronic_address,
        PUBLIC_BUYER.electronic_scheme,
    )
    assert replace(stored, name=PUBLIC_BUYER.name, id=None, contacts=()) == replace(
        PUBLIC_BUYER, contacts=()
    )

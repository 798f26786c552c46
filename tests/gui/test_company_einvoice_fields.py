"""The company tab keeps what e-invoices need (country code, BIC, phone), which it does not show
yet, when the user changes the fields it does show."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ledgerpost.gui.context import AppContext
from ledgerpost.gui.settings.dialog import SettingsDialog
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services.ledger import Ledger
from tests.helpers.einvoice_parties import SELLER


def test_a_changed_city_keeps_the_country_code_and_bank_details(
    qtbot: QtBot, ledger: Ledger
) -> None:
    ledger.update_company(SELLER)
    dialog = SettingsDialog(AppContext(ledger, Runner()))
    qtbot.addWidget(dialog)
    tab = dialog.company_tab
    assert tab is not None
    tab.edits["company.city"].setText("Potsdam")
    company = tab.company()
    assert company.address.city == "Potsdam"
    assert (company.address.country_code, company.bank_bic, company.phone) == (
        "DE",
        SELLER.bank_bic,
        SELLER.phone,
    )

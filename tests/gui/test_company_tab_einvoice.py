"""The company tab edits the company's e-invoice fields (country code, BIC, telephone,
electronic address and its scheme), saves them, and shows a field's problem beside it."""

from __future__ import annotations

import dataclasses

from pytestqt.qtbot import QtBot

from ledgerpost.gui.context import AppContext
from ledgerpost.gui.settings.dialog import SettingsDialog
from ledgerpost.gui.widgets.runner import Runner
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.settings_editor import company_problems
from tests.helpers.einvoice_parties import SELLER


def test_the_fields_show_the_card_and_give_back_what_was_typed(
    qtbot: QtBot, ledger: Ledger
) -> None:
    ledger.update_company(SELLER)
    dialog = SettingsDialog(AppContext(ledger, Runner()))
    qtbot.addWidget(dialog)
    tab = dialog.company_tab
    assert tab is not None
    assert tab.edits["company.country_code"].text() == "DE"
    assert tab.edits["company.bank_bic"].text() == SELLER.bank_bic
    assert tab.edits["company.phone"].text() == SELLER.phone
    tab.edits["company.country_code"].setText("ro")
    tab.edits["company.bank_bic"].setText("aaaarobu")
    tab.edits["company.phone"].setText("+40 264 123 456")
    tab.edits["company.electronic_address"].setText("RO1234567897")
    tab.edits["company.electronic_scheme"].setText("9947")
    company = tab.company()
    assert (company.address.country_code, company.bank_bic, company.phone) == (
        "RO",
        "AAAAROBU",
        "+40 264 123 456",
    )
    assert (company.electronic_address, company.electronic_scheme) == ("RO1234567897", "9947")
    assert company_problems(company) == []


def test_a_wrong_field_is_named_beside_it_and_nothing_is_saved(
    qtbot: QtBot, ledger: Ledger
) -> None:
    ledger.update_company(SELLER)
    dialog = SettingsDialog(AppContext(ledger, Runner()))
    qtbot.addWidget(dialog)
    tab = dialog.company_tab
    assert tab is not None
    tab.edits["company.country_code"].setText("XY")
    tab.edits["company.bank_bic"].setText("BANK")
    tab.edits["company.phone"].setText("ask us")
    tab.edits["company.electronic_address"].setText("not an address")
    tab.edits["company.electronic_scheme"].setText("EM")
    found = {p.field: p.code for p in company_problems(tab.company())}
    assert found == {
        "company.country_code": "country-code",
        "company.bank_bic": "company-bic",
        "company.phone": "company-phone",
        "company.electronic_address": "company-address",
    }
    dialog.save(close=False)
    assert ledger.company() == SELLER
    for key in found:
        assert tab.problems[key].text() != ""
    tab.edits["company.electronic_scheme"].setText("12")
    schemes = [p.code for p in company_problems(tab.company())]
    assert "company-scheme" in schemes


def test_saving_keeps_the_fields(qtbot: QtBot, ledger: Ledger) -> None:
    ledger.update_company(dataclasses.replace(SELLER, phone=""))
    dialog = SettingsDialog(AppContext(ledger, Runner()))
    qtbot.addWidget(dialog)
    tab = dialog.company_tab
    assert tab is not None
    tab.edits["company.phone"].setText("+49 30 7654321")
    dialog.save(close=False)
    qtbot.waitUntil(lambda: (ledger.company() or SELLER).phone == "+49 30 7654321", timeout=30000)

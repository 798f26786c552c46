"""Revision 0014 adds what e-invoices need to the company and the cards; a ledger from before
opens with the fields empty, and a downgrade gives the older program its tables back."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from ledgerpost.domain.parties import EInvoiceFormat
from ledgerpost.services.ledger import Ledger
from tests.helpers.einvoice_parties import PUBLIC_BUYER, SELLER
from tests.integration.test_migrations import downgrade

NEW_COMPANY = {"country_code", "bank_bic", "phone", "electronic_address", "electronic_scheme"}
NEW_PARTY = {
    "country_code",
    "buyer_reference",
    "electronic_address",
    "electronic_scheme",
    "einvoice_format",
}


def columns(path: Path, table: str) -> set[str]:
    with sqlite3.connect(path) as raw:
        return {row[1] for row in raw.execute(f"PRAGMA table_info({table})")}


def test_the_fields_go_down_and_come_back_empty(tmp_path: Path) -> None:
    path = tmp_path / "books.ledger"
    books = Ledger.open(str(path))
    books.create_company(SELLER)
    party = books.add_party(
        dataclasses.replace(PUBLIC_BUYER, einvoice_format=EInvoiceFormat.XRECHNUNG_CII)
    )
    assert party.id is not None
    books.close()
    assert columns(path, "company") >= NEW_COMPANY and columns(path, "party") >= NEW_PARTY

    downgrade(path, "0010")
    assert not NEW_COMPANY & columns(path, "company")
    assert not NEW_PARTY & columns(path, "party")
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0010",)
        assert raw.execute("SELECT name, vat_number FROM party").fetchall() == [
            (PUBLIC_BUYER.name, PUBLIC_BUYER.vat_number)
        ]

    books = Ledger.open(str(path))  # upgrades again
    company = books.require_company()
    assert (company.name, company.address.city) == (SELLER.name, SELLER.address.city)
    assert (company.bank_bic, company.address.country_code) == ("", "")
    again = books.party(party.id)
    assert (again.buyer_reference, again.einvoice_format, again.address.country_code) == (
        "",
        None,
        "",
    )
    assert again.address.city == PUBLIC_BUYER.address.city
    assert books.check() == []
    books.close()

"""An archived card leaves the pickers and keeps its history; only an unused card is deleted."""

from __future__ import annotations

from pathlib import Path

import pytest

from ledgerpost.domain.parties import Company, PartyKind
from ledgerpost.services import parties
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger
from tests.helpers.books import add_customer, invoice


@pytest.fixture
def ledger(tmp_path: Path) -> Ledger:
    books = Ledger.open(str(tmp_path / "parties.sqlite3"))
    books.create_company(Company(name="Parties OÜ"))
    yield books
    books.close()


def test_an_archived_card_is_hidden_but_kept(ledger: Ledger) -> None:
    used = add_customer(ledger, "Used Customer")
    assert used.id is not None
    draft = ledger.save_draft(invoice(used, "10"))
    assert ledger.post(draft.id or 0).posted
    with pytest.raises(LedgerError) as refused:
        parties.delete(ledger, used.id)
    assert refused.value.code == "party-referenced"
    assert refused.value.values["documents"] == 1 and refused.value.values["lines"] == 1
    assert parties.archive(ledger, used.id) == "Used Customer"
    assert ledger.parties(PartyKind.CUSTOMER) == []
    assert [c.party.id for c in parties.all_cards(ledger, PartyKind.CUSTOMER)] == [used.id]
    assert parties.archived_ids(ledger) == {used.id}
    assert ledger.party(used.id).name == "Used Customer"
    assert ledger.check() == []
    parties.archive(ledger, used.id, archived=False)
    assert [p.id for p in ledger.parties(PartyKind.CUSTOMER)] == [used.id]


def test_an_unused_card_is_deleted_with_its_addresses(ledger: Ledger) -> None:
    unused = add_customer(ledger, "Nobody Yet")
    assert unused.id is not None
    assert parties.delete(ledger, unused.id) == "Nobody Yet"
    assert parties.all_cards(ledger) == []

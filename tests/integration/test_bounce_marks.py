"""A bounce mark on an address is cleared only by a user who may see contact addresses."""

from __future__ import annotations

import datetime as dt

import pytest

from ledgerpost.domain.parties import EmailAddress, Party, PartyKind
from ledgerpost.domain.users import Right
from ledgerpost.services.errors import NotAllowed
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.mailbox_check import bounced_addresses, clear_bounce
from ledgerpost.storage import report_repository as report_repo
from tests.helpers.users import as_user, without

GONE = "kadunud@example.com"


def test_only_a_user_who_sees_contacts_clears_a_bounce(ledger: Ledger) -> None:
    card = Party(PartyKind.CUSTOMER, "Kadunud OÜ", "et", emails=(EmailAddress(GONE),))
    party = ledger.add_party(card)
    assert party.id is not None
    with ledger.db.write() as s:
        report_repo.mark_bounced(s, GONE, "5.1.1", "user unknown", None, dt.datetime(2026, 3, 1))  # type: ignore[arg-type]
    clerk = as_user("clerk", without(Right.SEE_CONTACTS))
    with pytest.raises(NotAllowed):
        clear_bounce(ledger, GONE, by=clerk)
    assert [m.address for m in bounced_addresses(ledger, party.id)] == [GONE]
    assert clear_bounce(ledger, GONE.upper(), by=as_user("keeper")) is True
    assert bounced_addresses(ledger, party.id) == []
    assert clear_bounce(ledger, GONE, by=as_user("keeper")) is False

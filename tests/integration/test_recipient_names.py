"""The To header names the recipient the card knows: ``Name <address>``, the contact person's
name for a contact's address, the party's for the card's own."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from dataclasses import replace

import pytest

from ledgerpost.domain.parties import AddressRole, ContactPerson, EmailAddress, Party, PartyKind
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, queue
from tests.helpers.books import invoice
from tests.helpers.mail_queue import connected, deliver
from tests.helpers.smtp_server import SmtpTestServer


@pytest.fixture
def mailing(ledger: Ledger, smtp_server: SmtpTestServer) -> Iterator[Ledger]:
    with connected(ledger, smtp_server):
        yield ledger


def _to_header(ledger: Ledger, server: SmtpTestServer, party: Party, contact: int | None) -> str:
    draft = ledger.save_draft(replace(invoice(party), contact_id=contact))
    assert draft.id is not None and ledger.post(draft.id).posted
    assert queue(ledger, SendRequest(document_id=draft.id)).queued
    deliver(ledger)
    message = email.message_from_bytes(server.received[-1].data, policy=email.policy.default)
    return str(message["To"])


def test_to_carries_the_name_of_the_party_or_contact(
    mailing: Ledger, smtp_server: SmtpTestServer
) -> None:
    party = mailing.add_party(
        Party(
            PartyKind.CUSTOMER,
            "Õunapuu Kõrts OÜ",
            "et",
            emails=(EmailAddress("arved@korts.example", AddressRole.BILLING),),
            contacts=(
                ContactPerson(
                    "Müller, Jörg", (EmailAddress("jorg@korts.example", AddressRole.BILLING),)
                ),
            ),
        )
    )
    assert _to_header(mailing, smtp_server, party, None) == "Õunapuu Kõrts OÜ <arved@korts.example>"
    contact = party.contacts[0].id
    assert contact is not None
    assert _to_header(mailing, smtp_server, party, contact) == '"Müller, Jörg" <jorg@korts.example>'

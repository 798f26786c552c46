"""What the send dialog loads: the address book, the card, earlier sends, and undo."""

from __future__ import annotations

from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import DocumentFilter
from ledgerpost.domain.outbox import OutboxStatus
from ledgerpost.domain.parties import (
    AddressRole,
    ContactPerson,
    EmailAddress,
    Party,
    PartyKind,
)
from ledgerpost.i18n.problems import render
from ledgerpost.services import address_book, outbox, send_form
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, queue


def first_invoice(ledger: Ledger, party_id: int | None = None) -> int:
    rows = ledger.documents(DocumentFilter(type=DocumentType.INVOICE, party_id=party_id))
    return next(r.id for r in rows if r.number is not None)


def test_the_card_lists_every_address_and_marks_a_malformed_one(ledger: Ledger) -> None:
    party = ledger.add_party(
        Party(
            PartyKind.CUSTOMER,
            "Müller & Söhne KG",
            emails=(
                EmailAddress("buchhaltung@example.de", AddressRole.BILLING),
                EmailAddress("info example.de"),
            ),
            contacts=(ContactPerson("Lena Böhm", (EmailAddress("lena@example.de"),)),),
        )
    )
    card = address_book.card_addresses(party)
    assert [e.address for e in card] == [
        "buchhaltung@example.de",
        "info example.de",
        "lena@example.de",
    ]
    assert card[1].problem is not None and render(card[1].problem) == "contains a space"
    assert card[0].mailbox == '"Müller & Söhne KG" <buchhaltung@example.de>'
    assert card[2].mailbox == "Lena Böhm <lena@example.de>" and card[2].contact == "Lena Böhm"
    book = address_book.address_book(ledger)
    assert "info example.de" not in {e.address for e in book}
    assert len(book) == 2


def test_the_last_used_addresses_come_first(demo_ledger: Ledger) -> None:
    party = next(p for p in demo_ledger.parties() if len(p.emails) >= 2 and not p.contacts)
    last = party.emails[-1].address
    document_id = first_invoice(demo_ledger, party.id)
    assert queue(demo_ledger, SendRequest(document_id=document_id, to=last)).queued
    book = address_book.address_book(demo_ledger)
    assert book[0].address == last and book[0].party_id == party.id and book[0].recent
    assert address_book.card_addresses(party, last)[0].address == last

    form = send_form.load(demo_ledger, SendRequest(document_id=document_id))
    assert form.request.to is not None and form.request.to.startswith(party.name)
    (earlier,) = form.earlier
    assert earlier.status is OutboxStatus.HELD or earlier.status is OutboxStatus.QUEUED
    assert earlier.to == last
    assert any(p.code == "already-queued" for p in form.preflight.problems)


def test_undo_cancels_a_waiting_message_once_and_says_what_it_is(demo_ledger: Ledger) -> None:
    document_id = first_invoice(demo_ledger)
    result = queue(demo_ledger, SendRequest(document_id=document_id, to="a@example.com"))
    assert result.outbox_id is not None
    undo = send_form.UndoResult
    assert send_form.undo(demo_ledger, result.outbox_id) == undo(True, OutboxStatus.CANCELLED)
    assert send_form.undo(demo_ledger, result.outbox_id) == undo(False, OutboxStatus.CANCELLED)
    assert outbox.entries(demo_ledger)[0].status is OutboxStatus.CANCELLED
    assert send_form.undo(demo_ledger, 10_000) == undo(False, None)


def test_the_print_copy_is_named_and_measured(demo_ledger: Ledger) -> None:
    request = SendRequest(document_id=first_invoice(demo_ledger))
    info = send_form.print_copy_info(demo_ledger, request)
    assert info.file_name.endswith(".pdf") and info.size > 10_000

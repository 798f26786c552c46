"""A letter batch's preview reads the addresses each party was last mailed at for all parties
at once (in chunks): the same addresses, in the same order, as reading them party by party, and
as many statements for many parties as for a few."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event

from ledgerpost.domain.parties import AddressRole, EmailAddress, Party, PartyKind
from ledgerpost.services import letter_batch
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.letter_batch import Recipients
from ledgerpost.storage import recent_recipients as recipients_repo
from tests.integration.test_letter_batch import JAN_5, _template, books

__all__ = ["books"]  # the fixture, shared with the letter batch's tests
CUSTOMERS_ONLY = Recipients((PartyKind.CUSTOMER,))
NOW = dt.datetime(2026, 1, 2, 9, 0)
SENDER = {"smtp.host": "mail.example.com", "smtp.from_address": "books@example.com"}


def _customers(ledger: Ledger, count: int, first: int = 0) -> list[Party]:
    """Customers with two billing addresses each; every third last mailed at its second."""
    made = []
    for n in range(first, first + count):
        emails = tuple(
            EmailAddress(f"{box}{n}@example.com", AddressRole.BILLING) for box in ("a", "b")
        )
        party = ledger.add_party(Party(PartyKind.CUSTOMER, f"Customer {n:04d}", emails=emails))
        assert party.id is not None
        if n % 3 == 0:
            with ledger.db.write() as s:
                recipients_repo.remember_addresses(s, party.id, f"b{n}@example.com", NOW)
        made.append(party)
    return made


def test_the_addresses_read_at_once_are_those_read_one_by_one(books: Ledger) -> None:
    parties = _customers(books, recipients_repo.CHUNK + 7)  # two chunks
    ids = [p.id for p in parties if p.id is not None]
    with books.db.read() as s:
        at_once = recipients_repo.recent_addresses_of(s, [*ids, ids[0]])  # a repeat is harmless
        one_by_one = {i: recipients_repo.recent_addresses(s, i) for i in ids}
    assert at_once == {i: text for i, text in one_by_one.items() if text}
    assert len(at_once) == len([n for n in range(len(ids)) if n % 3 == 0])


def test_the_preview_orders_each_partys_addresses_by_its_last_mailing(books: Ledger) -> None:
    settings_service.save(books, SENDER)
    parties = _customers(books, 12)
    template = letter_batch.from_document(books, _template(books, parties[0]))
    seen = letter_batch.preview(books, template, CUSTOMERS_ONLY, on=JAN_5)
    assert seen.skipped == ()
    by_party = {row.party: row.to for row in seen.rows}
    for n, party in enumerate(parties):
        a, b = f"a{n}@example.com", f"b{n}@example.com"
        expected = (f"{b}", f"{a}") if n % 3 == 0 else (f"{a}", f"{b}")
        assert tuple(t.split("<")[-1].rstrip(">") for t in by_party[party.name]) == expected


def test_the_preview_runs_as_many_statements_for_many_parties_as_for_a_few(
    books: Ledger,
) -> None:
    settings_service.save(books, SENDER)
    parties = _customers(books, 10)
    template = letter_batch.from_document(books, _template(books, parties[0]))

    def statements() -> int:
        count = 0

        def seen(*_args: object) -> None:
            nonlocal count
            count += 1

        event.listen(books.db.engine, "before_cursor_execute", seen)
        try:
            letter_batch.preview(books, template, CUSTOMERS_ONLY, on=JAN_5)
        finally:
            event.remove(books.db.engine, "before_cursor_execute", seen)
        return count

    few = statements()
    _customers(books, 90, first=10)
    assert statements() == few  # not one more per party

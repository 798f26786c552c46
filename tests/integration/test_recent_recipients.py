"""The addresses last used for a party are kept by one statement per message, on SQLite and on
PostgreSQL: made on the first message, changed by every later one (also twice in one
transaction, as a batch with two invoices for one customer writes them), read back as kept;
and the address a message went to is offered first for the party's next one."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event

from ledgerpost.domain.parties import EmailAddress, Party, PartyKind
from ledgerpost.services import credits
from ledgerpost.services import settings as settings_service
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, queue
from ledgerpost.storage import recent_recipients as recipients_repo
from tests.helpers.backends import BOTH_BACKENDS
from tests.helpers.books import invoice

pytestmark = BOTH_BACKENDS
MORNING = dt.datetime(2026, 3, 2, 9, 0)


def _customer(ledger: Ledger, name: str, *addresses: str) -> int:
    emails = tuple(EmailAddress(address) for address in addresses)
    party = ledger.add_party(Party(PartyKind.CUSTOMER, name, emails=emails))
    assert party.id is not None
    return party.id


def test_the_last_used_addresses_are_made_then_changed(ledger: Ledger) -> None:
    mari = _customer(ledger, "Mari Tamm", "mari@example.com")
    jaan = _customer(ledger, "Jaan Kask", "jaan@example.com")
    with ledger.db.write() as s:
        recipients_repo.remember_addresses(s, mari, "mari@example.com", MORNING)
        recipients_repo.remember_addresses(s, mari, "raamat@example.com", MORNING)  # same batch
        recipients_repo.remember_addresses(s, jaan, "jaan@example.com", MORNING)
    later = MORNING + dt.timedelta(hours=1)
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "recent_recipient" in statement:
            statements.append(statement)

    event.listen(ledger.db.engine, "before_cursor_execute", count)
    try:
        with ledger.db.write() as s:
            recipients_repo.remember_addresses(s, jaan, "jaan@example.com, kask@example.com", later)
    finally:
        event.remove(ledger.db.engine, "before_cursor_execute", count)
    assert len(statements) == 1  # one statement: no read of the row first
    with ledger.db.read() as s:
        assert recipients_repo.recent_addresses(s, mari) == "raamat@example.com"
        assert recipients_repo.all_recent(s) == {
            mari: ("raamat@example.com", MORNING),
            jaan: ("jaan@example.com, kask@example.com", later),
        }


def test_the_address_a_message_went_to_comes_first_next_time(ledger: Ledger) -> None:
    mari = _customer(ledger, "Mari Tamm", "mari@example.com", "raamat@example.com")
    assert not settings_service.save(
        ledger, {"smtp.host": "mail.example.com", "smtp.from_address": "books@example.com"}
    )
    credits.add(ledger, 10, "TEST-TOPUP", "test")
    party = ledger.party(mari)
    first = ledger.save_and_post(invoice(party, "100", on=dt.date(2026, 3, 2)))
    second = ledger.save_and_post(invoice(party, "50", on=dt.date(2026, 3, 3)))
    assert first.posted and second.posted
    sent = queue(ledger, SendRequest(document_id=first.document.id, to="raamat@example.com"))
    assert sent.queued, sent.preflight.problems
    with ledger.db.read() as s:
        assert recipients_repo.recent_addresses(s, mari) == "raamat@example.com"
    again = queue(ledger, SendRequest(document_id=second.document.id))
    assert again.queued, again.preflight.problems
    assert [b.address for b in again.preflight.to] == ["raamat@example.com", "mari@example.com"]

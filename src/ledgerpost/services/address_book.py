"""The address book the send dialog completes from: parties' and contact persons' addresses.

Each entry is what goes into a To, CC or BCC field (``Name <address>``). A party's last-used
addresses come first, and parties mailed recently come before the rest.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from ledgerpost.domain.addresses import Field, Mailbox, parse_entry, split_list
from ledgerpost.domain.parties import Party
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.services import access
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage.recent_recipients import all_recent

RECENT = "recent"
"""The role of an address used for a party that is not (or no longer) on its card."""
CONTACT = "contact"


@dataclass(frozen=True, slots=True)
class BookEntry:
    """One address of a party or of one of its contact persons."""

    address: str
    """As written on the card (it may be malformed: then ``problem`` says why)."""
    name: str
    party_id: int
    party_name: str
    role: str
    """An ``AddressRole`` value, ``contact`` or ``recent``."""
    contact: str = ""
    problem: Problem | None = None
    recent: bool = False

    @property
    def mailbox(self) -> str:
        """``Name <address>`` as it goes into a field; the bare text when malformed."""
        parsed = parse_entry(self.address, Field.TO)
        if isinstance(parsed, Problem):
            return self.address
        return str(Mailbox(parsed.local, parsed.domain, self.name))


def _entry(party: Party, address: str, role: str, contact: str = "") -> BookEntry:
    parsed = parse_entry(address.strip(), Field.TO)
    problem = parsed if isinstance(parsed, Problem) else None
    assert party.id is not None
    return BookEntry(
        address.strip(), contact or party.name, party.id, party.name, role, contact, problem
    )


def card_addresses(party: Party, recent: str = "") -> tuple[BookEntry, ...]:
    """Every address on a card and its contact persons'; the last-used ones first."""
    entries = [_entry(party, e.address, e.role.value) for e in party.emails]
    for person in party.contacts:
        entries += [_entry(party, e.address, CONTACT, person.name) for e in person.emails]
    seen = {e.address.casefold() for e in entries}
    used = split_list(recent)
    extra = [_entry(party, a, RECENT) for a in used if a.casefold() not in seen]
    order = {a.casefold(): i for i, a in enumerate(used)}
    marked = [replace(e, recent=e.address.casefold() in order) for e in (*entries, *extra)]
    return tuple(sorted(marked, key=lambda e: order.get(e.address.casefold(), len(order))))


def recent_for(ledger: Ledger) -> dict[int, tuple[str, dt.datetime]]:
    with ledger.db.read() as s:
        return all_recent(s)


def may_see_contacts(ledger: Ledger, by: SignedIn | None) -> bool:
    """Whether ``by`` may see the addresses on cards; otherwise each is a "hidden contact"."""
    with ledger.db.read() as s:
        return access.resolve(s, by).may(Right.SEE_CONTACTS)


def address_book(ledger: Ledger, by: SignedIn | None = None) -> tuple[BookEntry, ...]:
    """Every valid address of every party, recently mailed parties and addresses first.

    Empty for a user who may not see contact addresses: every card is hidden from them.
    """
    if not may_see_contacts(ledger, by):
        return ()
    recent = recent_for(ledger)
    parties = sorted(ledger.parties(), key=lambda p: p.name.casefold())
    oldest = dt.datetime.min
    parties.sort(key=lambda p: recent.get(p.id or 0, ("", oldest))[1], reverse=True)
    book: list[BookEntry] = []
    for party in parties:
        used = recent.get(party.id or 0, ("", oldest))[0]
        book += [e for e in card_addresses(party, used) if not e.problem]
    return tuple(book)

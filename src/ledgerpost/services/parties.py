"""Party cards as the parties pages show and change them: customers, suppliers, employees.

A user who may not see contact addresses gets each card without its addresses (``hidden``:
the window says "hidden contact"), and saving such a card keeps the stored addresses and
contact persons as they are: what they cannot see, they cannot change or lose.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ledgerpost.domain.addresses import Field, parse_entry
from ledgerpost.domain.parties import LANGUAGES, ContactPerson, Party, PartyKind
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.users import SignedIn
from ledgerpost.services.address_book import may_see_contacts
from ledgerpost.services.errors import StorageError
from ledgerpost.services.ledger import Ledger


@dataclass(frozen=True, slots=True)
class PartyCard:
    """A card as this user may see it."""

    party: Party
    hidden: bool = False
    """The addresses (the card's and its contact persons') are left out for this user."""


@dataclass(frozen=True, slots=True)
class SaveResult:
    card: PartyCard | None
    problems: tuple[Problem, ...] = ()

    @property
    def saved(self) -> bool:
        return not self.problems


def _hide(party: Party) -> Party:
    return replace(party, emails=(), contacts=tuple(replace(c, emails=()) for c in party.contacts))


def _as_seen(party: Party, hidden: bool) -> PartyCard:
    return PartyCard(_hide(party) if hidden else party, hidden)


def cards(
    ledger: Ledger, kind: PartyKind | None = None, by: SignedIn | None = None
) -> list[PartyCard]:
    """Every card of ``kind`` by name, as ``by`` may see them."""
    hidden = not may_see_contacts(ledger, by)
    return [_as_seen(p, hidden) for p in ledger.parties(kind)]


def card(ledger: Ledger, party_id: int, by: SignedIn | None = None) -> PartyCard:
    hidden = not may_see_contacts(ledger, by)
    return _as_seen(ledger.party(party_id), hidden)


def problems(party: Party) -> list[Problem]:
    """Everything wrong with a card, all at once, each tied to its field or address."""
    found = []
    if not party.name.strip():
        found.append(Problem.of("name", "name"))
    if party.language not in LANGUAGES:
        found.append(
            Problem.of(
                "language",
                "language",
                language=repr(party.language),
                languages=", ".join(LANGUAGES),
            )
        )
    for email in party.emails:
        parsed = parse_entry(email.address.strip(), Field.TO)
        if isinstance(parsed, Problem):
            found.append(parsed.at(f"email: {email.address}"))
    for position, person in enumerate(party.contacts, start=1):
        where = f"contact {position}"
        if not person.name.strip():
            found.append(Problem.of("contact-name", where))
        for email in person.emails:
            parsed = parse_entry(email.address.strip(), Field.TO)
            if isinstance(parsed, Problem):
                found.append(parsed.at(f"{where}: {email.address}"))
    return found


def _tidy(party: Party) -> Party:
    def tidy_person(person: ContactPerson) -> ContactPerson:
        emails = tuple(replace(e, address=e.address.strip()) for e in person.emails)
        return replace(person, name=person.name.strip(), emails=emails)

    return replace(
        party,
        name=party.name.strip(),
        emails=tuple(replace(e, address=e.address.strip()) for e in party.emails),
        contacts=tuple(tidy_person(c) for c in party.contacts),
    )


def save(ledger: Ledger, party: Party, by: SignedIn | None = None) -> SaveResult:
    """Add a new card or save a changed one; nothing is written while a problem remains."""
    party = _tidy(party)
    hidden = not may_see_contacts(ledger, by)
    if hidden:
        stored = ledger.party(party.id) if party.id is not None else None
        party = replace(
            party,
            emails=stored.emails if stored else (),
            contacts=stored.contacts if stored else (),
        )
    found = problems(party)
    if found:
        return SaveResult(None, tuple(found))
    try:
        saved = ledger.update_party(party) if party.id is not None else ledger.add_party(party)
    except StorageError as exc:
        return SaveResult(None, (Problem.of("not-saved", "contacts", reason=str(exc)),))
    return SaveResult(_as_seen(saved, hidden))

"""Party cards as the parties pages show and change them: customers, suppliers, employees.

A user who may not see contact addresses gets each card without its addresses (``hidden``:
the window says "hidden contact"), and saving such a card keeps the stored addresses and
contact persons as they are: what they cannot see, they cannot change or lose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from babel import Locale

from ledgerpost.domain.addresses import Field, parse_entry, split_list
from ledgerpost.domain.einvoice import Profile, buyer_of
from ledgerpost.domain.einvoice_checks import buyer_problems
from ledgerpost.domain.parties import LANGUAGES, ContactPerson, EInvoiceFormat, Party, PartyKind
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.services import access
from ledgerpost.services.address_book import may_see_contacts
from ledgerpost.services.errors import LedgerError, StorageError
from ledgerpost.services.ledger import Ledger
from ledgerpost.storage import party_archive
from ledgerpost.storage import party_repository as party_repo


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


VAT_ID = re.compile(r"[A-Z]{2}[0-9A-Z+*]{2,16}")
"""A VAT id as the EU writes them: the country's two letters (EL for Greece), then its number."""
EMAIL_SCHEME = "EM"
PROFILES: dict[EInvoiceFormat, Profile] = {
    EInvoiceFormat.FACTURX: Profile.EN16931,
    EInvoiceFormat.XRECHNUNG_CII: Profile.XRECHNUNG,
    EInvoiceFormat.XRECHNUNG_UBL: Profile.XRECHNUNG,
    EInvoiceFormat.PEPPOL_UBL: Profile.EN16931,
    EInvoiceFormat.CIUSRO_UBL: Profile.EN16931,
}
"""The rules each e-invoice format is checked by (a format not here sends no e-invoice)."""


NOT_COUNTRIES = frozenset({"EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"})
"""Two-letter regions of Babel's that are no country (the EU, pseudo-locales, unknown)."""


def country_codes() -> frozenset[str]:
    """Every ISO 3166-1 alpha-2 code Babel knows (its numeric regions left out)."""
    codes = (str(c) for c in Locale("en").territories)
    return frozenset(c for c in codes if len(c) == 2 and c.isalpha() and c not in NOT_COUNTRIES)


def compact_vat_id(vat_id: str) -> str:
    return re.sub(r"[\s.\-]", "", vat_id).upper()


def _hide(party: Party) -> Party:
    contacts = tuple(replace(c, emails=()) for c in party.contacts)
    return replace(party, emails=(), contacts=contacts, default_cc=(), default_bcc=())


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
    found += _einvoice_field_problems(party)
    found += copy_problems(party)
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


COPY_FIELDS: dict[str, Field] = {"default cc": Field.CC, "default bcc": Field.BCC}
"""How a problem names the card's default CC and BCC lists, and the field each is checked as."""


def copy_problems(party: Party) -> list[Problem]:
    """Each default CC or BCC address that is not one, under ``default cc: <address>``."""
    found = []
    lists = {"default cc": party.default_cc, "default bcc": party.default_bcc}
    for name, addresses in lists.items():
        for address in addresses:
            parsed = parse_entry(address.strip(), COPY_FIELDS[name])
            if isinstance(parsed, Problem):
                found.append(parsed.at(f"{name}: {address.strip()}"))
    return found


def copy_list(text: str) -> tuple[str, ...]:
    """A default CC or BCC list as typed (``a@x.ee, "Kask, Anna" <anna@x.ee>``), one entry
    each; an entry that is no address stays, for :func:`problems` to name."""
    return tuple(split_list(text))


def _einvoice_field_problems(party: Party) -> list[Problem]:
    """A country code Babel does not know, a VAT id not shaped as one, an e-invoice email
    address that is none."""
    found = []
    code = party.address.country_code.strip()
    if code and code.upper() not in country_codes():
        found.append(Problem.of("country-code", "country code", value=code))
    vat_id = party.vat_number.strip()
    if vat_id and not VAT_ID.fullmatch(compact_vat_id(vat_id)):
        found.append(Problem.of("vat-id", "VAT number", value=vat_id))
    address = party.electronic_address.strip()
    if address and party.electronic_scheme in ("", EMAIL_SCHEME):
        parsed = parse_entry(address, Field.TO)
        if isinstance(parsed, Problem):
            found.append(parsed.at("electronic address"))
    return found


def einvoice_gaps(party: Party) -> tuple[EInvoiceFormat, list[Problem]]:
    """The format the card's invoices go out in and what the card still lacks for it (only
    what the card holds: the company's and each document's fields are checked when sending)."""
    chosen = party.chosen_einvoice_format
    profile = PROFILES.get(chosen)
    if profile is None:
        return chosen, []
    return chosen, buyer_problems(buyer_of(party), party.buyer_reference, profile)


def _tidy(party: Party) -> Party:
    def tidy_person(person: ContactPerson) -> ContactPerson:
        emails = tuple(replace(e, address=e.address.strip()) for e in person.emails)
        return replace(person, name=person.name.strip(), emails=emails)

    address = replace(party.address, country_code=party.address.country_code.strip().upper())
    return replace(
        party,
        name=party.name.strip(),
        address=address,
        buyer_reference=party.buyer_reference.strip(),
        electronic_address=party.electronic_address.strip(),
        electronic_scheme=party.electronic_scheme.strip(),
        emails=tuple(replace(e, address=e.address.strip()) for e in party.emails),
        contacts=tuple(tidy_person(c) for c in party.contacts),
        default_cc=tuple(a.strip() for a in party.default_cc if a.strip()),
        default_bcc=tuple(a.strip() for a in party.default_bcc if a.strip()),
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
            default_cc=stored.default_cc if stored else (),
            default_bcc=stored.default_bcc if stored else (),
        )
    found = problems(party)
    if found:
        return SaveResult(None, tuple(found))
    try:
        saved = ledger.update_party(party) if party.id is not None else ledger.add_party(party)
    except StorageError as exc:
        return SaveResult(None, (_not_saved(exc, "contacts"),))
    return SaveResult(_as_seen(saved, hidden))


def archive(
    ledger: Ledger, party_id: int, archived: bool = True, by: SignedIn | None = None
) -> str:
    """Hide a card from the pickers (or show it again); its history stays. Its name."""
    with ledger.db.write() as s:
        access.require(s, by, Right.SEE_CONTACTS)
        return party_archive.set_archived(s, party_id, archived)


def archived_ids(ledger: Ledger) -> set[int]:
    with ledger.db.read() as s:
        return party_archive.archived_ids(s)


def all_cards(
    ledger: Ledger, kind: PartyKind | None = None, by: SignedIn | None = None
) -> list[PartyCard]:
    """Every card of ``kind`` by name, archived ones too."""
    hidden = not may_see_contacts(ledger, by)
    return [_as_seen(p, hidden) for p in ledger.parties(kind, archived=True)]


def delete(ledger: Ledger, party_id: int, by: SignedIn | None = None) -> str:
    """Delete a card nothing refers to; refused (``party-referenced``) otherwise. Its name."""
    with ledger.db.write() as s:
        access.require(s, by, Right.SEE_CONTACTS)
        party = party_repo.get_party(s, party_id)
        refs = party_archive.references(s, party_id)
        if refs:
            raise LedgerError.of(
                "party-referenced",
                "party",
                name=party.name,
                documents=refs.get("documents", 0),
                lines=refs.get("journal lines", 0),
                messages=refs.get("messages", 0),
            )
        return party_archive.delete_party(s, party_id)


def _not_saved(error: StorageError, field: str) -> Problem:
    """Why storage refused the card, under ``field``: its own code where it has one."""
    if error.problem is not None:
        return error.problem.at(field)
    return Problem.of("not-saved", field, reason=str(error))

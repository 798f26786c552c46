"""Whom a letter batch goes to, planned before any letter is made: the template, the parties
chosen, and for each the row of a letter that can go (made now, or made by an earlier run and
still to go) or the reasons it is left out. See :mod:`ledgerpost.services.letter_batch`."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, replace

from ledgerpost.domain.documents import DEFAULT_SERIES, Document, DocumentType, Letter
from ledgerpost.domain.parties import LANGUAGES, Party, PartyKind
from ledgerpost.domain.posting import problems_before_posting
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.services import send_checks as checks
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.sending import SendRequest, SendSettings
from ledgerpost.storage import letter_copies, party_archive
from ledgerpost.storage import recent_recipients as recipients_repo

SERIES = DEFAULT_SERIES[DocumentType.LETTER]
KIND_WORDS: dict[PartyKind, str] = {
    PartyKind.CUSTOMER: "customers",
    PartyKind.SUPPLIER: "suppliers",
    PartyKind.EMPLOYEE: "employees",
}


@dataclass(frozen=True, slots=True)
class Recipients:
    """Whom a letter batch goes to: the cards ``party_ids``, else every card of ``kinds``;
    with both, those of the kinds among the cards named; only those whose language is
    ``language`` when one is given."""

    kinds: tuple[PartyKind, ...] = ()
    party_ids: tuple[int, ...] = ()
    language: str = ""

    def words(self) -> str:
        """As the command line would say it: ``--to customers --language et``."""
        found = [f"--to {KIND_WORDS[k]}" for k in self.kinds]
        if self.language:
            found.append(f"--language {self.language}")
        found += [f"--party {i}" for i in self.party_ids[:20]]
        if len(self.party_ids) > 20:
            found.append(f"(+{len(self.party_ids) - 20})")
        return " ".join(found)


@dataclass(frozen=True, slots=True)
class Template:
    """The letter every party gets, and the key its letters are kept under: ``letter:12`` for
    a letter document, ``text:<digest>`` for words given."""

    letter: Letter
    key: str
    document: Document | None = None

    @property
    def label(self) -> str:
        """How the batch names it: ``--letter 12`` or ``--subject "…"``."""
        if self.document is not None:
            return f"--letter {self.document.display_number or self.document.id}"
        return f"--subject {json.dumps(self.letter.subject, ensure_ascii=False)}"


def from_document(ledger: Ledger, key: str | int) -> Template:
    """The letter document ``key`` (its id, or its number ``LET-3``) as a template; a draft is
    the usual one, a posted letter serves as well."""
    document = ledger.document(key) if isinstance(key, int) else ledger.document_by_key(key)
    if document.type is not DocumentType.LETTER or document.letter is None:
        raise LedgerError.of("letter-batch-template", "letter", key=str(key))
    return Template(document.letter, f"letter:{document.id}", document)


def from_words(letter: Letter) -> Template:
    """Words given (no letter document): the same words again are the same template."""
    content = [letter.subject, letter.body, letter.greeting, letter.signer, letter.language]
    digest = hashlib.sha256(json.dumps(content, ensure_ascii=False).encode()).hexdigest()
    return Template(letter, f"text:{digest[:64]}")


@dataclass(frozen=True, slots=True)
class LetterRow:
    """A party a letter would be made for (or whose letter, made before, is still to go)."""

    party_id: int
    party: str
    kind: PartyKind
    language: str
    to: tuple[str, ...]
    """The addresses it goes to; empty when the user may not see them."""
    made: str = ""
    """The letter's number when it was made by an earlier run and only its message is left."""
    cancelled: bool = False
    """That letter's message was cancelled before it went: it is sent again (same number)."""


@dataclass(frozen=True, slots=True)
class LetterSkip:
    """A party left out, and why (each reason a problem: archived, already has this letter, an
    address, a hidden contact)."""

    party_id: int
    party: str
    problems: tuple[Problem, ...]

    @property
    def reason(self) -> str:
        return self.problems[0].code if self.problems else ""


def candidates(ledger: Ledger, chosen: Recipients) -> list[Party]:
    if chosen.language and chosen.language not in LANGUAGES:
        languages = ", ".join(LANGUAGES)
        raise LedgerError.of("language", "language", language=chosen.language, languages=languages)
    if chosen.party_ids:
        found = [ledger.party(i) for i in dict.fromkeys(chosen.party_ids)]
        if chosen.kinds:
            found = [p for p in found if p.kind in chosen.kinds]
    elif chosen.kinds:
        found = [p for kind in chosen.kinds for p in ledger.parties(kind, archived=True)]
    else:
        raise LedgerError.of("letter-batch-no-recipients", "to")
    return [p for p in found if not chosen.language or p.language == chosen.language]


def sample(template: Template, party: Party, company_currency: str, on: dt.date) -> Document:
    """The letter as it would be made for ``party`` (not saved)."""
    base = template.document
    assert party.id is not None
    return Document(
        DocumentType.LETTER,
        party.id,
        on,
        base.currency if base is not None else company_currency,
        party_name=party.name,
        series=SERIES,
        reference=base.reference if base is not None else "",
        notes=base.notes if base is not None else "",
        reply_to=base.reply_to if base is not None else "",
        letter=template.letter,
    )


def template_problems(template: Template) -> None:
    """A letter with no header or text, or in a language not spoken, is refused before any
    party is looked at."""
    letter = template.letter
    sample = Document(DocumentType.LETTER, 0, dt.date.today(), "EUR", letter=letter)
    anyone = Party(PartyKind.CUSTOMER, "-", id=0)
    found = problems_before_posting(sample, anyone)
    found += checks.subject(letter.subject) if not found else []
    if found:
        raise LedgerError.of_problem(found[0])


def _check(
    acting: SignedIn,
    sample: Document,
    party: Party,
    common: list[Problem],
    recent: str,
) -> tuple[LetterRow | None, tuple[Problem, ...]]:
    """The row of a party its letter can go to, or why not (as the send check would say);
    ``recent``: the addresses it was last mailed at."""
    assert party.id is not None
    hidden = not acting.may(Right.SEE_CONTACTS)
    problems = checks.rights(acting, party)
    to, _cc, _bcc, found = checks.recipients(SendRequest(), party, sample, recent, hidden)
    problems += found + common
    if problems:
        return None, tuple(problems)
    language = _language(sample, party)
    addresses = tuple(str(b) for b in to.mailboxes)
    return LetterRow(party.id, party.name, party.kind, language, addresses), ()


def _language(sample: Document, party: Party) -> str:
    from ledgerpost.domain.documents import document_language

    return document_language(sample, party)


Plan = tuple[list[tuple[Party, LetterRow]], list[LetterSkip], list[int]]
"""The parties to make letters for, those left out, and letters made before still to go."""


def plan(
    ledger: Ledger,
    shared: SendSettings,
    acting: SignedIn,
    template: Template,
    chosen: Recipients,
    on: dt.date,
) -> Plan:
    template_problems(template)
    chosen_parties = candidates(ledger, chosen)
    with ledger.db.read() as s:
        archived = party_archive.archived_ids(s)
        made = letter_copies.made_for(s, template.key)
        unsent = set(letter_copies.unsent(s, template.key))
        cancelled = letter_copies.cancelled_before(s, template.key)
        recent = recipients_repo.recent_addresses_of(s, [p.id for p in chosen_parties if p.id])
    company = shared.company
    _box, _reply, common, _warnings = checks.sender(None, company, shared.smtp, acting)
    todo: list[tuple[Party, LetterRow]] = []
    skipped: list[LetterSkip] = []
    waiting: list[int] = []
    for party in chosen_parties:
        assert party.id is not None
        earlier = made.get(party.id)
        if earlier is not None and earlier[0] not in unsent:
            problem = Problem.of("letter-already-made", "party", name=party.name, number=earlier[1])
            skipped.append(LetterSkip(party.id, party.name, (problem,)))
            continue
        if party.id in archived and earlier is None:
            problem = Problem.of("letter-archived", "party", name=party.name)
            skipped.append(LetterSkip(party.id, party.name, (problem,)))
            continue
        letter = sample(template, party, company.currency, on)
        found = recent.get(party.id, "")
        row, problems = _check(acting, letter, party, common, found)
        if row is None:
            skipped.append(LetterSkip(party.id, party.name, problems))
        elif earlier is not None:  # made by a run that stopped before its message, or cancelled
            again = earlier[0] in cancelled
            todo.append((party, replace(row, made=earlier[1], cancelled=again)))
            waiting.append(earlier[0])
        else:
            todo.append((party, row))
    return todo, skipped, waiting

"""A letter to many parties at once: from one letter (a letter document used as the template,
or words given), one posted, numbered letter per party with its print copy stored, and their
messages queued as one batch (paused, resumed, cancelled and counted with
``services.batch_control``).

Exactly once: a letter is made in one transaction that first looks (under the letters' lock,
and a unique key on template and party) whether this party already has one of this template,
so a run repeated makes no letter twice. Its message is written in a transaction of its own
that checks none was written yet; a run stopped in between leaves letters without a message,
and the next run of the same template queues those first. Who is left out is decided before
any letter is made: a numbered letter is never made for a party it could not go to.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, replace

from ledgerpost.domain.documents import DEFAULT_SERIES, Document, DocumentType, Letter
from ledgerpost.domain.pace import Forecast
from ledgerpost.domain.parties import LANGUAGES, Party, PartyKind
from ledgerpost.domain.posting import problems_before_posting
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.i18n.translate import translator
from ledgerpost.services import access, pace_preview, printing
from ledgerpost.services import send_checks as checks
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger, post_in
from ledgerpost.services.letter_queue import LETTERS, queue_unsent
from ledgerpost.services.sending import SendRequest, SendSettings
from ledgerpost.storage import batch_repository as batch_repo
from ledgerpost.storage import credit_repository as credit_repo
from ledgerpost.storage import document_repository as document_repo
from ledgerpost.storage import letter_copies, locks, party_archive
from ledgerpost.storage import numbering_repository as numbering_repo
from ledgerpost.storage import recent_recipients as recipients_repo

SERIES = DEFAULT_SERIES[DocumentType.LETTER]
CHUNK = 25
"""Messages per transaction while queueing: small enough that a stop is felt at once."""
KIND_WORDS: dict[PartyKind, str] = {
    PartyKind.CUSTOMER: "customers",
    PartyKind.SUPPLIER: "suppliers",
    PartyKind.EMPLOYEE: "employees",
}
Progress = Callable[[int, int], None]
Stop = Callable[[], bool]


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


@dataclass(frozen=True, slots=True)
class LetterPreview:
    template: str
    rows: tuple[LetterRow, ...]
    skipped: tuple[LetterSkip, ...]
    balance: int
    finish: Forecast | None = None

    @property
    def count(self) -> int:
        return len(self.rows)

    @property
    def cost(self) -> int:
        return self.count  # one credit per message the server accepts

    def finish_sentence(self, language: str = "en") -> str:
        if self.finish is None:
            return ""
        return pace_preview.finish_sentence(self.finish, translator(language))


@dataclass(frozen=True, slots=True)
class LetterRun:
    """What one (possibly stopped) run did."""

    batch_id: int
    made: tuple[str, ...]
    """The numbers of the letters made by this run."""
    queued: int
    outbox_ids: tuple[int, ...]
    skipped: tuple[LetterSkip, ...]
    seen: int
    total: int
    stopped: bool = False

    @property
    def not_reached(self) -> int:
        return max(self.total - self.seen, 0) if self.stopped else 0


def _candidates(ledger: Ledger, chosen: Recipients) -> list[Party]:
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


def _sample(template: Template, party: Party, company_currency: str, on: dt.date) -> Document:
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


def _template_problems(template: Template) -> None:
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
    ledger: Ledger,
    shared: SendSettings,
    acting: SignedIn,
    sample: Document,
    party: Party,
    common: list[Problem],
) -> tuple[LetterRow | None, tuple[Problem, ...]]:
    """The row of a party its letter can go to, or why not (as the send check would say)."""
    assert party.id is not None
    hidden = not acting.may(Right.SEE_CONTACTS)
    with ledger.db.read() as s:
        recent = recipients_repo.recent_addresses(s, party.id)
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


def _plan(
    ledger: Ledger,
    shared: SendSettings,
    acting: SignedIn,
    template: Template,
    chosen: Recipients,
    on: dt.date,
) -> Plan:
    _template_problems(template)
    with ledger.db.read() as s:
        archived = party_archive.archived_ids(s)
        made = letter_copies.made_for(s, template.key)
        unsent = set(letter_copies.unsent(s, template.key))
    company = shared.company
    _box, _reply, common, _warnings = checks.sender(None, company, shared.smtp, acting)
    todo: list[tuple[Party, LetterRow]] = []
    skipped: list[LetterSkip] = []
    waiting: list[int] = []
    for party in _candidates(ledger, chosen):
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
        sample = _sample(template, party, company.currency, on)
        row, problems = _check(ledger, shared, acting, sample, party, common)
        if row is None:
            skipped.append(LetterSkip(party.id, party.name, problems))
        elif earlier is not None:  # made by a run that stopped before its message
            todo.append((party, replace(row, made=earlier[1])))
            waiting.append(earlier[0])
        else:
            todo.append((party, row))
    return todo, skipped, waiting


def _acting(ledger: Ledger, by: SignedIn | None, *rights: Right) -> SignedIn:
    with ledger.db.read() as s:
        acting = access.require(s, by, Right.SEND_EMAIL)
        for right in rights:
            access.require(s, acting, right)
    return acting


def preview(
    ledger: Ledger,
    template: Template,
    chosen: Recipients,
    *,
    by: SignedIn | None = None,
    account: str | None = None,
    on: dt.date | None = None,
) -> LetterPreview:
    """Who would get the letter (with the language and addresses), what it costs, and who is
    left out and why; ``NotAllowed`` without the right to send."""
    shared = SendSettings.load(ledger, account)
    acting = _acting(ledger, by)
    todo, skipped, _waiting = _plan(ledger, shared, acting, template, chosen, on or dt.date.today())
    with ledger.db.read() as s:
        balance = credit_repo.available_credits(s)
    rows = tuple(row for _party, row in todo)
    finish = pace_preview.forecast(ledger, [max(len(r.to), 1) for r in rows], account)
    return LetterPreview(template.key, rows, tuple(skipped), balance, finish)


def _make(ledger: Ledger, template: Template, sample: Document) -> int | None:
    """Post the party's letter and record it under the template; its id, or None when a run
    in between already made it."""
    with ledger.db.write() as s:
        locks.hold(s, LETTERS)
        if letter_copies.has_letter(s, template.key, sample.party_id):
            return None
        numbering_repo.ensure_series(s, SERIES, DocumentType.LETTER)
        draft = document_repo.save_document(s, sample)
        assert draft.id is not None
        result = post_in(s, draft.id)
        if result.problems:
            raise LedgerError.of_problem(result.problems[0].at(sample.party_name))
        letter_copies.add(s, draft.id, template.key, sample.party_id)
        return draft.id


def send(
    ledger: Ledger,
    template: Template,
    chosen: Recipients,
    *,
    by: SignedIn | None = None,
    on: dt.date | None = None,
    progress: Progress | None = None,
    stop: Stop | None = None,
    chunk: int = CHUNK,
    account: str | None = None,
) -> LetterRun:
    """Make each party's letter (posted, numbered, its print copy stored) and queue their
    messages as one batch; ``stop()`` is asked before each letter, and what was made before
    a stop is queued whole. Needs the rights to send and to post documents."""
    shared = SendSettings.load(ledger, account)
    acting = _acting(ledger, by, Right.POST_DOCUMENTS)
    day = on or dt.date.today()
    todo, skipped, waiting = _plan(ledger, shared, acting, template, chosen, day)
    selection = f"letters {template.label} {chosen.words()}".strip()
    with ledger.db.write() as s:
        batch_id = batch_repo.new_batch(s, utcnow(), acting.login, selection[:250])
    made: list[str] = []
    to_queue: list[int] = []
    total, seen, stopped = len(todo), 0, False
    company = shared.company
    earlier = dict(zip([r.party_id for _p, r in todo if r.made], waiting, strict=True))
    for party, row in todo:
        if stop is not None and stop():
            stopped = True
            break
        seen += 1
        if row.made:  # made before: only its message is left
            to_queue.append(earlier[row.party_id])
            continue
        document_id = _make(ledger, template, _sample(template, party, company.currency, day))
        if document_id is None:
            problem = Problem.of("letter-made-meanwhile", "party", name=party.name)
            skipped.append(LetterSkip(row.party_id, party.name, (problem,)))
            continue
        copy = printing.print_document(ledger, document_id)  # its print copy, stored once
        assert copy.stored
        made.append(ledger.document(document_id).display_number)
        to_queue.append(document_id)
        if progress:
            progress(seen, total)
    ids, refused = queue_unsent(ledger, shared, acting, batch_id, to_queue, chunk)
    for party_id, name, problems in refused:
        skipped.append(LetterSkip(party_id, name, problems))
    if progress:
        progress(seen if stopped else total, total)
    found = tuple(skipped)
    return LetterRun(batch_id, tuple(made), len(ids), tuple(ids), found, seen, total, stopped)

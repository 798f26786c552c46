"""A letter to many parties at once: from one letter (a letter document used as the template,
or words given), one posted, numbered letter per party with its print copy stored, and their
messages queued as one batch (paused, resumed, cancelled and counted with
``services.batch_control``).

Exactly once: a letter is made in one transaction that first looks (under the letters' lock,
and a unique key on template and party) whether this party already has one of this template,
so a run repeated makes no letter twice. Its message is written in a transaction of its own
that checks none was written yet; a run stopped in between leaves letters without a message,
and the next run of the same template queues those first, and so the letters whose message
the user cancelled before it went (same letter, same number; one sent or still to go is
never queued again). Who is left out is decided before
any letter is made: a numbered letter is never made for a party it could not go to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from ledgerpost.domain.documents import Document, DocumentType
from ledgerpost.domain.pace import Forecast
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.i18n.translate import translator
from ledgerpost.services import access, pace_preview, printing
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger, post_in
from ledgerpost.services.letter_plan import KIND_WORDS as KIND_WORDS
from ledgerpost.services.letter_plan import SERIES, plan
from ledgerpost.services.letter_plan import LetterRow as LetterRow
from ledgerpost.services.letter_plan import LetterSkip as LetterSkip
from ledgerpost.services.letter_plan import Recipients as Recipients
from ledgerpost.services.letter_plan import Template as Template
from ledgerpost.services.letter_plan import from_document as from_document
from ledgerpost.services.letter_plan import from_words as from_words
from ledgerpost.services.letter_plan import sample as _sample
from ledgerpost.services.letter_queue import LETTERS, queue_unsent
from ledgerpost.services.sending import SendSettings
from ledgerpost.storage import batch_repository as batch_repo
from ledgerpost.storage import credit_repository as credit_repo
from ledgerpost.storage import document_repository as document_repo
from ledgerpost.storage import letter_copies, locks
from ledgerpost.storage import numbering_repository as numbering_repo

CHUNK = 25
"""Messages per transaction while queueing: small enough that a stop is felt at once."""
Progress = Callable[[int, int], None]
Stop = Callable[[], bool]


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
    todo, skipped, _waiting = plan(ledger, shared, acting, template, chosen, on or dt.date.today())
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
    todo, skipped, waiting = plan(ledger, shared, acting, template, chosen, day)
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

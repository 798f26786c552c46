"""Queueing a reminder run: each reminder a posted document of its own (numbered, its print
copy stored), then its message in the outbox as one batch (paused, resumed, cancelled and
counted with ``services.batch_control``).

Exactly once: the reminder and the levels it records are written in one transaction that
first reads the invoices' levels again (under the reminders' lock), so two runs on the same
day never remind the same invoices at the same level. Its message is written in a transaction
of its own that checks none was written yet; a run stopped in between leaves reminders without
a message, and the next run queues those first (``unsent``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from sqlalchemy.orm import Session

from ledgerpost.documents.document_pdf import print_language
from ledgerpost.domain.documents import DEFAULT_SERIES, Document, DocumentType, Letter, Line
from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.reminders import (
    PlannedReminder,
    ReminderLevel,
    ReminderLine,
    ReminderSettings,
)
from ledgerpost.domain.sizes import Size
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.i18n.translate import translator
from ledgerpost.services import access, batch, printing, reminder_fees, reminder_texts, reminders
from ledgerpost.services import send_checks as checks
from ledgerpost.services import settings as settings_service
from ledgerpost.services.batch import BatchResult, Skipped
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger, post_in
from ledgerpost.services.sending import (
    Preflight,
    Prepared,
    SendRequest,
    SendSettings,
    prepare,
    write_one,
)
from ledgerpost.storage import batch_repository as batch_repo
from ledgerpost.storage import document_repository as document_repo
from ledgerpost.storage import exchange_repository as exchange_repo
from ledgerpost.storage import locks
from ledgerpost.storage import numbering_repository as numbering_repo
from ledgerpost.storage import reminder_repository as repo

REMINDERS = "ledgerpost:reminders"
"""Making reminders and queueing their messages: one transaction at a time (PostgreSQL)."""
SERIES = DEFAULT_SERIES[DocumentType.REMINDER]
CHUNK = 25
Progress = Callable[[int, int], None]
Stop = Callable[[], bool]


def _lines(planned: PlannedReminder) -> list[ReminderLine]:
    return [
        ReminderLine(
            i.item.document_id,
            i.item.number,
            i.item.date,
            i.item.due_date,
            i.days,
            i.item.total,
            i.item.open,
            i.level,
        )
        for i in planned.items
    ]


def _still_due(s: Session, planned: PlannedReminder) -> bool:
    """Whether one of the invoices still climbs a level, read again under the lock."""
    last = repo.last_reminders(s, [i.item.document_id for i in planned.items])
    before = {invoice_id: found.level for invoice_id, found in last.items()}
    return any(i.level > before.get(i.item.document_id, 0) for i in planned.items)


def _make(
    ledger: Ledger,
    planned: PlannedReminder,
    settings: ReminderSettings,
    shared: SendSettings,
    as_of: dt.date,
) -> int | None:
    """Post the reminder document and record its lines; its id, or None when a run in
    between already reminded these invoices. The level's fee is the document's one line, and
    posting books it (the customer's receivables against reminder fees)."""
    level = settings.level(planned.level)
    language = planned.language if planned.language in LANGUAGES else "en"
    fee = (Line(_fee_label(language), Decimal(1), level.fee),) if level.fee > 0 else ()
    lines = _lines(planned)
    company = shared.company
    with ledger.db.write() as s:
        locks.hold(s, REMINDERS)
        numbering_repo.ensure_series(s, SERIES, DocumentType.REMINDER)
        if not _still_due(s, planned):
            return None
        _waive_unsent_fees(s, planned.party_id, as_of)
        number = repo.next_number(s, SERIES)  # the words name it; posting gives it
        document = Document(
            DocumentType.REMINDER,
            planned.party_id,
            as_of,
            planned.currency,
            lines=fee,
            party_name=planned.party,
            series=SERIES,
            # A fee in another currency is booked at the rate of the customer's latest
            # document in it (the invoices it reminds of were booked at theirs).
            rate=(
                exchange_repo.latest_rate(s, planned.party_id, planned.currency)
                if fee and planned.currency != company.currency
                else None
            ),
        )
        found = reminder_texts.values(
            replace(document, number=number), lines, planned.level, company, language, planned.party
        )
        text = reminder_texts.level_text(level, language)
        words = reminder_texts.for_print(text, found, language)
        letter = Letter(words.subject, words.body, "", company.sender_name or company.name)
        draft = document_repo.save_document(s, replace(document, letter=letter))
        assert draft.id is not None
        result = post_in(s, draft.id)
        if result.problems:  # the level's text, say, leaves the letter empty
            raise LedgerError.of_problem(result.problems[0].at(planned.party))
        assert result.posted and result.document.number == number, "numbered in this write"
        repo.add_reminder(
            s, draft.id, planned.party_id, planned.level, as_of, lines, planned.currency
        )
        return draft.id


def _waive_unsent_fees(s: Session, party_id: int, as_of: dt.date) -> None:
    """Waive the open fees of the customer's reminders that count as never sent (their
    message cancelled or failed): the reminder made now, at that level again, charges its own,
    and the customer never pays twice for a letter it got once."""
    fees = repo.open_fees(s, party_id)
    for reminder_id in sorted(repo.withdrawn(s, fees)) if fees else ():
        reminder_fees.waive_in(s, reminder_id, as_of)


def _fee_label(language: str) -> str:
    return translator(language).gettext("Reminder fee")


def queue_run(
    ledger: Ledger,
    as_of: dt.date,
    *,
    by: SignedIn | None = None,
    progress: Progress | None = None,
    stop: Stop | None = None,
    chunk: int = CHUNK,
    account: str | None = None,
    today: dt.date | None = None,
) -> BatchResult:
    """Make the run's reminders and queue their messages as one batch; ``stop()`` is asked
    before each reminder, and what was made before a stop is queued whole."""
    shared = SendSettings.load(ledger, account)
    with ledger.db.read() as s:
        acting = access.require(s, by, Right.SEND_EMAIL)
        access.require(s, by, Right.POST_DOCUMENTS)  # each reminder is a posted document
    settings = reminders.reminder_settings(ledger, shared.values)
    found = reminders.plan(ledger, as_of, today=today)
    with ledger.db.write() as s:
        batch_id = batch_repo.new_batch(
            s, utcnow(), acting.login, f"remind --as-of {as_of.isoformat()}"
        )
    skipped = [_skipped(p.party, p.reason.value) for p in found.skipped]
    total, seen, stopped = len(found.reminders), 0, False
    for planned in found.reminders:
        if stop is not None and stop():
            stopped = True
            break
        seen += 1
        made = _make(ledger, planned, settings, shared, as_of)
        if made is None:
            skipped.append(_skipped(planned.party, "already-reminded"))
            continue
        printing.print_document(ledger, made)  # its print copy, stored once
        if progress:
            progress(seen, total)
    ids, refused = queue_unsent(ledger, shared, settings, acting, batch_id, chunk)
    return BatchResult(batch_id, len(ids), (*skipped, *refused), tuple(ids), seen, total, stopped)


def _skipped(party: str, reason: str) -> Skipped:
    return Skipped(f"reminder {party}", reason, party)


def queue_unsent(
    ledger: Ledger,
    shared: SendSettings,
    settings: ReminderSettings,
    acting: SignedIn,
    batch_id: int | None,
    chunk: int = CHUNK,
) -> tuple[list[int], list[Skipped]]:
    """Queue a message for every reminder that has none (this run's, and any a stopped run
    left); a reminder whose message cannot go is withdrawn (it counts as never sent) and its
    fee, if it charged one, waived."""
    with ledger.db.read() as s:
        waiting = repo.unsent_reminders(s)
    ids: list[int] = []
    refused: list[Skipped] = []
    pending: list[Prepared] = []
    for document_id in waiting:
        prepared = _prepare(ledger, document_id, shared, settings, acting, batch_id)
        if isinstance(prepared, Preflight):
            party = shared.party(ledger, prepared.party_id).name if prepared.party_id else ""
            refused.append(_skipped(party, batch.reason_of(prepared)))
            with ledger.db.write() as s:
                repo.withdraw(s, document_id)
                reminder_fees.waive_in(s, document_id)  # it never left: no fee is owed
            continue
        pending.append(prepared)
        if len(pending) >= chunk:
            ids += _write(ledger, pending)
            pending = []
    if pending:
        ids += _write(ledger, pending)
    return ids, refused


def _prepare(
    ledger: Ledger,
    document_id: int,
    shared: SendSettings,
    settings: ReminderSettings,
    acting: SignedIn,
    batch_id: int | None,
) -> Prepared | Preflight:
    document = ledger.document(document_id)
    with ledger.db.read() as s:
        kept = repo.reminder_of(s, document_id)
    assert kept is not None
    number, lines = kept
    party = shared.party(ledger, document.party_id)
    language = print_language(party)
    level = _level(settings, number)
    found = reminder_texts.values(document, lines, number, shared.company, language, party.name)
    words = reminder_texts.filled(reminder_texts.level_text(level, language), found, language)
    request = SendRequest(
        document_id=document_id,
        subject=words.subject,
        body=words.body,
        by=acting,
        batch_id=batch_id,
    )
    prepared = prepare(ledger, request, shared)
    if isinstance(prepared, Preflight):
        return prepared
    attachments = (*prepared.attachments, *_attachments(ledger, document, lines, level))
    too_large = _too_large(ledger, shared, prepared, attachments)
    if too_large is not None:  # the invoices and the statement the level attaches count too
        return replace(prepared.preflight, problems=(too_large,))
    return replace(prepared, attachments=attachments)


def _too_large(
    ledger: Ledger,
    shared: SendSettings,
    prepared: Prepared,
    attachments: tuple[tuple[str, str, bytes, str], ...],
) -> Problem | None:
    """A reminder too large for its server with the reminder's own print copy and every file
    the level attaches (the send check measured the message without the level's files)."""
    chosen = next((a for a in shared.accounts if a.name == prepared.preflight.account), None)
    smtp = chosen.smtp if chosen is not None else shared.smtp
    limit, announced = settings_service.size_limit(shared.values, smtp)
    document_id = prepared.row.document_id
    own = len(printing.print_document(ledger, document_id).pdf) if document_id else 0
    size = checks.rough_sent_size(own + sum(len(data) for _name, _type, data, _sum in attachments))
    if size <= limit:
        return None
    return Problem.of(
        "too-large-server" if announced else "too-large",
        "attachments",
        size=Size(size),
        limit=Size(limit),
    )


def _level(settings: ReminderSettings, number: int) -> ReminderLevel:
    """The level's settings; a level removed since the reminder was made uses the highest."""
    known = [x for x in settings.levels if x.level <= number]
    return known[-1] if known else settings.levels[0]


def _attachments(
    ledger: Ledger, document: Document, lines: list[ReminderLine], level: ReminderLevel
) -> list[tuple[str, str, bytes, str]]:
    """The invoices' print copies and the customer's statement, as the level asks."""
    found = []
    if level.attach_invoices:
        for line in lines:
            copy = printing.print_document(ledger, line.invoice_id)
            found.append((copy.file_name, "application/pdf", copy.pdf, copy.sha256))
    if level.attach_statement and lines:
        # The open-items statement as of the reminder's day: what is still open, oldest
        # first, with money on account (its total is the customer's balance).
        start = min(line.date for line in lines)
        copy = printing.print_statement(
            ledger, document.party_id, start, document.date, form="open-items"
        )
        found.append((copy.file_name, "application/pdf", copy.pdf, copy.sha256))
    return found


def _write(ledger: Ledger, prepared: list[Prepared]) -> list[int]:
    """Write the messages whose reminder has none yet, in one transaction; their ids."""
    ids = []
    with ledger.db.write() as s:
        locks.hold(s, REMINDERS)
        for item in prepared:
            document_id = item.row.document_id
            if document_id is None or repo.has_message(s, document_id):
                continue  # another run queued it in between
            ids.append(write_one(s, item))
    return ids

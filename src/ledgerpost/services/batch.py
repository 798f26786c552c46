"""Batches: many documents (or statements) at once, previewed before anything is queued.

The preview names every document that will be skipped, why, and whose card to fix. Queueing
reads the documents a page at a time and writes one transaction per chunk, never all at once;
it can be stopped half-way ("stop adding to the queue") without leaving anything half-written:
what was queued stays queued and will be delivered, what was not reached is not queued, and
running the same selection again queues exactly those (the others are skipped as "already in
the outbox"). Live counts, pause, resume and cancel of a queued batch are in batch_control.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ledgerpost.domain.documents import DocumentState, DocumentType
from ledgerpost.domain.listing import DocumentFilter, DocumentSummary
from ledgerpost.domain.open_items import Side
from ledgerpost.domain.pace import Forecast
from ledgerpost.domain.parties import PartyKind
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.templates import OPEN_ITEMS, STATEMENT, STATEMENT_FORMS
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.i18n.problems import render_line
from ledgerpost.i18n.translate import translator
from ledgerpost.services import access, pace_preview
from ledgerpost.services.infra.clock import utcnow
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.receivables import open_items
from ledgerpost.services.sending import (
    Preflight,
    Prepared,
    SendRequest,
    SendSettings,
    preflight,
    prepare,
    write_prepared,
)
from ledgerpost.storage import batch_repository as batch_repo
from ledgerpost.storage import credit_repository as credit_repo

CHUNK = 200
"""Messages per transaction while queueing from the command line."""
PAGE = 200
"""Documents read per query while walking a selection."""
ALREADY_QUEUED = "already in the outbox"
NOT_POSTED = "not posted"

Progress = Callable[[int, int], None]
"""Called with (looked at, total) after each written chunk, and at the end."""
Stop = Callable[[], bool]
"""Asked before each document; True stops the queueing there."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A document (or a customer's statement) the batch leaves out, and why; ``party`` names
    whose card to fix when the reason is an address."""

    document: str
    reason: str
    party: str = ""


@dataclass(frozen=True, slots=True)
class BatchPreview:
    count: int
    cost: int
    balance: int
    skipped: tuple[Skipped, ...]
    finish: Forecast | None = None
    """When the batch would be done at the mail account's pace; None without a pace."""

    def finish_sentence(self, language: str = "en") -> str:
        """The planned finish as one sentence in ``language``; "" without a pace."""
        if self.finish is None:
            return ""
        return pace_preview.finish_sentence(self.finish, translator(language))

    def as_json(self) -> dict[str, object]:
        found: dict[str, object] = {
            "count": self.count,
            "cost": self.cost,
            "balance": self.balance,
            "skipped": [{"document": s.document, "reason": s.reason} for s in self.skipped],
        }
        if self.finish is not None:
            found["finish"] = self.finish_sentence()
        return found


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What one (possibly stopped) queueing did."""

    batch_id: int
    queued: int
    skipped: tuple[Skipped, ...]
    outbox_ids: tuple[int, ...]
    seen: int
    """Documents (or customers) looked at, queued or skipped."""
    total: int
    """Documents (or customers) in the selection."""
    stopped: bool = False

    @property
    def not_reached(self) -> int:
        return max(self.total - self.seen, 0) if self.stopped else 0


Plan = Iterator[tuple[str, str, SendRequest | None, str]]
"""(label, party name, request or None, why not) for each document of a selection, in order."""


def selection_size(
    ledger: Ledger,
    doc_type: DocumentType | None,
    *,
    numbers: tuple[int, int] | None = None,
    dates: tuple[dt.date, dt.date] | None = None,
) -> int:
    """How many documents (or customers, for statements) the selection looks at."""
    if doc_type is None:
        return len(ledger.parties(PartyKind.CUSTOMER))
    return ledger.count_documents(DocumentFilter(type=doc_type, numbers=numbers, dates=dates))


def _documents(
    ledger: Ledger,
    doc_type: DocumentType,
    numbers: tuple[int, int] | None,
    dates: tuple[dt.date, dt.date] | None,
    resend: bool,
    by: SignedIn,
    batch_id: int | None,
    shared: SendSettings,
) -> Plan:
    flt = DocumentFilter(type=doc_type, numbers=numbers, dates=dates)
    after: DocumentSummary | None = None
    while True:
        page = ledger.documents(flt, limit=PAGE, newest_first=False, after=after)
        posted = [s.id for s in page if s.state is DocumentState.POSTED]
        shared.documents.clear()  # whatever a stopped caller left of the page before
        shared.documents.update(ledger.documents_by_id(posted))
        for summary in page:
            label = f"{summary.type.value} {summary.display_number or f'draft {summary.id}'}"
            if summary.state is not DocumentState.POSTED:
                yield label, summary.party, None, NOT_POSTED
                continue
            request = SendRequest(document_id=summary.id, resend=resend, by=by, batch_id=batch_id)
            yield label, summary.party, request, ""
        if len(page) < PAGE:
            return
        after = page[-1]


def _statements(
    ledger: Ledger,
    dates: tuple[dt.date, dt.date],
    resend: bool,
    by: SignedIn,
    batch_id: int | None,
    form: str = STATEMENT,
) -> Plan:
    """A statement for every customer with activity in the period or an open balance (in the
    open-items form: with something open at its end), unless one of this form for this very
    period is already in the outbox."""
    queued: set[int] = set()
    if not resend:
        with ledger.db.read() as s:
            queued = batch_repo.parties_with_statement(s, *dates, kind=form)
    start, end = dates
    open_parties = (
        {i.party_id for i in open_items(ledger, as_of=end, side=Side.RECEIVABLE)}
        if form == OPEN_ITEMS
        else set()
    )
    for party in ledger.parties(PartyKind.CUSTOMER):
        assert party.id is not None
        if form == OPEN_ITEMS:
            if party.id not in open_parties:
                continue
        else:
            statement = ledger.statement(party.id, start, end)
            if not statement.lines and statement.closing == 0:
                continue
        label = f"statement {party.name}"
        if party.id in queued:
            yield label, party.name, None, ALREADY_QUEUED
            continue
        request = SendRequest(
            party_id=party.id, period=dates, by=by, batch_id=batch_id, report=form
        )
        yield label, party.name, request, ""


def _plan(
    ledger: Ledger,
    doc_type: DocumentType | None,
    numbers: tuple[int, int] | None,
    dates: tuple[dt.date, dt.date] | None,
    resend: bool,
    by: SignedIn,
    batch_id: int | None,
    shared: SendSettings,
    form: str = STATEMENT,
) -> Plan:
    if doc_type is None:
        if dates is None:
            raise ValueError("a batch of statements needs a date range")
        if form not in STATEMENT_FORMS:
            raise ValueError(f"{form!r} is no form of statement")
        return _statements(ledger, dates, resend, by, batch_id, form)
    return _documents(ledger, doc_type, numbers, dates, resend, by, batch_id, shared)


def _selection(
    doc_type: DocumentType | None,
    numbers: tuple[int, int] | None,
    dates: tuple[dt.date, dt.date] | None,
    resend: bool,
    form: str = STATEMENT,
) -> str:
    """What a batch selected, as the CLI would say it: ``invoice --numbers 1-200``."""
    words = [doc_type.value if doc_type else "statement"]
    if doc_type is None and form == OPEN_ITEMS:
        words.append("--open-items")
    if numbers:
        words.append(f"--numbers {numbers[0]}-{numbers[1]}")
    if dates:
        words.append(f"--dates {dates[0].isoformat()}..{dates[1].isoformat()}")
    if resend:
        words.append("--resend")
    return " ".join(words)


def _acting(ledger: Ledger, by: SignedIn | None) -> SignedIn:
    """Who runs the batch, resolved once rather than once per message; ``NotAllowed`` without
    the right to send."""
    with ledger.db.read() as s:
        return access.require(s, by, Right.SEND_EMAIL)


def reason_of(check: Preflight) -> str:
    """The one line a batch shows for a document it skips."""
    codes = {p.code for p in check.problems}
    if "already-sent" in codes:
        return "already sent (add --resend to send it once more)"
    if "already-queued" in codes:
        return ALREADY_QUEUED
    if codes & {"no-recipient", "no-valid-recipient"}:
        bad = [_said(p) for p in check.problems if p.field.startswith("to: ")]
        return "no valid address" + (f" ({'; '.join(bad)})" if bad else "")
    return "; ".join(_said(p) for p in check.problems)


def _said(problem: Problem) -> str:
    return render_line(problem)


def preview(
    ledger: Ledger,
    doc_type: DocumentType | None,
    *,
    numbers: tuple[int, int] | None = None,
    dates: tuple[dt.date, dt.date] | None = None,
    resend: bool = False,
    by: SignedIn | None = None,
    account: str | None = None,
    form: str = STATEMENT,
) -> BatchPreview:
    """How many messages a batch would send, what they cost, and what it would skip.

    ``doc_type`` None means customer statements for ``dates``, in ``form`` (``statement`` or
    ``open-items``); ``account`` names the sending account of every message (None: each its
    usual one).
    """
    shared = SendSettings.load(ledger, account)
    acting = _acting(ledger, by)
    count = 0
    skipped = []
    recipients: list[int] = []
    for label, party, request, reason in _plan(
        ledger, doc_type, numbers, dates, resend, acting, None, shared, form
    ):
        if request is None:
            skipped.append(Skipped(label, reason, party))
            continue
        check = preflight(ledger, request, shared)
        if check.ok:
            count += 1
            recipients.append(len({m.address.lower() for m in (*check.to, *check.cc, *check.bcc)}))
        else:
            skipped.append(Skipped(label, reason_of(check), party))
    with ledger.db.read() as s:
        balance = credit_repo.available_credits(s)
    finish = pace_preview.forecast(ledger, recipients, account)
    return BatchPreview(count, count, balance, tuple(skipped), finish)


def queue_batch(
    ledger: Ledger,
    doc_type: DocumentType | None,
    *,
    numbers: tuple[int, int] | None = None,
    dates: tuple[dt.date, dt.date] | None = None,
    resend: bool = False,
    by: SignedIn | None = None,
    progress: Progress | None = None,
    stop: Stop | None = None,
    chunk: int = CHUNK,
    account: str | None = None,
    form: str = STATEMENT,
) -> BatchResult:
    """Queue every sendable message of the selection, one transaction per ``chunk``, asking
    ``stop()`` before each document. On a stop, the messages already prepared are written
    (whole) and nothing more is looked at. ``account``: as for :func:`preview`.
    """
    shared = SendSettings.load(ledger, account)
    acting = _acting(ledger, by)
    total = selection_size(ledger, doc_type, numbers=numbers, dates=dates)
    with ledger.db.write() as s:
        batch_id = batch_repo.new_batch(
            s, utcnow(), acting.login, _selection(doc_type, numbers, dates, resend, form)
        )
    skipped: list[Skipped] = []
    ids: list[int] = []
    pending: list[Prepared] = []
    seen = 0
    stopped = False
    for label, party, request, reason in _plan(
        ledger, doc_type, numbers, dates, resend, acting, batch_id, shared, form
    ):
        if stop is not None and stop():
            stopped = True
            break
        seen += 1
        if request is None:
            skipped.append(Skipped(label, reason, party))
            continue
        prepared = prepare(ledger, request, shared)
        if isinstance(prepared, Preflight):
            skipped.append(Skipped(label, reason_of(prepared), party))
            continue
        pending.append(prepared)
        if len(pending) >= chunk:
            ids += write_prepared(ledger, pending)
            pending = []
            if progress:
                progress(seen, total)
    if pending:
        ids += write_prepared(ledger, pending)
    if progress:
        progress(seen if stopped else total, total)
    return BatchResult(batch_id, len(ids), tuple(skipped), tuple(ids), seen, total, stopped)

"""``ledgerpost outbox list|retry|cancel|mark-sent``: the messages queued and what becomes of
them (``outbox run`` is in ``delivery_commands``)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from ledgerpost.cli.context import EXIT_OK, CommandContext, UsageError
from ledgerpost.cli.report_commands import accepted_cell, refusal_lines
from ledgerpost.domain.delivery_outcome import REPORTED
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.outbox import WAITING, OutboxEntry, OutboxStatus, reply_note
from ledgerpost.domain.pace import PaceStatus
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.recipient_outcomes import (
    HIDDEN,
    RecipientOutcomes,
    quotes_an_address,
    recipient_outcomes,
)
from ledgerpost.domain.users import Right
from ledgerpost.i18n.outbox_replies import reply_problem
from ledgerpost.i18n.problems import render


def _hidden(entry: OutboxEntry) -> OutboxEntry:
    """The entry as a user who may not see contact addresses reads it (an error that quotes
    an address reads "hidden contact" too)."""
    error = HIDDEN if quotes_an_address(entry, entry.last_error) else entry.last_error
    return replace(
        entry,
        to=HIDDEN if entry.to else "",
        cc=HIDDEN if entry.cc else "",
        bcc=HIDDEN if entry.bcc else "",
        last_error=error,
        delivery_detail=HIDDEN if entry.delivery_detail else "",
    )


def _said(ctx: CommandContext, entry: OutboxEntry) -> str:
    """Why the message did not go (or the user's mark on a sent one), in the command line's
    language where the row kept a code; an error that names a hidden address stays hidden."""
    if entry.last_error == HIDDEN:
        return HIDDEN
    said = reply_problem(entry)
    if said is None:
        return entry.last_error
    return ctx.sentences((said,))


def _reply_words(entry: OutboxEntry) -> str:
    """The server's reply; our own mark in English words, as rows from before kept it."""
    note = reply_note(entry)
    return render(note) if note is not None else entry.server_reply


def _entry_json(e: OutboxEntry, outcome: RecipientOutcomes) -> dict[str, Any]:
    return {
        "id": e.id,
        "document": e.document,
        "to": e.to,
        "cc": e.cc,
        "bcc": e.bcc,
        "accepted": outcome.accepted,
        "recipients": outcome.as_json(),
        "subject": e.subject,
        "status": e.status.value,
        "delivery": e.delivery,
        "delivery_detail": e.delivery_detail,
        "delivery_at": e.delivery_at.isoformat(timespec="seconds") if e.delivery_at else None,
        "attempts": e.attempts,
        "last_error": e.last_error,
        "message_id": e.message_id,
        "queued_at": e.queued_at.isoformat(timespec="seconds"),
        "next_attempt_at": e.next_attempt_at.isoformat(timespec="seconds"),
        "sent_at": e.sent_at.isoformat(timespec="seconds") if e.sent_at else None,
        "server_reply": _reply_words(e),
        "queued_by": e.queued_by,
    }


def run_outbox_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    delivery = args.status if args.status in REPORTED else None
    status = OutboxStatus.SENT if delivery else OutboxStatus(args.status) if args.status else None
    document_id = None
    if args.document:
        kind, number = args.document
        if kind not in {t.value for t in DocumentType}:
            raise UsageError(ctx.tr("--document {type}: no such document type", type=kind))
        from ledgerpost.services.printing import find_document_id  # only when asked for

        document_id = find_document_id(ctx.ledger, DocumentType(kind), number)
    read_only = ctx.read_only if document_id is None else None  # a file: without SQLAlchemy
    if read_only is not None:
        rows = read_only.outbox_entries(status, delivery=delivery)
        paused_problems = read_only.paused_problems()
        pace = read_only.pace_status()
    else:
        rows, paused_problems, pace = _from_ledger(ctx, status, document_id, delivery)
    outcomes = [recipient_outcomes(e) for e in rows]
    if not ctx.session.may(Right.SEE_CONTACTS):
        rows = [_hidden(e) for e in rows]
        outcomes = [o.hidden(HIDDEN) for o in outcomes]
    for paused in paused_problems:
        ctx.complain(ctx.problem(paused))  # on stderr: the listing itself stays as it was
    if args.json:
        ctx.print_json([_entry_json(e, o) for e, o in zip(rows, outcomes, strict=True)])
        return EXIT_OK
    ctx.print_table(
        ["id", "status", "accepted", "document", "to", "attempts", "queued", "due", "last error"],
        [
            [
                str(e.id),
                e.delivery or e.status.value,
                accepted_cell(ctx, o),
                e.document,
                e.to,
                str(e.attempts),
                e.queued_at.isoformat(sep=" ", timespec="minutes"),
                _due(e),
                (e.delivery_detail or _said(ctx, e))[:60],
            ]
            for e, o in zip(rows, outcomes, strict=True)
        ],
        right=frozenset({0, 5}),
    )
    for e, o in zip(rows, outcomes, strict=True):
        for line in refusal_lines(ctx, str(e.id), o):
            ctx.say(line)
    line = _pace_line(ctx, pace)
    if line:
        ctx.say(line)
    return EXIT_OK


def _from_ledger(
    ctx: CommandContext, status: OutboxStatus | None, document_id: int | None, delivery: str | None
) -> tuple[list[OutboxEntry], list[Problem], PaceStatus]:
    """The messages, the paused accounts' problems and the pace, through ``Ledger``."""
    from ledgerpost.services import account_choice, outbox

    rows = outbox.entries(ctx.ledger, status, document_id=document_id, delivery=delivery)
    return rows, account_choice.paused_problems(ctx.ledger), outbox.pace_status(ctx.ledger)


def _due(e: OutboxEntry) -> str:
    """When a waiting message is planned to go (its turn in the pace, or its retry)."""
    if e.status not in WAITING or e.status is OutboxStatus.NO_CREDIT:
        return ""
    return (e.send_at or e.next_attempt_at).isoformat(sep=" ", timespec="seconds")


def _pace_line(ctx: CommandContext, status: PaceStatus) -> str:
    """The queue's status line of the account's pace today; "" while there is nothing to say."""
    if not (status.recipients_today or status.throttles_today or status.paused_until):
        return ""
    line = ctx.tr(
        "Today: {recipients} recipient(s), {throttles} throttle reply(ies) (nothing failed).",
        recipients=status.recipients_today,
        throttles=status.throttles_today,
    )
    if status.paused_until is not None:
        line += " " + ctx.tr(
            "The mail server asked to wait: sending resumes at {time} UTC.",
            time=status.paused_until.isoformat(sep=" ", timespec="seconds"),
        )
    return line


def run_outbox_action(args: argparse.Namespace, ctx: CommandContext) -> int:
    from ledgerpost.services import outbox

    if args.action == "mark-sent":
        status = outbox.mark_sent(ctx.ledger, args.id, ctx.session.login)
    elif args.action == "retry":
        status = outbox.retry(ctx.ledger, args.id)
    else:
        status = outbox.cancel(ctx.ledger, args.id)
    ctx.say(ctx.tr("message {id} is now {status}", id=args.id, status=status.value))
    return EXIT_OK

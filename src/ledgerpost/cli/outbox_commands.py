"""``ledgerpost outbox list|retry|cancel|mark-sent``: the messages queued and what becomes of
them (``outbox run`` is in ``delivery_commands``)."""

from __future__ import annotations

import argparse
from typing import Any

from ledgerpost.cli.context import EXIT_OK, CommandContext
from ledgerpost.domain.outbox import OutboxEntry, OutboxStatus
from ledgerpost.services import account_choice, outbox


def _entry_json(e: OutboxEntry) -> dict[str, Any]:
    return {
        "id": e.id,
        "document": e.document,
        "to": e.to,
        "cc": e.cc,
        "bcc": e.bcc,
        "subject": e.subject,
        "status": e.status.value,
        "attempts": e.attempts,
        "last_error": e.last_error,
        "message_id": e.message_id,
        "queued_at": e.queued_at.isoformat(timespec="seconds"),
        "sent_at": e.sent_at.isoformat(timespec="seconds") if e.sent_at else None,
        "server_reply": e.server_reply,
        "queued_by": e.queued_by,
    }


def run_outbox_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    status = OutboxStatus(args.status) if args.status else None
    rows = outbox.entries(ctx.ledger, status)
    for paused in account_choice.paused_problems(ctx.ledger):
        ctx.complain(ctx.problem(paused))  # on stderr: the listing itself stays as it was
    if args.json:
        ctx.print_json([_entry_json(e) for e in rows])
        return EXIT_OK
    ctx.print_table(
        ["id", "status", "document", "to", "attempts", "queued", "last error"],
        [
            [
                str(e.id),
                e.status.value,
                e.document,
                e.to,
                str(e.attempts),
                e.queued_at.isoformat(sep=" ", timespec="minutes"),
                e.last_error[:60],
            ]
            for e in rows
        ],
        right=frozenset({0, 4}),
    )
    return EXIT_OK


def run_outbox_action(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.action == "mark-sent":
        status = outbox.mark_sent(ctx.ledger, args.id, ctx.session.login)
    elif args.action == "retry":
        status = outbox.retry(ctx.ledger, args.id)
    else:
        status = outbox.cancel(ctx.ledger, args.id)
    ctx.say(ctx.tr("message {id} is now {status}", id=args.id, status=status.value))
    return EXIT_OK

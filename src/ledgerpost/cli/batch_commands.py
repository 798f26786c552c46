"""``ledgerpost batch``: preview or queue many documents (or statements) at once."""

from __future__ import annotations

import argparse
from typing import Any

from ledgerpost.cli.context import EXIT_OK, CommandContext, UsageError
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import parse_date_range, parse_number_range
from ledgerpost.services import batch


def _range_args(args: argparse.Namespace, ctx: CommandContext) -> dict[str, Any]:
    if args.type == "statement":
        if not args.dates or args.numbers:
            raise UsageError(ctx.tr("batch statement needs --dates D1..D2"))
        return {"dates": parse_date_range(args.dates)}
    if bool(args.numbers) == bool(args.dates):
        raise UsageError(ctx.tr("give either --numbers A-B or --dates D1..D2"))
    if args.numbers:
        return {"numbers": parse_number_range(args.numbers)}
    return {"dates": parse_date_range(args.dates)}


def _form(args: argparse.Namespace, ctx: CommandContext) -> str:
    """The statement's form: ``open-items`` with --open-items (statements only)."""
    if not args.open_items:
        return "statement"
    if args.type != "statement":
        raise UsageError(ctx.tr("--open-items is for batch statement only"))
    return "open-items"


def run_batch(args: argparse.Namespace, ctx: CommandContext) -> int:
    doc_type = None if args.type == "statement" else DocumentType(args.type)
    chosen = _range_args(args, ctx)
    if args.preview:
        found = batch.preview(
            ctx.ledger,
            doc_type,
            resend=args.resend,
            by=ctx.session,
            account=args.account,
            form=_form(args, ctx),
            **chosen,
        )
        if args.json:
            ctx.print_json(found.as_json())
        else:
            ctx.say(
                ctx.tr(
                    "{count} message(s) to send, costing {cost} credit(s); "
                    "{balance} credit(s) left.",
                    count=found.count,
                    cost=found.cost,
                    balance=found.balance,
                )
            )
            if found.finish is not None:
                ctx.say(found.finish_sentence(ctx.words.language))
            for skipped in found.skipped:
                ctx.say(_skipped(ctx, skipped.document, skipped.reason))
        return EXIT_OK
    result = batch.queue_batch(
        ctx.ledger,
        doc_type,
        resend=args.resend,
        by=ctx.session,
        account=args.account,
        form=_form(args, ctx),
        **chosen,
    )
    if args.json:
        ctx.print_json(
            {
                "batch": result.batch_id,
                "queued": result.queued,
                "outbox_ids": list(result.outbox_ids),
                "skipped": [{"document": s.document, "reason": s.reason} for s in result.skipped],
            }
        )
    else:
        ctx.say(
            ctx.tr(
                "Batch {batch}: {queued} message(s) queued, {skipped} skipped.",
                batch=result.batch_id,
                queued=result.queued,
                skipped=len(result.skipped),
            )
        )
        for skipped in result.skipped:
            ctx.say(_skipped(ctx, skipped.document, skipped.reason))
    return EXIT_OK


def _skipped(ctx: CommandContext, document: str, reason: str) -> str:
    return ctx.tr("skipped {document}: {reason}", document=document, reason=reason)

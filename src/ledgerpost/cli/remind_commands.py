"""``ledgerpost remind``: preview or queue a reminder run; ``ledgerpost reminder-flags``;
``ledgerpost reminder-fee waive``."""

from __future__ import annotations

import argparse

from ledgerpost.cli.context import EXIT_OK, CommandContext, UsageError
from ledgerpost.cli.payment_commands import party_of
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.reminders import SkipReason
from ledgerpost.services import reminders


def reason_text(ctx: CommandContext, reason: str) -> str:
    """A skip reason in the command line's language (a send check's own line as it is)."""
    known = {
        SkipReason.NO_REMINDERS.value: ctx.tr("marked for no reminders"),
        SkipReason.DISPUTED.value: ctx.tr("disputed"),
        SkipReason.ALREADY_REMINDED.value: ctx.tr("already reminded at this level"),
        SkipReason.BELOW_MINIMUM.value: ctx.tr("owes less than the minimum amount"),
        SkipReason.NO_ADDRESS.value: ctx.tr("no email address on the card"),
    }
    return known.get(reason, reason)


def _preview(args: argparse.Namespace, ctx: CommandContext) -> int:
    found = reminders.preview(ctx.ledger, args.as_of, by=ctx.session)
    if args.json:
        ctx.print_json(found.as_json())
        return EXIT_OK
    ctx.say(
        ctx.tr(
            "{count} reminder(s) to send, costing {cost} credit(s); {balance} credit(s) left.",
            count=found.count,
            cost=found.cost,
            balance=found.balance,
        )
    )
    ctx.print_table(
        [ctx.tr("party"), ctx.tr("level"), ctx.tr("open"), ctx.tr("invoices")],
        [
            [
                r.party,
                str(r.level),
                f"{r.open} {r.currency}",
                ", ".join(i.item.number for i in r.items),
            ]
            for r in found.plan.reminders
        ],
        right=frozenset({1, 2}),
    )
    for skipped in found.plan.skipped:
        ctx.say(
            ctx.tr(
                "skipped {party}: {reason}",
                party=skipped.party,
                reason=reason_text(ctx, skipped.reason.value),
            )
        )
    return EXIT_OK


def run_remind(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.preview:
        return _preview(args, ctx)
    from ledgerpost.services import reminder_run  # the mail stack: only to queue

    result = reminder_run.queue_run(ctx.ledger, args.as_of, by=ctx.session, account=args.account)
    if args.json:
        ctx.print_json(
            {
                "batch": result.batch_id,
                "queued": result.queued,
                "outbox_ids": list(result.outbox_ids),
                "skipped": [{"party": s.party, "reason": s.reason} for s in result.skipped],
            }
        )
        return EXIT_OK
    ctx.say(
        ctx.tr(
            "Batch {batch}: {queued} reminder(s) queued, {skipped} skipped.",
            batch=result.batch_id,
            queued=result.queued,
            skipped=len(result.skipped),
        )
    )
    for skipped in result.skipped:
        ctx.say(
            ctx.tr(
                "skipped {party}: {reason}",
                party=skipped.party,
                reason=reason_text(ctx, skipped.reason),
            )
        )
    return EXIT_OK


def run_reminder_flags(args: argparse.Namespace, ctx: CommandContext) -> int:
    party = party_of(ctx.ledger, args.party)
    assert party.id is not None
    if args.invoice:
        if args.disputed is None or args.no_reminders is not None:
            raise UsageError(ctx.tr("--invoice goes with --disputed yes|no only"))
        from ledgerpost.services.printing import find_document_id

        document_id = find_document_id(ctx.ledger, DocumentType.INVOICE, args.invoice)
        if ctx.ledger.document(document_id).party_id != party.id:
            raise UsageError(ctx.tr("{number} is not this customer's", number=args.invoice))
        reminders.set_invoice_disputed(ctx.ledger, document_id, args.disputed, by=ctx.session)
    elif args.disputed is not None or args.no_reminders is not None:
        reminders.set_party_flags(
            ctx.ledger,
            party.id,
            no_reminders=args.no_reminders,
            disputed=args.disputed,
            by=ctx.session,
        )
    flags = reminders.party_flags(ctx.ledger, party.id)
    ctx.print_json(
        {"party": party.name, "no_reminders": flags.no_reminders, "disputed": flags.disputed}
    )
    return EXIT_OK


def run_waive_fee(args: argparse.Namespace, ctx: CommandContext) -> int:
    """Print ``{"reminder", "credit_note", "waived"}``; ``credit_note`` is null when nothing
    of the fee was open."""
    from ledgerpost.services import reminder_fees
    from ledgerpost.services.printing import find_document_id

    reminder_id = find_document_id(ctx.ledger, DocumentType.REMINDER, args.reminder)
    note = reminder_fees.waive_fee(ctx.ledger, reminder_id, args.date, by=ctx.session)
    ctx.print_json(
        {
            "reminder": ctx.ledger.document(reminder_id).display_number,
            "credit_note": note.display_number if note is not None else None,
            "waived": str(note.totals.gross) if note is not None else "0",
        }
    )
    return EXIT_OK

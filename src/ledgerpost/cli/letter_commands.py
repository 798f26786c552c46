"""``ledgerpost letters send``: preview or make and queue a letter to many parties at once."""

from __future__ import annotations

import argparse
from pathlib import Path

from ledgerpost.cli.context import EXIT_OK, CommandContext, UsageError
from ledgerpost.domain.documents import Letter
from ledgerpost.domain.parties import PartyKind
from ledgerpost.services import letter_batch
from ledgerpost.services.letter_batch import LetterRow, LetterSkip, Recipients, Template
from ledgerpost.services.printing import find_party

KINDS = {
    "customers": PartyKind.CUSTOMER,
    "suppliers": PartyKind.SUPPLIER,
    "employees": PartyKind.EMPLOYEE,
}


def _template(args: argparse.Namespace, ctx: CommandContext) -> Template:
    typed = args.subject is not None or args.body is not None or args.body_file is not None
    if args.letter and typed:
        raise UsageError(ctx.tr("give either --letter or --subject with --body, not both"))
    if args.letter:
        key = args.letter.strip()
        return letter_batch.from_document(ctx.ledger, int(key) if key.isdigit() else key)
    if args.subject is None or (args.body is None and args.body_file is None):
        raise UsageError(ctx.tr("give --letter ID, or --subject S with --body or --body-file"))
    body = args.body
    if args.body_file is not None:
        body = Path(args.body_file).read_text(encoding="utf-8-sig")
    letter = Letter(args.subject, body, args.greeting, args.signer, args.written_in or "")
    return letter_batch.from_words(letter)


def _recipients(args: argparse.Namespace, ctx: CommandContext) -> Recipients:
    if not args.to and not args.party:
        raise UsageError(
            ctx.tr("say whom it goes to: --to customers|suppliers|employees or --party")
        )
    ids = tuple(find_party(ctx.ledger, key).id or 0 for key in args.party)
    kinds = tuple(dict.fromkeys(KINDS[k] for k in args.to))
    return Recipients(kinds, ids, args.language or "")


def _skipped_line(ctx: CommandContext, skipped: LetterSkip) -> str:
    reasons = "; ".join(ctx.problem(p) for p in skipped.problems)
    return ctx.tr("skipped {party}: {reason}", party=skipped.party, reason=reasons)


def _skipped_json(skipped: tuple[LetterSkip, ...]) -> list[dict[str, object]]:
    return [
        {"party_id": s.party_id, "party": s.party, "reasons": [p.code for p in s.problems]}
        for s in skipped
    ]


def _party_cell(ctx: CommandContext, row: LetterRow) -> str:
    """The party, and the letter made before that goes now (again, when it was cancelled)."""
    if row.cancelled:
        return ctx.tr(
            "{party} ({number} sent again (cancelled before))", party=row.party, number=row.made
        )
    if row.made:
        return ctx.tr("{party} ({number}, made before)", party=row.party, number=row.made)
    return row.party


def _preview(
    args: argparse.Namespace, ctx: CommandContext, template: Template, chosen: Recipients
) -> int:
    found = letter_batch.preview(
        ctx.ledger, template, chosen, by=ctx.session, account=args.account, on=args.date
    )
    if args.json:
        ctx.print_json(
            {
                "count": found.count,
                "cost": found.cost,
                "balance": found.balance,
                "letters": [
                    {
                        "party_id": r.party_id,
                        "party": r.party,
                        "language": r.language,
                        "to": list(r.to),
                        "made": r.made,
                        "cancelled_before": r.cancelled,
                    }
                    for r in found.rows
                ],
                "skipped": _skipped_json(found.skipped),
            }
        )
        return EXIT_OK
    ctx.say(
        ctx.tr(
            "{count} letter(s) to send, costing {cost} credit(s); {balance} credit(s) left.",
            count=found.count,
            cost=found.cost,
            balance=found.balance,
        )
    )
    if found.finish is not None:
        ctx.say(found.finish_sentence(ctx.words.language))
    if found.rows:
        ctx.print_table(
            [ctx.tr("party"), ctx.tr("language"), ctx.tr("to")],
            [[_party_cell(ctx, r), r.language, ", ".join(r.to)] for r in found.rows],
        )
    for skipped in found.skipped:
        ctx.say(_skipped_line(ctx, skipped))
    return EXIT_OK


def run_letters_send(args: argparse.Namespace, ctx: CommandContext) -> int:
    template = _template(args, ctx)
    chosen = _recipients(args, ctx)
    if args.preview:
        return _preview(args, ctx, template, chosen)
    result = letter_batch.send(
        ctx.ledger, template, chosen, by=ctx.session, on=args.date, account=args.account
    )
    if args.json:
        ctx.print_json(
            {
                "batch": result.batch_id,
                "made": list(result.made),
                "queued": result.queued,
                "outbox_ids": list(result.outbox_ids),
                "skipped": _skipped_json(result.skipped),
            }
        )
        return EXIT_OK
    ctx.say(
        ctx.tr(
            "Batch {batch}: {made} letter(s) made, {queued} queued, {skipped} skipped.",
            batch=result.batch_id,
            made=len(result.made),
            queued=result.queued,
            skipped=len(result.skipped),
        )
    )
    if result.made:
        ctx.say(", ".join(result.made))
    for skipped in result.skipped:
        ctx.say(_skipped_line(ctx, skipped))
    return EXIT_OK

"""Creating and exporting without the window: documents add, parties import/export, journal
export."""

from __future__ import annotations

import argparse
from pathlib import Path

from ledgerpost.cli.context import EXIT_FAILURE, EXIT_OK, CommandContext, UsageError
from ledgerpost.services.import_files import FileProblem


def _write(path: str, data: str | bytes) -> None:
    target = Path(path)
    if isinstance(data, bytes):
        target.write_bytes(data)
    else:
        target.write_text(data, encoding="utf-8", newline="")


def run_documents_add(args: argparse.Namespace, ctx: CommandContext) -> int:
    from ledgerpost.services.imports import add_documents

    try:
        result = add_documents(
            ctx.ledger, Path(args.file), post=args.post, dry_run=args.dry_run, by=ctx.session
        )
    except FileProblem as exc:
        return ctx.fail_with([exc.problem])
    if result.problems:
        ctx.fail_with(result.problems)
        ctx.complain(ctx.tr("Nothing was written."))
        return EXIT_FAILURE
    if args.dry_run:
        ctx.say(ctx.tr("{count} documents checked; nothing was written.", count=result.checked))
        return EXIT_OK
    for created in result.created:
        document = created.document
        ctx.say(
            "\t".join(
                (
                    document.type.value,
                    document.display_number or f"(draft {document.id})",
                    created.key,
                )
            )
        )
    return EXIT_OK


def run_parties_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    from ledgerpost.services.imports import import_parties

    try:
        result = import_parties(ctx.ledger, Path(args.file), dry_run=args.dry_run, by=ctx.session)
    except FileProblem as exc:
        return ctx.fail_with([exc.problem])
    counts = {"new": result.new, "updated": result.updated, "unchanged": result.unchanged}
    ctx.say(ctx.tr("new {new}, updated {updated}, unchanged {unchanged}", **counts))
    if result.problems:
        ctx.fail_with(result.problems)
        ctx.complain(ctx.tr("Nothing was written."))
        return EXIT_FAILURE
    return EXIT_OK


def run_parties_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    from ledgerpost.services.exports import parties_csv

    text = parties_csv(ctx.ledger, by=ctx.session)
    if args.out:
        _write(args.out, text)
    else:
        ctx.out.write(text)
    return EXIT_OK


def run_journal_export(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.end < args.start:
        raise UsageError(
            ctx.tr("--to {end} is before --from {start}", end=args.end, start=args.start)
        )
    data: str | bytes
    if args.format == "saft":
        from ledgerpost.services.saft import saft_xml

        data = saft_xml(ctx.ledger, args.start, args.end)
    else:
        from ledgerpost.services.exports import journal_csv

        data = journal_csv(ctx.ledger, args.start, args.end)
    _write(args.out, data)
    return EXIT_OK

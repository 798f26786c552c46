"""Print copies from the command line: print, statement, employee-report."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from ledgerpost.cli.context import EXIT_OK, CommandContext, UsageError
from ledgerpost.domain.documents import DocumentType
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.printing import (
    PrintCopy,
    find_document_id,
    find_party,
    print_document,
    print_employee_report,
    print_statement,
)


def _write(ctx: CommandContext, copy: PrintCopy, out: str) -> int:
    target = Path(out).expanduser()
    if target.is_dir():
        target = target / copy.file_name
    if not target.parent.is_dir():
        raise LedgerError(
            ctx.tr(
                "cannot write {target}: the folder {folder} does not exist",
                target=target,
                folder=target.parent,
            )
        )
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".part")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(copy.pdf)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise LedgerError(
            ctx.tr("cannot write {target}: {reason}", target=target, reason=exc.strerror or exc)
        ) from exc
    if copy.stored:
        kind = ctx.tr("stored copy")
    else:
        kind = ctx.tr("draft, not stored") if copy.draft else ctx.tr("fresh copy")
    ctx.say(
        ctx.tr(
            "Wrote {file} ({kind}, {size} bytes) to {target}",
            file=copy.file_name,
            kind=kind,
            size=len(copy.pdf),
            target=target,
        )
    )
    return EXIT_OK


def run_print(args: argparse.Namespace, ctx: CommandContext) -> int:
    document_id = find_document_id(ctx.ledger, DocumentType(args.type), args.number)
    return _write(ctx, print_document(ctx.ledger, document_id, language=args.lang), args.out)


def _check_period(args: argparse.Namespace, ctx: CommandContext) -> None:
    if args.end < args.start:
        raise UsageError(
            ctx.tr("--to {end} is before --from {start}", end=args.end, start=args.start)
        )


def run_statement(args: argparse.Namespace, ctx: CommandContext) -> int:
    _check_period(args, ctx)
    party = find_party(ctx.ledger, args.party)
    assert party.id is not None
    form = "open-items" if args.open_items else "statement"
    copy = print_statement(
        ctx.ledger, party.id, args.start, args.end, language=args.lang, form=form
    )
    return _write(ctx, copy, args.out)


def run_employee_report(args: argparse.Namespace, ctx: CommandContext) -> int:
    _check_period(args, ctx)
    party = find_party(ctx.ledger, args.party)
    assert party.id is not None
    copy = print_employee_report(ctx.ledger, party.id, args.start, args.end, language=args.lang)
    return _write(ctx, copy, args.out)

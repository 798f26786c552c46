"""``einvoice import FILE...``: received e-invoices as draft purchase invoices, one line of
outcome a file (its problems below it); the exit code is 1 when any file was refused."""

from __future__ import annotations

import argparse
from pathlib import Path

from ledgerpost.cli.context import EXIT_FAILURE, EXIT_OK, CommandContext
from ledgerpost.services.einvoice_import import ImportResult, import_einvoice


def _told(ctx: CommandContext, path: Path, result: ImportResult) -> bool:
    for warning in result.warnings:
        ctx.say(ctx.warning(warning))
    if result.document is None or result.supplier is None:
        ctx.complain(ctx.tr("{file} was not imported:", file=path))
        for problem in result.problems:
            ctx.complain("  " + ctx.problem(problem))
        return False
    if result.supplier_created:
        ctx.say(ctx.tr("New supplier card: {name}", name=result.supplier.name))
    document = result.document
    ctx.say(
        ctx.tr(
            "{file}: draft purchase invoice {id} from {supplier}, their number {number}, "
            "{total} {currency}",
            file=path,
            id=document.id,
            supplier=result.supplier.name,
            number=document.reference,
            total=document.totals.gross,
            currency=document.currency,
        )
    )
    return True


def run_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    everything = True
    for name in args.files:
        path = Path(name).expanduser()
        try:
            data = path.read_bytes()
        except OSError as exc:
            ctx.complain(
                ctx.tr("cannot read {file}: {reason}", file=path, reason=exc.strerror or exc)
            )
            everything = False
            continue
        result = import_einvoice(
            ctx.ledger, data, path.name, create_supplier=args.create_supplier, by=ctx.session
        )
        everything = _told(ctx, path, result) and everything
    return EXIT_OK if everything else EXIT_FAILURE

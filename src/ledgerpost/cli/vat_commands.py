"""``ledgerpost vat-report``: output and input VAT by rate for a period, and the net due."""

from __future__ import annotations

import argparse
from pathlib import Path

from ledgerpost.cli.context import EXIT_OK, CommandContext, UsageError
from ledgerpost.domain.vat_report import VatReport
from ledgerpost.services import vat_reports


def run_vat_report(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.format == "pdf" and not args.out:
        raise UsageError(ctx.tr("--format pdf needs --out FILE"))
    found, others = vat_reports.report(ctx.ledger, args.start, args.end, args.currency)
    if args.format == "pdf":
        Path(args.out).write_bytes(vat_reports.print_vat_report(ctx.ledger, found, args.lang))
        ctx.say(ctx.tr("Wrote {path}", path=args.out))
    elif args.format == "json":
        ctx.print_json(
            {
                "start": found.start.isoformat(),
                "end": found.end.isoformat(),
                "currency": found.currency,
                "output_vat": str(found.output_vat),
                "input_vat": str(found.input_vat),
                "net_due": str(found.net_due),
                "rates": [
                    {"side": side, "rate": str(x.rate), "net": str(x.net), "vat": str(x.vat)}
                    for side, lines in (("output", found.output), ("input", found.input))
                    for x in lines
                ],
                "documents": vat_reports.as_rows(found),
                "other_currencies": list(others),
            }
        )
    elif args.format == "csv":
        ctx.out.write(vat_reports.as_csv(found))
    else:
        _table(ctx, found)
    if others and args.format in ("table", "pdf"):
        ctx.complain(
            ctx.tr(
                "Documents in {currencies} have VAT in this period too: each currency has a "
                "report of its own (--currency).",
                currencies=", ".join(others),
            )
        )
    return EXIT_OK


def _table(ctx: CommandContext, found: VatReport) -> None:
    rows = []
    for label, lines in ((ctx.tr("output VAT"), found.output), (ctx.tr("input VAT"), found.input)):
        for line in lines:
            rows.append(
                [label, f"{line.rate}%", str(line.net), str(line.vat), str(len(line.documents))]
            )
    ctx.print_table(
        [ctx.tr("side"), ctx.tr("rate"), ctx.tr("net"), ctx.tr("VAT"), ctx.tr("documents")],
        rows,
        right=frozenset({1, 2, 3, 4}),
    )
    ctx.say(
        ctx.tr(
            "{start} – {end}, {currency}: output VAT {output}, input VAT {input}, VAT due {due}",
            start=found.start.isoformat(),
            end=found.end.isoformat(),
            currency=found.currency,
            output=str(found.output_vat),
            input=str(found.input_vat),
            due=str(found.net_due),
        )
    )

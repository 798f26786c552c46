"""E-invoices from the command line: ``einvoice TYPE NUMBER --out FILE`` writes a posted
document's CII XML after the official rules passed it; ``einvoice validate FILE`` checks one."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from ledgerpost.cli.context import EXIT_FAILURE, EXIT_OK, CommandContext
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.einvoice import Profile
from ledgerpost.einvoice.validation import RuleFailure, Validation
from ledgerpost.services.einvoice import make_cii, validate_file
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.printing import find_document_id

FORMATS: dict[str, Profile] = {
    "en16931-cii": Profile.EN16931,
    "xrechnung-cii": Profile.XRECHNUNG,
}


def _failure(failure: RuleFailure) -> str:
    return f"{failure.flag:<11} {failure.rule} {failure.location}\n            {failure.text}"


def _report(ctx: CommandContext, validation: Validation) -> None:
    for failure in validation.failures:
        if failure.fatal:
            ctx.complain(_failure(failure))
        else:
            ctx.say(_failure(failure))


def _write(ctx: CommandContext, xml: bytes, out: str) -> Path:
    target = Path(out).expanduser()
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
            file.write(xml)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise LedgerError(
            ctx.tr("cannot write {target}: {reason}", target=target, reason=exc.strerror or exc)
        ) from exc
    return target


def run_einvoice(args: argparse.Namespace, ctx: CommandContext) -> int:
    document_id = find_document_id(ctx.ledger, DocumentType(args.type), args.number)
    made = make_cii(ctx.ledger, document_id, FORMATS[args.format])
    if made.problems:
        return ctx.fail_with(made.problems)
    assert made.xml is not None and made.validation is not None
    _report(ctx, made.validation)
    if not made.validation.valid:
        ctx.complain(
            ctx.tr(
                "{number} breaks the rules of {format}; nothing was written",
                number=made.document.display_number,
                format=args.format,
            )
        )
        return EXIT_FAILURE
    target = _write(ctx, made.xml, args.out)
    ctx.say(
        ctx.tr(
            "Wrote {number} ({format}, {size} bytes) to {target}",
            number=made.document.display_number,
            format=args.format,
            size=len(made.xml),
            target=target,
        )
    )
    return EXIT_OK


def run_validate(args: argparse.Namespace, ctx: CommandContext) -> int:
    path = Path(args.file).expanduser()
    try:
        xml = path.read_bytes()
    except OSError as exc:
        raise LedgerError(
            ctx.tr("cannot read {file}: {reason}", file=path, reason=exc.strerror or exc)
        ) from exc
    profile = FORMATS[args.format] if args.format else None
    validation = validate_file(xml, profile)
    _report(ctx, validation)
    if not validation.valid:
        ctx.complain(ctx.tr("{file} is not a valid e-invoice", file=path))
        return EXIT_FAILURE
    ctx.say(ctx.tr("{file} is a valid e-invoice", file=path))
    return EXIT_OK

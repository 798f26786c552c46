"""E-invoices from the command line: ``einvoice TYPE NUMBER --format F --out FILE`` writes a
posted document's e-invoice after the official rules passed it (``facturx``: its stored print
copy, a Factur-X PDF); ``einvoice validate FILE`` checks CII, UBL or a Factur-X PDF's XML."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from ledgerpost.cli.context import EXIT_FAILURE, EXIT_OK, CommandContext
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.einvoice import Profile
from ledgerpost.domain.parties import EInvoiceFormat
from ledgerpost.domain.problems import Problem
from ledgerpost.einvoice.validation import RuleFailure, RuleSet, Validation
from ledgerpost.services.einvoice import make_cii, validate_file
from ledgerpost.services.einvoice_copies import check_pdf, make_xml, print_copy_check
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


def _made(
    ctx: CommandContext, document_id: int, chosen: str
) -> tuple[bytes | None, Validation | None, list[Problem]]:
    """The e-invoice's bytes in ``chosen`` format, its validation, and what keeps it from one."""
    if chosen == "facturx":
        from ledgerpost.services.printing import print_document

        copy = print_document(ctx.ledger, document_id)
        if copy.einvoice_problems:
            return None, None, list(copy.einvoice_problems)
        check = print_copy_check(ctx.ledger, document_id)
        if check is None or check.xml is None:
            return None, None, [Problem.of("einvoice-not-facturx", "document")]
        return copy.pdf, check.validation, []
    if chosen in FORMATS:
        cii = make_cii(ctx.ledger, document_id, FORMATS[chosen])
        return cii.xml, cii.validation, list(cii.problems)
    xml = make_xml(ctx.ledger, document_id, EInvoiceFormat(chosen))
    if xml.xml is None:
        return None, None, list(xml.problems)
    return xml.xml, xml.validation, []


def run_einvoice(args: argparse.Namespace, ctx: CommandContext) -> int:
    document_id = find_document_id(ctx.ledger, DocumentType(args.type), args.number)
    number = ctx.ledger.document(document_id).display_number
    data, validation, problems = _made(ctx, document_id, args.format)
    if problems:
        return ctx.fail_with(problems)
    assert data is not None and validation is not None
    _report(ctx, validation)
    if not validation.valid:
        ctx.complain(
            ctx.tr(
                "{number} breaks the rules of {format}; nothing was written",
                number=number,
                format=args.format,
            )
        )
        return EXIT_FAILURE
    target = _write(ctx, data, args.out)
    ctx.say(
        ctx.tr(
            "Wrote {number} ({format}, {size} bytes) to {target}",
            number=number,
            format=args.format,
            size=len(data),
            target=target,
        )
    )
    return EXIT_OK


UBL_RULES = {
    "en16931-ubl": RuleSet.EN16931,
    "xrechnung-ubl": RuleSet.XRECHNUNG,
    "peppol-ubl": RuleSet.PEPPOL,
    "ciusro-ubl": RuleSet.CIUSRO,
}


def _validate(data: bytes, chosen: str | None) -> Validation:
    """CII, UBL (by its root element) or the XML inside a Factur-X PDF, by the chosen rules."""
    from ledgerpost.einvoice.facturx import NotAFacturX, is_pdf
    from ledgerpost.einvoice.validation import is_ubl, validate_ubl

    if is_pdf(data):
        try:
            check = check_pdf(data)
        except NotAFacturX as exc:
            return Validation((RuleFailure("PDF", "fatal", str(exc), "", RuleSet.SCHEMA),))
        if check.validation is None:
            text = "the PDF carries no factur-x.xml"
            return Validation((RuleFailure("FACTUR-X", "fatal", text, "", RuleSet.SCHEMA),))
        return check.validation
    if is_ubl(data) or (chosen in UBL_RULES):
        return validate_ubl(data, UBL_RULES.get(chosen or ""))
    return validate_file(data, FORMATS.get(chosen or ""))


def run_validate(args: argparse.Namespace, ctx: CommandContext) -> int:
    path = Path(args.file).expanduser()
    try:
        xml = path.read_bytes()
    except OSError as exc:
        raise LedgerError(
            ctx.tr("cannot read {file}: {reason}", file=path, reason=exc.strerror or exc)
        ) from exc
    validation = _validate(xml, args.format)
    _report(ctx, validation)
    if not validation.valid:
        ctx.complain(ctx.tr("{file} is not a valid e-invoice", file=path))
        return EXIT_FAILURE
    ctx.say(ctx.tr("{file} is a valid e-invoice", file=path))
    return EXIT_OK

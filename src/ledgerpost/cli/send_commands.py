"""``ledgerpost send``: queue one document, a statement or an employee report; prints the
outbox id."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from dataclasses import replace

from ledgerpost.cli.context import EXIT_OK, CommandContext, UsageError
from ledgerpost.domain.documents import DocumentType
from ledgerpost.services.printing import find_document_id, find_party
from ledgerpost.services.sending import SendRequest, queue

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _period_request(args: argparse.Namespace, ctx: CommandContext) -> SendRequest:
    """A statement (either form) or an employee report: --party, --from and a date in --to."""
    dates = [t for t in args.to if _DATE.match(t.strip())]
    addresses = [t for t in args.to if not _DATE.match(t.strip())]
    if args.party is None or args.start is None or len(dates) != 1 or args.number:
        raise UsageError(ctx.tr("send {type} needs --party ID --from D --to D", type=args.type))
    end = dt.date.fromisoformat(dates[0].strip())
    if end < args.start:
        raise UsageError(ctx.tr("the period ends before it starts"))
    if args.open_items and args.type != "statement":
        raise UsageError(ctx.tr("--open-items is for send statement only"))
    party = find_party(ctx.ledger, args.party)
    report = "open-items" if args.open_items else args.type
    return replace(
        _common(args, ctx),
        party_id=party.id,
        period=(args.start, end),
        report=report,
        to=", ".join(addresses) if addresses else None,
    )


def _common(args: argparse.Namespace, ctx: CommandContext) -> SendRequest:
    """What every send takes from the options."""
    return SendRequest(
        cc=args.cc,
        bcc=args.bcc,
        party_copies=not args.no_party_copies,
        note=args.note,
        subject=args.subject,
        attachments=tuple(args.attach),
        send_at=args.send_at,
        by=ctx.session,
        read_receipt=args.read_receipt,
        account=args.account,
    )


def run_send(args: argparse.Namespace, ctx: CommandContext) -> int:
    ledger = ctx.ledger
    if args.type in ("statement", "employee-report"):
        request = _period_request(args, ctx)
    else:
        if not args.number:
            raise UsageError(ctx.tr("send {type} needs the document NUMBER", type=args.type))
        if args.open_items:
            raise UsageError(ctx.tr("--open-items is for send statement only"))
        document_id = find_document_id(ledger, DocumentType(args.type), args.number)
        request = replace(
            _common(args, ctx),
            document_id=document_id,
            to=", ".join(args.to) if args.to else None,
            resend=args.resend,
        )
    result = queue(ledger, request)
    if not result.queued:
        return ctx.fail_with(result.preflight.problems)
    for warning in result.preflight.warnings:
        ctx.complain(ctx.warning(warning))
    ctx.say(str(result.outbox_id))
    return EXIT_OK

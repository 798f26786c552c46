"""``ledgerpost send``: queue one document or a statement; prints the outbox id."""

from __future__ import annotations

import argparse
import datetime as dt
import re

from ledgerpost.cli.context import EXIT_OK, CommandContext, UsageError
from ledgerpost.domain.documents import DocumentType
from ledgerpost.services.printing import find_document_id, find_party
from ledgerpost.services.sending import SendRequest, queue

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def run_send(args: argparse.Namespace, ctx: CommandContext) -> int:
    ledger = ctx.ledger
    if args.type == "statement":
        dates = [t for t in args.to if _DATE.match(t.strip())]
        addresses = [t for t in args.to if not _DATE.match(t.strip())]
        if args.party is None or args.start is None or len(dates) != 1 or args.number:
            raise UsageError(ctx.tr("send statement needs --party ID --from D --to D"))
        end = dt.date.fromisoformat(dates[0].strip())
        if end < args.start:
            raise UsageError(ctx.tr("the statement period ends before it starts"))
        party = find_party(ledger, args.party)
        request = SendRequest(
            party_id=party.id,
            period=(args.start, end),
            to=", ".join(addresses) if addresses else None,
            cc=args.cc,
            bcc=args.bcc,
            note=args.note,
            subject=args.subject,
            attachments=tuple(args.attach),
            send_at=args.send_at,
            by=ctx.session,
            read_receipt=args.read_receipt,
            account=args.account,
        )
    else:
        if not args.number:
            raise UsageError(ctx.tr("send {type} needs the document NUMBER", type=args.type))
        document_id = find_document_id(ledger, DocumentType(args.type), args.number)
        request = SendRequest(
            document_id=document_id,
            to=", ".join(args.to) if args.to else None,
            cc=args.cc,
            bcc=args.bcc,
            note=args.note,
            subject=args.subject,
            attachments=tuple(args.attach),
            send_at=args.send_at,
            resend=args.resend,
            by=ctx.session,
            read_receipt=args.read_receipt,
            account=args.account,
        )
    result = queue(ledger, request)
    if not result.queued:
        return ctx.fail_with(result.preflight.problems)
    for warning in result.preflight.warnings:
        ctx.complain(ctx.warning(warning))
    ctx.say(str(result.outbox_id))
    return EXIT_OK

"""Mail commands: smtp, send, batch, outbox, credits, report sent (issue 4's CLI contract)."""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path
from typing import Any

from ledgerpost.cli.context import (
    EXIT_FAILURE,
    EXIT_OK,
    CommandContext,
    UsageError,
    read_line,
)
from ledgerpost.domain.documents import DocumentType
from ledgerpost.domain.listing import parse_date_range, parse_number_range
from ledgerpost.domain.outbox import OutboxEntry, OutboxStatus
from ledgerpost.domain.smtp import DEFAULT_PORTS, Security
from ledgerpost.services import batch, credits, outbox, reports
from ledgerpost.services import mail_account as account
from ledgerpost.services import settings as settings_service
from ledgerpost.services.infra.clock import stored_time
from ledgerpost.services.printing import find_document_id, find_party
from ledgerpost.services.sending import SendRequest, queue

TYPES = [t.value for t in DocumentType]
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _register_smtp(commands)
    _register_send(commands)
    _register_batch(commands)
    _register_outbox(commands)
    _register_credits(commands)
    report = commands.add_parser("report", help="reports")
    kinds = report.add_subparsers(dest="report_kind", metavar="REPORT", required=True)
    sent = kinds.add_parser("sent", help="every message sent (or tried) in a period")
    sent.add_argument("--from", dest="start", type=dt.date.fromisoformat, metavar="D")
    sent.add_argument("--to", dest="end", type=dt.date.fromisoformat, metavar="D")
    sent.add_argument("--user", help="only messages this user queued")
    sent.add_argument("--format", choices=("table", "csv", "json"), default="table")
    sent.set_defaults(run=run_report_sent)


def _register_smtp(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    smtp = commands.add_parser("smtp", help="the company's mail server")
    actions = smtp.add_subparsers(dest="smtp_action", metavar="ACTION", required=True)
    put = actions.add_parser("set", help="set the server (the password goes to the OS keyring)")
    put.add_argument("--host", required=True)
    put.add_argument("--port", type=int, required=True)
    put.add_argument("--security", choices=[s.value for s in Security], required=True)
    put.add_argument("--user", default="")
    put.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    put.add_argument("--ca-file", default="", help="trust this certificate file")
    put.add_argument("--from-address", default="")
    put.add_argument("--from-name", default="")
    put.add_argument("--reply-to", default="")
    put.add_argument(
        "--allow-insecure-auth",
        action="store_true",
        help="allow the password over an unencrypted connection",
    )
    put.set_defaults(run=run_smtp_set)
    test = actions.add_parser("test", help="connect, encrypt, log in, and say how it went")
    test.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input instead of the keyring",
    )
    test.set_defaults(run=run_smtp_test)


def _register_send(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    send = commands.add_parser(
        "send", help="queue a document (or a statement) for sending; prints the outbox id"
    )
    send.add_argument("type", choices=[*TYPES, "statement"], metavar="TYPE")
    send.add_argument("number", nargs="?", metavar="NUMBER")
    send.add_argument(
        "--to",
        action="append",
        default=[],
        metavar="LIST",
        help="recipients (for a statement, a date here ends the period)",
    )
    send.add_argument(
        "--from",
        dest="start",
        type=dt.date.fromisoformat,
        metavar="D",
        help="statement period start",
    )
    send.add_argument("--party", metavar="ID", help="statement: the customer's id or code")
    send.add_argument("--cc", default="", metavar="LIST")
    send.add_argument("--bcc", default="", metavar="LIST")
    send.add_argument("--note", default="", metavar="TEXT")
    send.add_argument("--subject", metavar="S")
    send.add_argument("--attach", action="append", default=[], type=Path, metavar="FILE")
    send.add_argument("--send-at", type=iso_time, metavar="ISO")
    send.add_argument("--resend", action="store_true", help="send even if it was sent before")
    send.set_defaults(run=run_send)


def _register_batch(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    run = commands.add_parser("batch", help="send many documents (or statements) at once")
    run.add_argument("type", choices=[*TYPES, "statement"], metavar="TYPE")
    run.add_argument("--numbers", metavar="A-B")
    run.add_argument("--dates", metavar="D1..D2")
    run.add_argument("--preview", action="store_true", help="say what would happen; queue nothing")
    run.add_argument("--resend", action="store_true", help="include documents sent before")
    run.add_argument("--json", action="store_true")
    run.set_defaults(run=run_batch)


def _register_outbox(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    box = commands.add_parser("outbox", help="the messages waiting, sent, failed")
    actions = box.add_subparsers(dest="outbox_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="messages, newest first")
    listing.add_argument("--status", choices=[s.value for s in OutboxStatus])
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_outbox_list)
    deliver = actions.add_parser("run", help="deliver due messages")
    how = deliver.add_mutually_exclusive_group()
    how.add_argument("--once", action="store_true", help="one batch of due messages, then stop")
    how.add_argument("--until-idle", action="store_true", help="until nothing is due (the default)")
    deliver.add_argument(
        "--password-stdin", action="store_true", help="read the SMTP password from standard input"
    )
    deliver.add_argument(
        "--connections", type=int, default=1, metavar="N", help="deliver over N connections at once"
    )
    deliver.set_defaults(run=run_outbox_run)
    for name, helptext in (
        ("retry", "send a failed, waiting or uncertain message again"),
        ("cancel", "withdraw a message that has not gone yet"),
        ("mark-sent", "confirm that an uncertain message arrived"),
    ):
        act = actions.add_parser(name, help=helptext)
        act.add_argument("id", type=int, metavar="ID")
        act.set_defaults(run=run_outbox_action, action=name)


def _register_credits(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cred = commands.add_parser("credits", help="message credits: balance, top-up")
    cred.add_argument("--json", action="store_true")
    cred.set_defaults(run=run_credits)
    actions = cred.add_subparsers(dest="credits_action", metavar="ACTION")
    add = actions.add_parser("add", help="record a top-up")
    add.add_argument("amount", type=int, metavar="N")
    add.add_argument("--reference", required=True, metavar="REF")
    add.set_defaults(run=run_credits_add)


def _read_password() -> str:
    return read_line()


def _problems(ctx: CommandContext, problems: Any) -> int:
    for problem in problems:
        ctx.complain(ctx.problem(problem))
    return EXIT_FAILURE


def iso_time(text: str) -> dt.datetime:
    """An ISO 8601 time from the command line, with an offset or in local time, as stored."""
    return stored_time(dt.datetime.fromisoformat(text))


# --- smtp ---------------------------------------------------------------------------------


def run_smtp_set(args: argparse.Namespace, ctx: CommandContext) -> int:
    values = {
        "smtp.host": args.host.strip(),
        "smtp.port": args.port,
        "smtp.security": args.security,
        "smtp.user": args.user,
        "smtp.from_address": args.from_address,
        "smtp.from_name": args.from_name,
        "smtp.reply_to": args.reply_to,
        "smtp.ca_file": args.ca_file,
        "smtp.allow_insecure_auth": args.allow_insecure_auth,
    }
    if args.ca_file and not Path(args.ca_file).is_file():
        raise UsageError(ctx.tr("--ca-file {file}: no such file", file=args.ca_file))
    problems = settings_service.save(ctx.ledger, values, ctx.session)
    smtp = settings_service.smtp_settings(ctx.ledger)
    if not problems and smtp is not None:
        problems = smtp.problems()
    if problems:
        return _problems(ctx, problems)
    assert smtp is not None
    expected = DEFAULT_PORTS[smtp.security]
    if smtp.port in DEFAULT_PORTS.values() and smtp.port != expected:
        ctx.complain(
            ctx.tr(
                "note: port {port} usually speaks another security than {security}; "
                "{security} is usually on {expected}",
                port=smtp.port,
                security=smtp.security.value,
                expected=expected,
            )
        )
    ctx.say(
        ctx.tr(
            "Mail goes through {host}:{port} ({security}).",
            host=smtp.host,
            port=smtp.port,
            security=smtp.security.value,
        )
    )
    if args.password_stdin:
        saved = account.save_password(ctx.ledger, smtp, _read_password())
        if saved.in_keyring:
            ctx.say(saved.message)
        else:
            ctx.complain(
                ctx.tr(
                    "{note} From the command line, give it again with --password-stdin to "
                    "'smtp test' and 'outbox run'.",
                    note=saved.message,
                )
            )
    return EXIT_OK


def run_smtp_test(args: argparse.Namespace, ctx: CommandContext) -> int:
    password = _read_password() if args.password_stdin else None
    ctx.say(account.test_connection(ctx.ledger, password))
    return EXIT_OK


# --- send and batch -----------------------------------------------------------------------


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
        )
    result = queue(ledger, request)
    if not result.queued:
        return _problems(ctx, result.preflight.problems)
    for warning in result.preflight.warnings:
        ctx.complain(ctx.warning(warning))
    ctx.say(str(result.outbox_id))
    return EXIT_OK


def _range_args(args: argparse.Namespace, ctx: CommandContext) -> dict[str, Any]:
    if args.type == "statement":
        if not args.dates or args.numbers:
            raise UsageError(ctx.tr("batch statement needs --dates D1..D2"))
        return {"dates": parse_date_range(args.dates)}
    if bool(args.numbers) == bool(args.dates):
        raise UsageError(ctx.tr("give either --numbers A-B or --dates D1..D2"))
    if args.numbers:
        return {"numbers": parse_number_range(args.numbers)}
    return {"dates": parse_date_range(args.dates)}


def run_batch(args: argparse.Namespace, ctx: CommandContext) -> int:
    doc_type = None if args.type == "statement" else DocumentType(args.type)
    chosen = _range_args(args, ctx)
    if args.preview:
        found = batch.preview(ctx.ledger, doc_type, resend=args.resend, by=ctx.session, **chosen)
        if args.json:
            ctx.print_json(found.as_json())
        else:
            ctx.say(
                ctx.tr(
                    "{count} message(s) to send, costing {cost} credit(s); "
                    "{balance} credit(s) left.",
                    count=found.count,
                    cost=found.cost,
                    balance=found.balance,
                )
            )
            for skipped in found.skipped:
                ctx.say(_skipped(ctx, skipped.document, skipped.reason))
        return EXIT_OK
    result = batch.queue_batch(ctx.ledger, doc_type, resend=args.resend, by=ctx.session, **chosen)
    if args.json:
        ctx.print_json(
            {
                "batch": result.batch_id,
                "queued": result.queued,
                "outbox_ids": list(result.outbox_ids),
                "skipped": [{"document": s.document, "reason": s.reason} for s in result.skipped],
            }
        )
    else:
        ctx.say(
            ctx.tr(
                "Batch {batch}: {queued} message(s) queued, {skipped} skipped.",
                batch=result.batch_id,
                queued=result.queued,
                skipped=len(result.skipped),
            )
        )
        for skipped in result.skipped:
            ctx.say(_skipped(ctx, skipped.document, skipped.reason))
    return EXIT_OK


def _skipped(ctx: CommandContext, document: str, reason: str) -> str:
    return ctx.tr("skipped {document}: {reason}", document=document, reason=reason)


# --- outbox -------------------------------------------------------------------------------


def _entry_json(e: OutboxEntry) -> dict[str, Any]:
    return {
        "id": e.id,
        "document": e.document,
        "to": e.to,
        "cc": e.cc,
        "bcc": e.bcc,
        "subject": e.subject,
        "status": e.status.value,
        "attempts": e.attempts,
        "last_error": e.last_error,
        "message_id": e.message_id,
        "queued_at": e.queued_at.isoformat(timespec="seconds"),
        "sent_at": e.sent_at.isoformat(timespec="seconds") if e.sent_at else None,
        "server_reply": e.server_reply,
        "queued_by": e.queued_by,
    }


def run_outbox_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    status = OutboxStatus(args.status) if args.status else None
    rows = outbox.entries(ctx.ledger, status)
    if args.json:
        ctx.print_json([_entry_json(e) for e in rows])
        return EXIT_OK
    ctx.print_table(
        ["id", "status", "document", "to", "attempts", "queued", "last error"],
        [
            [
                str(e.id),
                e.status.value,
                e.document,
                e.to,
                str(e.attempts),
                e.queued_at.isoformat(sep=" ", timespec="minutes"),
                e.last_error[:60],
            ]
            for e in rows
        ],
        right=frozenset({0, 4}),
    )
    return EXIT_OK


def run_outbox_run(args: argparse.Namespace, ctx: CommandContext) -> int:
    password = _read_password() if args.password_stdin else None
    report = account.deliver(
        ctx.ledger, password, once=args.once, connections=max(1, args.connections)
    )
    counts = ctx.tr(
        "sent {sent}, to retry {retry}, failed {failed}, uncertain {uncertain}, "
        "waiting for credit {no_credit}",
        sent=report.sent,
        retry=report.retry,
        failed=report.failed,
        uncertain=report.uncertain,
        no_credit=report.no_credit,
    )
    if report.recovered:
        counts += ctx.tr(", recovered {recovered}", recovered=report.recovered)
    ctx.say(counts + ".")
    if report.stopped_by:
        ctx.complain(report.stopped_by)
        return EXIT_FAILURE
    return EXIT_OK


def run_outbox_action(args: argparse.Namespace, ctx: CommandContext) -> int:
    act = {
        "retry": outbox.retry,
        "cancel": outbox.cancel,
        "mark-sent": lambda ledger, i: outbox.mark_sent(ledger, i, ctx.session.login),
    }[args.action]
    status = act(ctx.ledger, args.id)
    ctx.say(ctx.tr("message {id} is now {status}", id=args.id, status=status.value))
    return EXIT_OK


# --- credits and reports ------------------------------------------------------------------


def run_credits(args: argparse.Namespace, ctx: CommandContext) -> int:
    balance = credits.balance(ctx.ledger)
    if args.json:
        ctx.print_json({"balance": balance})
    else:
        ctx.say(ctx.tr("{balance} credit(s) left.", balance=balance))
    return EXIT_OK


def run_credits_add(args: argparse.Namespace, ctx: CommandContext) -> int:
    balance = credits.add(ctx.ledger, args.amount, args.reference, by=ctx.session)
    ctx.say(
        ctx.tr("Added {amount} credit(s); {balance} left.", amount=args.amount, balance=balance)
    )
    return EXIT_OK


def run_report_sent(args: argparse.Namespace, ctx: CommandContext) -> int:
    found = reports.sent_report(ctx.ledger, args.start, args.end, user=args.user, by=ctx.session)
    if args.format == "json":
        ctx.print_json(found.as_json())
    elif args.format == "csv":
        ctx.out.write(found.as_csv())
    else:
        ctx.print_table(
            ["id", "queued", "status", "party", "document", "to", "server reply"],
            [
                [
                    r["id"],
                    r["queued_at"][:16],
                    r["status"],
                    r["party"],
                    r["document"],
                    r["to"],
                    r["server_reply"][:50],
                ]
                for r in found.rows
            ],
            right=frozenset({0}),
        )
        counts = ", ".join(f"{count} {status}" for status, count in sorted(found.by_status.items()))
        ctx.say(ctx.tr("{total} message(s): {counts}", total=found.total, counts=counts))
    return EXIT_OK

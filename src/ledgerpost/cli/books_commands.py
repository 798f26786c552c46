"""The books on the command line: chart of accounts, journal entries, trial balance, ledger."""

from __future__ import annotations

import argparse
import csv
import io
import json
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ledgerpost.cli.context import EXIT_FAILURE, EXIT_OK, CommandContext, UsageError
from ledgerpost.domain.accounts import Account, AccountKind
from ledgerpost.domain.books import ManualEntry, ManualLine
from ledgerpost.domain.problems import Problem
from ledgerpost.services import books
from ledgerpost.services.books import ENTRY_PREFIX, EntryResult


def run_accounts_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    shown = [a for a in books.accounts(ctx.ledger) if args.archived or not a.archived]
    if args.json:
        ctx.print_json(
            [
                {
                    "number": a.code,
                    "name": a.name,
                    "kind": a.kind.value,
                    "vat_code": a.vat_code,
                    "role": a.role.value if a.role else None,
                    "archived": a.archived,
                    "bank": a.bank,
                }
                for a in shown
            ]
        )
        return EXIT_OK
    ctx.print_table(
        [ctx.tr("number"), ctx.tr("name"), ctx.tr("kind"), ctx.tr("VAT code"), ctx.tr("state")],
        [[a.code, a.name, a.kind.value, a.vat_code, _state(ctx, a)] for a in shown],
    )
    return EXIT_OK


def _problems(ctx: CommandContext, problems: list[Problem] | tuple[Problem, ...]) -> int:
    for problem in problems:
        ctx.complain(ctx.problem(problem))
    return EXIT_FAILURE if problems else EXIT_OK


def _state(ctx: CommandContext, account: Account) -> str:
    words = [ctx.tr("bank account")] if account.bank else []
    return ", ".join(words + ([ctx.tr("archived")] if account.archived else []))


def run_accounts_add(args: argparse.Namespace, ctx: CommandContext) -> int:
    problems = books.add_account(
        ctx.ledger,
        args.number,
        args.name,
        AccountKind(args.kind),
        args.vat_code,
        bank=args.bank,
        by=ctx.session,
    )
    if not problems:
        ctx.say(ctx.tr("Account {number} added.", number=args.number))
    return _problems(ctx, problems)


def run_accounts_rename(args: argparse.Namespace, ctx: CommandContext) -> int:
    books.rename_account(ctx.ledger, args.number, args.name, by=ctx.session)
    ctx.say(ctx.tr("Account {number} renamed.", number=args.number))
    return EXIT_OK


def run_accounts_archive(args: argparse.Namespace, ctx: CommandContext) -> int:
    books.archive_account(ctx.ledger, args.number, not args.undo, by=ctx.session)
    if args.undo:
        ctx.say(ctx.tr("Account {number} is open again.", number=args.number))
    else:
        ctx.say(ctx.tr("Account {number} archived.", number=args.number))
    return EXIT_OK


def _amount(text: str, where: str, ctx: CommandContext) -> Decimal:
    try:
        return Decimal(text.strip() or "0")
    except InvalidOperation as exc:
        raise UsageError(
            ctx.tr("{where}: {text} is not an amount", where=where, text=text)
        ) from exc


def parse_lines(texts: list[str], ctx: CommandContext) -> list[ManualLine]:
    """``ACCOUNT:DEBIT:CREDIT[:TEXT]`` each (the text may hold colons)."""
    lines = []
    for index, text in enumerate(texts, start=1):
        where = ctx.tr("line {index}", index=index)
        parts = text.split(":", 3)
        if len(parts) < 3:
            raise UsageError(ctx.tr("{where}: write ACCOUNT:DEBIT:CREDIT[:TEXT]", where=where))
        account, debit, credit = parts[0].strip(), parts[1], parts[2]
        note = parts[3] if len(parts) == 4 else ""
        lines.append(
            ManualLine(account, _amount(debit, where, ctx), _amount(credit, where, ctx), note)
        )
    return lines


def _entry_report(ctx: CommandContext, result: EntryResult) -> int:
    if not result.done:
        return _problems(ctx, result.problems)
    entry = result.entry
    assert entry is not None
    if entry.posted:
        ctx.say(ctx.tr("Journal entry {number} posted.", number=_number(entry)))
    else:
        ctx.say(ctx.tr("Draft journal entry {id} kept.", id=entry.id or 0))
    return EXIT_OK


def _number(entry: ManualEntry) -> str:
    return f"{ENTRY_PREFIX}{entry.number}"


def run_journal_add(args: argparse.Namespace, ctx: CommandContext) -> int:
    lines = parse_lines(args.line, ctx)
    result = books.add_entry(
        ctx.ledger, args.date, lines, args.text, post=args.post, by=ctx.session
    )
    return _entry_report(ctx, result)


def run_journal_post(args: argparse.Namespace, ctx: CommandContext) -> int:
    return _entry_report(ctx, books.post_entry(ctx.ledger, args.id, by=ctx.session))


def run_journal_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    found = books.entries(ctx.ledger, drafts=True)
    undone = books.reversed_numbers(found)
    if args.json:
        ctx.print_json(
            [
                {
                    "id": e.id,
                    "number": _number(e) if e.posted else None,
                    "date": e.date.isoformat(),
                    "state": "posted" if e.posted else "draft",
                    "text": e.description,
                    "debit": str(e.debit_total),
                    "credit": str(e.credit_total),
                    "reverses": f"{ENTRY_PREFIX}{e.reverses}" if e.reverses else None,
                    "reversed_by": (
                        f"{ENTRY_PREFIX}{undone[e.number]}" if e.number in undone else None
                    ),
                }
                for e in found
            ]
        )
        return EXIT_OK
    ctx.print_table(
        [
            ctx.tr("id"),
            ctx.tr("number"),
            ctx.tr("date"),
            ctx.tr("state"),
            ctx.tr("amount"),
            ctx.tr("text"),
        ],
        [
            [
                str(e.id),
                _number(e) if e.posted else "",
                e.date.isoformat(),
                ctx.tr("posted") if e.posted else ctx.tr("draft"),
                str(e.debit_total),
                e.description,
            ]
            for e in found
        ],
    )
    return EXIT_OK


def run_journal_delete(args: argparse.Namespace, ctx: CommandContext) -> int:
    books.delete_draft_entry(ctx.ledger, args.id, by=ctx.session)
    ctx.say(ctx.tr("Draft journal entry {id} deleted.", id=args.id))
    return EXIT_OK


def run_journal_reverse(args: argparse.Namespace, ctx: CommandContext) -> int:
    text = str(args.number).upper().removeprefix(ENTRY_PREFIX)
    if not text.isdigit():
        raise UsageError(ctx.tr("{number} is not a journal entry number", number=args.number))
    result = books.reverse_entry(ctx.ledger, int(text), args.date, by=ctx.session)
    return _entry_report(ctx, result)


def _write(ctx: CommandContext, args: argparse.Namespace, text: str) -> None:
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        ctx.out.write(text)


def _pdf_out(args: argparse.Namespace, ctx: CommandContext) -> str:
    if not args.out:
        raise UsageError(ctx.tr("--format pdf needs --out FILE"))
    return str(args.out)


def _csv(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def run_trial_balance(args: argparse.Namespace, ctx: CommandContext) -> int:
    found = books.trial_balance_at(ctx.ledger, args.as_of)
    fmt = "json" if args.json else args.format
    if fmt == "pdf":
        Path(_pdf_out(args, ctx)).write_bytes(
            books.print_trial_balance(ctx.ledger, found, args.lang)
        )
        return EXIT_OK
    headers = ["account", "name", "debit", "credit", "balance"]
    rows = [[r.account, r.name, str(r.debit), str(r.credit), str(r.balance)] for r in found.rows]
    total = ["", ctx.tr("total"), str(found.debit_total), str(found.credit_total), ""]
    if fmt == "json":
        value: Any = [dict(zip(headers, row, strict=True)) for row in rows]
        _write(ctx, args, json.dumps(value, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        _write(ctx, args, _csv([headers, *rows, total]))
    else:
        ctx.print_table([ctx.tr(h) for h in headers], [*rows, total], right=frozenset({2, 3, 4}))
    return EXIT_OK


def run_general_ledger(args: argparse.Namespace, ctx: CommandContext) -> int:
    found = books.general_ledger_of(ctx.ledger, args.account, args.start, args.end)
    if args.format == "pdf":
        Path(_pdf_out(args, ctx)).write_bytes(
            books.print_general_ledger(ctx.ledger, found, args.lang)
        )
        return EXIT_OK
    headers = ["date", "reference", "party", "text", "debit", "credit", "balance"]
    rows = [
        [
            r.movement.date.isoformat(),
            r.movement.reference,
            r.movement.party,
            r.movement.described,
            str(r.movement.debit),
            str(r.movement.credit),
            str(r.balance),
        ]
        for r in found.rows
    ]
    if args.format == "json":
        value = {
            "account": found.account,
            "name": found.name,
            "opening": str(found.opening),
            "closing": str(found.closing),
            "lines": [dict(zip(headers, row, strict=True)) for row in rows],
        }
        _write(ctx, args, json.dumps(value, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    opening = ["", "", "", ctx.tr("opening balance"), "", "", str(found.opening)]
    closing = ["", "", "", ctx.tr("closing balance"), "", "", str(found.closing)]
    if args.format == "csv":
        _write(ctx, args, _csv([headers, opening, *rows, closing]))
        return EXIT_OK
    ctx.say(f"{found.account} {found.name}")
    ctx.print_table(
        [ctx.tr(h) for h in headers], [opening, *rows, closing], right=frozenset({4, 5, 6})
    )
    return EXIT_OK

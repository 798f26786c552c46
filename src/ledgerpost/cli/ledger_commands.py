"""Commands on the books: init, demo, documents list, check, trial-balance, gui."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from ledgerpost.cli.context import EXIT_FAILURE, EXIT_OK, CommandContext, UsageError
from ledgerpost.domain.documents import DocumentState, DocumentType
from ledgerpost.domain.listing import DocumentFilter, parse_date_range, parse_number_range
from ledgerpost.domain.money import is_valid_currency_code
from ledgerpost.domain.parties import LANGUAGES, Company
from ledgerpost.services.demo.company import DemoSpec, make_demo


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = commands.add_parser("init", help="start a new ledger for a company")
    init.add_argument("--company", required=True, metavar="NAME", help="the company's legal name")
    init.add_argument("--currency", default="EUR", help="ISO 4217 code (default EUR)")
    init.add_argument(
        "--language",
        default="en",
        choices=LANGUAGES,
        help="the company's default language (default en)",
    )
    init.set_defaults(run=run_init)

    demo = commands.add_parser("demo", help="fill an empty ledger with a reproducible demo company")
    demo.add_argument("--customers", type=_positive, default=40, metavar="N")
    demo.add_argument("--invoices", type=_positive, default=200, metavar="M")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument(
        "--as-of",
        type=dt.date.fromisoformat,
        default=None,
        metavar="DATE",
        help="the demo's 'today' (default: today)",
    )
    demo.add_argument(
        "--if-empty",
        action="store_true",
        help="do nothing (and succeed) when the ledger already has a company",
    )
    demo.set_defaults(run=run_demo)

    documents = commands.add_parser("documents", help="list documents")
    documents_commands = documents.add_subparsers(
        dest="documents_command", metavar="ACTION", required=True
    )
    listing = documents_commands.add_parser("list", help="list documents, newest first")
    listing.add_argument("--type", choices=[t.value for t in DocumentType])
    listing.add_argument("--numbers", metavar="A-B", help="number range, e.g. 5-17")
    listing.add_argument(
        "--dates", metavar="D1..D2", help="date range, e.g. 2026-01-01..2026-03-31"
    )
    listing.add_argument("--party", type=int, metavar="ID", help="only this party's documents")
    listing.add_argument(
        "--state",
        choices=[s.value for s in DocumentState],
        help="only drafts or only posted documents",
    )
    listing.add_argument("--limit", type=_positive, metavar="N", help="at most N documents")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(run=run_documents_list)

    check = commands.add_parser("check", help="check the ledger's invariants")
    check.set_defaults(run=run_check)

    trial = commands.add_parser("trial-balance", help="debits and credits per account")
    trial.add_argument("--json", action="store_true", help="print JSON")
    trial.set_defaults(run=run_trial_balance)

    gui = commands.add_parser("gui", help="open the desktop window (the default)")
    gui.add_argument(
        "--smoke",
        action="store_true",
        help="open the window, close it again and exit 0: proves the app starts",
    )
    gui.set_defaults(run=lambda args, _ctx: _gui(args))


def _positive(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is negative")
    return value


def _gui(args: argparse.Namespace) -> int:
    from ledgerpost.cli.gui_command import run_gui

    return run_gui(args)


def run_init(args: argparse.Namespace, ctx: CommandContext) -> int:
    currency = args.currency.upper()
    if not is_valid_currency_code(currency):
        raise UsageError(
            ctx.tr(
                "--currency {code} is not a three-letter ISO 4217 code", code=repr(args.currency)
            )
        )
    if not args.company.strip():
        raise UsageError(ctx.tr("--company must not be empty"))
    ctx.ledger.create_company(
        Company(name=args.company.strip(), currency=currency, language=args.language)
    )
    ctx.say(
        ctx.tr(
            "Started the books of {company} in {location}",
            company=args.company.strip(),
            location=ctx.ledger.location,
        )
    )
    return EXIT_OK


def run_demo(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.if_empty and ctx.ledger.company() is not None:
        return EXIT_OK
    spec = DemoSpec(
        customers=args.customers,
        invoices=args.invoices,
        seed=args.seed,
        as_of=args.as_of or dt.date.today(),
    )
    summary = make_demo(ctx.ledger, spec)
    ctx.say(
        ctx.tr(
            "Demo company {company} with {customers} customers, {posted} posted documents "
            "and {drafts} drafts.",
            company=summary.company,
            customers=summary.customers,
            posted=summary.posted,
            drafts=summary.drafts,
        )
    )
    return EXIT_OK


def run_documents_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    flt = DocumentFilter(
        type=DocumentType(args.type) if args.type else None,
        numbers=parse_number_range(args.numbers) if args.numbers else None,
        dates=parse_date_range(args.dates) if args.dates else None,
        party_id=args.party,
        state=DocumentState(args.state) if args.state else None,
    )
    rows = ctx.ledger.documents(flt, limit=args.limit)
    if args.json:
        ctx.print_json([_summary_json(r) for r in rows])
        return EXIT_OK
    ctx.print_table(
        ["type", "number", "date", "party", "total", "currency", "state"],
        [
            [
                r.type.value,
                r.display_number or f"(draft {r.id})",
                r.date.isoformat(),
                r.party,
                str(r.total),
                r.currency,
                r.state.value,
            ]
            for r in rows
        ],
        right=frozenset({4}),
    )
    return EXIT_OK


def _summary_json(r: Any) -> dict[str, Any]:
    return {
        "id": r.id,
        "type": r.type.value,
        "series": r.series,
        "number": r.number,
        "date": r.date.isoformat(),
        "party": r.party,
        "party_id": r.party_id,
        "total": str(r.total),
        "currency": r.currency,
        "state": r.state.value,
    }


def run_check(args: argparse.Namespace, ctx: CommandContext) -> int:
    problems = ctx.ledger.check()
    for problem in problems:
        ctx.say(ctx.problem(problem))
    if problems:
        ctx.complain(ctx.tr("{count} problem(s) found in the ledger.", count=len(problems)))
        return EXIT_FAILURE
    ctx.say(
        ctx.tr(
            "The ledger is consistent: every entry balances, posted documents are unchanged, "
            "and numbers are unique and gapless."
        )
    )
    return EXIT_OK


def run_trial_balance(args: argparse.Namespace, ctx: CommandContext) -> int:
    rows = ctx.ledger.trial_balance()
    if args.json:
        ctx.print_json(
            [
                {
                    "account": r.account,
                    "name": r.name,
                    "debit": str(r.debit),
                    "credit": str(r.credit),
                }
                for r in rows
            ]
        )
        return EXIT_OK
    ctx.print_table(
        ["account", "name", "debit", "credit", "balance"],
        [[r.account, r.name, str(r.debit), str(r.credit), str(r.balance)] for r in rows],
        right=frozenset({2, 3, 4}),
    )
    return EXIT_OK

"""Commands on the books: init, documents list, check, trial-balance."""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import replace
from typing import Any

from ledgerpost.cli.context import EXIT_FAILURE, EXIT_OK, CommandContext, UsageError
from ledgerpost.domain.allocation import PaidState
from ledgerpost.domain.documents import DocumentState, DocumentType
from ledgerpost.domain.listing import (
    DocumentFilter,
    DocumentSummary,
    PaidFilter,
    parse_date_range,
    parse_number_range,
)
from ledgerpost.domain.money import is_valid_currency_code
from ledgerpost.domain.parties import Company
from ledgerpost.i18n.value_names import sentence_name


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


def run_documents_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    flt = DocumentFilter(
        type=DocumentType(args.type) if args.type else None,
        numbers=parse_number_range(args.numbers) if args.numbers else None,
        dates=parse_date_range(args.dates) if args.dates else None,
        party_id=args.party,
        state=DocumentState(args.state) if args.state else None,
    )
    today = args.as_of or dt.date.today()
    read_only = ctx.read_only  # a ledger file: read without SQLAlchemy
    if read_only is not None:
        terms = read_only.payment_terms_days()
    else:
        company = ctx.ledger.company()
        terms = company.payment_terms_days if company else 0
    if args.paid:
        flt = replace(flt, paid=PaidFilter(PaidState(args.paid), today, terms))
    if read_only is not None:
        rows = read_only.documents(flt, limit=args.limit)
    else:
        rows = ctx.ledger.documents(flt, limit=args.limit)
    if args.json:
        ctx.print_json([_summary_json(r, terms, today) for r in rows])
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


def run_documents_delete(args: argparse.Namespace, ctx: CommandContext) -> int:
    document = ctx.ledger.document_by_key(args.key)
    assert document.id is not None
    gone = ctx.ledger.delete_draft(document.id)
    ctx.say(
        ctx.tr(
            "Deleted the draft {type} {id}.", type=sentence_name(ctx.words, gone.type), id=gone.id
        )
    )
    return EXIT_OK


def _summary_json(r: DocumentSummary, terms: int, today: dt.date) -> dict[str, Any]:
    open_amount = r.open
    state = r.paid_state(terms, today)
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
        "open": None if open_amount is None else str(open_amount),
        "paid_state": None if state is None else state.value,
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

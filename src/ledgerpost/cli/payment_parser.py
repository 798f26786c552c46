"""The arguments of the commands on money received and paid: receipt, payment, allocation,
open-items and ageing (declared without importing their implementations)."""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from ledgerpost.cli.rights import ANY_USER, runs
from ledgerpost.domain.allocation import AllocationRequest
from ledgerpost.domain.documents import DocumentType, PaymentMethod
from ledgerpost.domain.parties import LANGUAGES
from ledgerpost.domain.users import Right

if TYPE_CHECKING:
    Commands = argparse._SubParsersAction[argparse.ArgumentParser]


def date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from exc


def add_payment_commands(commands: Commands) -> None:
    pays = "ledgerpost.cli.payment_commands:"
    for word, invoices, who in (
        ("receipt", "INV", "money received from a customer"),
        ("payment", "PINV", "money paid to a supplier or an employee"),
    ):
        voucher = commands.add_parser(word, help=f"{word} vouchers: {who}")
        actions = voucher.add_subparsers(dest=f"{word}_action", metavar="ACTION", required=True)
        add = actions.add_parser(
            "add",
            help=f"post a {word} of an amount and allocate it (oldest open invoice first)",
        )
        add.add_argument("--party", required=True, metavar="ID", help="the party's id or code")
        add.add_argument("--date", required=True, type=date, metavar="D")
        add.add_argument("--amount", required=True, type=amount, metavar="A")
        add.add_argument("--currency", metavar="C", help="the company's currency by default")
        add.add_argument(
            "--rate",
            type=amount,
            metavar="R",
            help="another currency's rate: how many of it one of the company's currency is",
        )
        add.add_argument(
            "--method", choices=[m.value for m in PaymentMethod], default=PaymentMethod.BANK.value
        )
        add.add_argument("--reference", default="", metavar="R", help="e.g. the bank reference")
        add.add_argument(
            "--bank-account",
            default="",
            metavar="CODE",
            help="the chart's bank account the money went through (the default bank account)",
        )
        _allocation_options(add, invoices)
        runs(add, pays + "run_add", Right.POST_DOCUMENTS, voucher=word)

        allocate = actions.add_parser(
            "allocate", help=f"allocate what is left of a posted {word} (oldest first)"
        )
        allocate.add_argument("number", metavar="NUMBER", help="e.g. 17 or REC-17")
        allocate.add_argument("--date", type=date, metavar="D", help="the allocation's date")
        _allocation_options(allocate, invoices)
        runs(allocate, pays + "run_allocate", Right.POST_DOCUMENTS, voucher=word)

    allocation = commands.add_parser("allocation", help="what settles what, and undoing it")
    actions = allocation.add_subparsers(dest="allocation_action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the allocations from or to a document")
    listing.add_argument("type", metavar="TYPE", choices=[t.value for t in DocumentType])
    listing.add_argument("number", metavar="NUMBER", help="e.g. 17 or INV-17")
    runs(listing, pays + "run_allocation_list", ANY_USER)
    reverse = actions.add_parser("reverse", help="undo an allocation (the documents stay posted)")
    reverse.add_argument("id", type=int, metavar="ID")
    reverse.add_argument("--date", type=date, metavar="D", help="from when (default today)")
    runs(reverse, pays + "run_allocation_reverse", Right.POST_DOCUMENTS)

    receivable = "ledgerpost.cli.receivable_commands:"
    items = commands.add_parser(
        "open-items", help="open invoices and money on account per customer and supplier"
    )
    items.add_argument("--party", metavar="ID", help="only this party (id or code)")
    items.add_argument("--as-of", type=date, metavar="D", help="at the end of this day (today)")
    items.add_argument("--json", action="store_true", help="print JSON")
    runs(items, receivable + "run_open_items", ANY_USER)
    ageing = commands.add_parser(
        "ageing", help="open amounts per party by days overdue: current, 1-30, 31-60, 61-90, >90"
    )
    ageing.add_argument("--as-of", type=date, metavar="D", help="at the end of this day (today)")
    ageing.add_argument("--format", choices=("table", "csv", "json", "pdf"), default="table")
    ageing.add_argument("--out", metavar="FILE", help="the PDF to write (with --format pdf)")
    ageing.add_argument("--lang", choices=LANGUAGES, help="the PDF's language (the company's)")
    runs(ageing, receivable + "run_ageing", ANY_USER)


def _allocation_options(parser: argparse.ArgumentParser, invoices: str) -> None:
    parser.add_argument(
        "--allocate",
        type=allocation_list,
        metavar=f"{invoices}-NUMBER[:AMOUNT],...",
        help="settle these (each by the amount given, else all it can); "
        "default: the party's open ones, oldest first",
    )
    parser.add_argument(
        "--on-account", action="store_true", help="allocate nothing now: all stays on account"
    )


def amount(text: str) -> Decimal:
    """A positive amount such as ``150`` or ``99.90``."""
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount like 99.90") from None
    if not value.is_finite() or value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive amount")
    return value


def allocation_list(text: str) -> tuple[AllocationRequest, ...]:
    """``INV-3:50,INV-4``: the invoices to settle, each by an amount or all it can."""
    requests = []
    for part in text.split(","):
        number, _, given = part.strip().partition(":")
        if not number.strip():
            raise argparse.ArgumentTypeError(f"{text!r} names no invoice like INV-3[:50]")
        requests.append(AllocationRequest(number.strip(), amount(given) if given else None))
    return tuple(requests)

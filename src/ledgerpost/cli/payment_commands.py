"""Money received and paid from the command line: receipt/payment add and allocate, and
allocation list/reverse."""

from __future__ import annotations

import argparse

from ledgerpost.cli.context import EXIT_FAILURE, EXIT_OK, CommandContext, UsageError
from ledgerpost.domain.allocation import Allocation, AllocationRequest
from ledgerpost.domain.documents import DocumentType, PaymentMethod
from ledgerpost.domain.parties import Party
from ledgerpost.services import payments
from ledgerpost.services.errors import LedgerError
from ledgerpost.services.ledger import Ledger

VOUCHERS = {"receipt": DocumentType.RECEIPT, "payment": DocumentType.PAYMENT}


def party_of(ledger: Ledger, key: str) -> Party:
    """A party by its id (``12``) or its code (``C0001``)."""
    key = key.strip()
    if key.isdigit():
        return ledger.party(int(key))
    for party in ledger.parties():
        if party.code.casefold() == key.casefold():
            return party
    raise LedgerError.of("party-unknown", "", party=key)


def _requests(
    args: argparse.Namespace, ctx: CommandContext
) -> tuple[AllocationRequest, ...] | None:
    if args.on_account and args.allocate:
        raise UsageError(ctx.tr("--on-account and --allocate exclude each other"))
    return () if args.on_account else args.allocate


def _report(ctx: CommandContext, result: payments.AllocationResult) -> int:
    if not result.done:
        for problem in result.problems:
            ctx.complain(ctx.problem(problem))
        return EXIT_FAILURE
    document = result.document
    assert document is not None
    numbers = ctx.ledger.documents_by_id([a.target_id for a in result.allocations])
    for allocation in result.allocations:
        target = numbers.get(allocation.target_id)
        ctx.say(
            ctx.tr(
                "{source} settles {target}: {amount}",
                source=document.display_number,
                target=target.display_number if target else allocation.target_id,
                amount=allocation.amount,
            )
        )
    left = payments.left_of(ctx.ledger, document)
    ctx.say(
        ctx.tr(
            "{number}: {total} {currency}, {left} on account",
            number=document.display_number,
            total=document.totals.gross,
            currency=document.currency,
            left=left,
        )
    )
    return EXIT_OK


def run_add(args: argparse.Namespace, ctx: CommandContext) -> int:
    party = party_of(ctx.ledger, args.party)
    assert party.id is not None
    voucher = payments.Voucher(
        VOUCHERS[args.voucher],
        party.id,
        args.date,
        args.amount,
        currency=(args.currency or "").upper(),
        rate=args.rate,
        method=PaymentMethod(args.method),
        reference=args.reference,
        allocate=_requests(args, ctx),
        bank_account=args.bank_account,
    )
    return _report(ctx, payments.record(ctx.ledger, voucher, by=ctx.session))


def _source_id(ctx: CommandContext, doc_type: DocumentType, number: str) -> int:
    series, _, digits = number.strip().rpartition("-")
    if not digits.isdigit():
        raise UsageError(
            ctx.tr("{number} is not a document number such as 17 or REC-17", number=repr(number))
        )
    found = ctx.ledger.find_document(doc_type, int(digits), series or None)
    if found is None or found.id is None:
        raise LedgerError.of("document-not-found", "", type=doc_type, number=number)
    return found.id


def run_allocate(args: argparse.Namespace, ctx: CommandContext) -> int:
    source = _source_id(ctx, VOUCHERS[args.voucher], args.number)
    result = payments.allocate(
        ctx.ledger, source, _requests(args, ctx), on=args.date, by=ctx.session
    )
    return _report(ctx, result)


def _row(ctx: CommandContext, allocation: Allocation) -> list[str]:
    docs = ctx.ledger.documents_by_id([allocation.source_id, allocation.target_id])
    source, target = docs.get(allocation.source_id), docs.get(allocation.target_id)
    return [
        str(allocation.id),
        source.display_number if source else str(allocation.source_id),
        target.display_number if target else str(allocation.target_id),
        str(allocation.amount),
        allocation.date.isoformat(),
        allocation.reversed_on.isoformat() if allocation.reversed_on else "",
    ]


def run_allocation_list(args: argparse.Namespace, ctx: CommandContext) -> int:
    document = _source_id(ctx, DocumentType(args.type), args.number)
    rows = [_row(ctx, a) for a in payments.allocations(ctx.ledger, document)]
    ctx.print_table(
        ["id", ctx.tr("from"), ctx.tr("to"), ctx.tr("amount"), ctx.tr("date"), ctx.tr("reversed")],
        rows,
        right=frozenset({0, 3}),
    )
    return EXIT_OK


def run_allocation_reverse(args: argparse.Namespace, ctx: CommandContext) -> int:
    undone = payments.reverse(ctx.ledger, args.id, on=args.date, by=ctx.session)
    ctx.say(
        ctx.tr(
            "Allocation {id} reversed from {date}: {amount} is on account again",
            id=undone.id,
            date=undone.reversed_on,
            amount=undone.amount,
        )
    )
    return EXIT_OK

"""Money received and paid: a receipt or payment voucher as an amount, posted and allocated to
the invoices it settles in one transaction; later allocations of what is left; reversals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from ledgerpost.domain.accounts import Role
from ledgerpost.domain.allocation import Allocation, AllocationRequest
from ledgerpost.domain.documents import (
    MONEY_MOVES,
    Document,
    DocumentState,
    DocumentType,
    PaymentMethod,
    amount_line,
)
from ledgerpost.domain.problems import Problem
from ledgerpost.domain.users import Right, SignedIn
from ledgerpost.services import access, allocating
from ledgerpost.services.ledger import Ledger, post_in
from ledgerpost.storage import allocation_repository as allocation_repo
from ledgerpost.storage import chart_repository as chart_repo
from ledgerpost.storage import document_repository as document_repo
from ledgerpost.storage import party_repository as party_repo

VOUCHER_LINE = {DocumentType.RECEIPT: "Payment received", DocumentType.PAYMENT: "Payment made"}


@dataclass(frozen=True, slots=True)
class Voucher:
    """Money received from (``RECEIPT``) or paid to (``PAYMENT``) a party.

    ``allocate``: None settles the party's open invoices oldest first; ``()`` leaves it all on
    account; else the invoices named, each by the amount given or all it can.
    """

    type: DocumentType
    party_id: int
    date: dt.date
    amount: Decimal
    currency: str = ""
    rate: Decimal | None = None
    """In another currency than the company's: its units for one of the company's."""
    method: PaymentMethod = PaymentMethod.BANK
    reference: str = ""
    allocate: tuple[AllocationRequest, ...] | None = None
    bank_account: str = ""
    """The chart's bank account the money went through (by bank or card); empty: the default
    bank account. Cash goes through none: it is booked to the chart's cash account."""


@dataclass(frozen=True, slots=True)
class AllocationResult:
    """What was allocated (and the voucher posted, if one was made), or why nothing was."""

    document: Document | None
    allocations: tuple[Allocation, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def done(self) -> bool:
        return not self.problems

    @property
    def allocated(self) -> Decimal:
        return sum((a.amount for a in self.allocations), Decimal(0))


class _Refused(Exception):
    """Rolls the transaction back and carries the problems out."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__()
        self.problems = tuple(problems)


def record(ledger: Ledger, voucher: Voucher, by: SignedIn | None = None) -> AllocationResult:
    """Post the voucher and make its allocations in one transaction; nothing is written when
    anything is wrong (``NotAllowed`` when ``by`` may not post documents)."""
    if voucher.type not in MONEY_MOVES:
        raise ValueError(f"a {voucher.type.value} is not a receipt or payment")
    company = ledger.require_company()
    try:
        with ledger.db.write() as s:
            access.require(s, by, Right.POST_DOCUMENTS)
            allocating.hold(s)
            party = party_repo.find_party(s, voucher.party_id)
            bank_account = _bank_account(s, voucher)
            draft = document_repo.save_document(
                s,
                Document(
                    voucher.type,
                    voucher.party_id,
                    voucher.date,
                    voucher.currency or company.currency,
                    amount_line(voucher.amount, VOUCHER_LINE[voucher.type]),
                    party_name=party.name if party else "",
                    state=DocumentState.DRAFT,
                    reference=voucher.reference,
                    method=voucher.method,
                    bank_account=bank_account,
                    rate=None if voucher.currency in ("", company.currency) else voucher.rate,
                ),
            )
            assert draft.id is not None
            posted = post_in(s, draft.id)
            if not posted.posted:
                raise _Refused(posted.problems)
            made, problems = allocating.allocate_in(s, draft.id, voucher.allocate)
            if problems:
                raise _Refused(problems)
            return AllocationResult(posted.document, tuple(made))
    except _Refused as refused:
        return AllocationResult(None, problems=refused.problems)


def _bank_account(s: Session, voucher: Voucher) -> str:
    """The code the voucher keeps for its bank account: empty for the default one."""
    code = voucher.bank_account.strip()
    if not code:
        return ""
    if voucher.method is PaymentMethod.CASH:
        raise _Refused([Problem.of("voucher-cash-bank", "bank account", account=code)])
    account = chart_repo.chart(s).get(code)
    if account is None or not account.bank or account.archived:
        raise _Refused([Problem.of("voucher-bank-account", "bank account", account=code)])
    return "" if account.role is Role.BANK else code


def allocate(
    ledger: Ledger,
    source_id: int,
    requests: Sequence[AllocationRequest] | None = None,
    *,
    on: dt.date | None = None,
    by: SignedIn | None = None,
) -> AllocationResult:
    """Allocate what is left of a posted receipt, payment or credit note (see ``Voucher``)."""
    try:
        with ledger.db.write() as s:
            access.require(s, by, Right.POST_DOCUMENTS)
            made, problems = allocating.allocate_in(s, source_id, requests, on)
            if problems:
                raise _Refused(problems)
            return AllocationResult(document_repo.get_document(s, source_id), tuple(made))
    except _Refused as refused:
        return AllocationResult(None, problems=refused.problems)


def reverse(
    ledger: Ledger, allocation_id: int, *, on: dt.date | None = None, by: SignedIn | None = None
) -> Allocation:
    """Undo an allocation; the money is on account again and the invoice open again."""
    with ledger.db.write() as s:
        access.require(s, by, Right.POST_DOCUMENTS)
        return allocating.reverse_in(s, allocation_id, on or dt.date.today())


def allocations(ledger: Ledger, document_id: int) -> list[Allocation]:
    """Every allocation from or to the document, reversed ones too."""
    with ledger.db.read() as s:
        return allocation_repo.allocations_of(s, document_id)


def left_of(ledger: Ledger, document: Document) -> Decimal:
    """What of a posted receipt, payment or credit note is not yet allocated (on account)."""
    assert document.id is not None
    with ledger.db.read() as s:
        found = allocation_repo.settleable(s, document.id)
    return found.left if found is not None else Decimal(0)

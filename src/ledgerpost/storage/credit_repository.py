"""The credit ledger and its balance rows, and the credits held by messages that may have been
accepted."""

from __future__ import annotations

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from ledgerpost.domain.credits import CreditEntry, CreditKind
from ledgerpost.domain.outbox import MAY_BE_ACCEPTED
from ledgerpost.storage.mail_models import CreditBalanceRow, CreditRow, OutboxRow
from ledgerpost.storage.types import enum_values, table_of

RESERVING = enum_values(MAY_BE_ACCEPTED)
"""A message in these states may have been accepted: it holds a credit until it is settled."""

BALANCE_SLOTS = 16
"""Rows of ``credit_balance`` (as migration 0009 made them): slot 0 for top-ups and grants."""
_BALANCE = table_of(CreditBalanceRow)
BALANCE = select(func.coalesce(func.sum(_BALANCE.c.balance), 0))
CHANGE_BALANCE = (
    update(_BALANCE)
    .where(_BALANCE.c.slot == bindparam("slot_number"))
    .values(balance=_BALANCE.c.balance + bindparam("change"))
)


def credit_balance(session: Session) -> int:
    """The balance: the sum of the few balance rows, always that of the credit ledger.

    No lock is needed to spend from it: every message was counted against the balance when it
    was claimed (claims take turns and never take more than the balance less the messages that
    may have been accepted), so a spend can never take it below zero; its check is a guard."""
    return int(session.scalar(BALANCE) or 0)


def credit_sum(session: Session) -> int:
    """The sum of the credit ledger itself (what the balance row must equal)."""
    return int(session.scalar(select(func.coalesce(func.sum(CreditRow.amount), 0))) or 0)


def reserved_credits(session: Session) -> int:
    return int(
        session.scalar(select(func.count(OutboxRow.id)).where(OutboxRow.status.in_(RESERVING))) or 0
    )


_AVAILABLE = select(
    BALANCE.scalar_subquery()
    - select(func.count(OutboxRow.id)).where(OutboxRow.status.in_(RESERVING)).scalar_subquery()
)


def available_credits(session: Session) -> int:
    """The balance less the credits held by messages that may have been accepted, read in one
    statement (one snapshot: a spend committed between two reads would count twice); built
    once (every claim reads it)."""
    return int(session.scalar(_AVAILABLE) or 0)


def add_credit(session: Session, entry: CreditEntry, slot: int = 0) -> None:
    session.add(
        CreditRow(
            kind=entry.kind.value,
            amount=entry.amount,
            reference=entry.reference,
            at=entry.at,
            user_name=entry.user,
            outbox_id=entry.outbox_id,
        )
    )
    session.flush()
    session.connection().execute(CHANGE_BALANCE, {"slot_number": slot, "change": entry.amount})


def credit_history(session: Session, limit: int = 500) -> list[CreditEntry]:
    rows = session.scalars(select(CreditRow).order_by(CreditRow.id.desc()).limit(limit))
    return [
        CreditEntry(CreditKind(r.kind), r.amount, r.reference, r.at, r.user_name, r.outbox_id)
        for r in rows
    ]


def spent_credits(session: Session) -> int:
    return -int(
        session.scalar(
            select(func.coalesce(func.sum(CreditRow.amount), 0)).where(
                CreditRow.kind == CreditKind.SPEND.value
            )
        )
        or 0
    )

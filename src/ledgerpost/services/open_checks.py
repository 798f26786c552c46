"""The ledger check's part on open items: each party's receivables (payables) in the journal
are its open items, and the open amounts the ledger keeps are what its documents sum to."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from ledgerpost.domain.documents import SETTLED, DocumentType
from ledgerpost.domain.invariants import OpenKey, check_kept_open, check_open_items
from ledgerpost.domain.open_items import SIDE_OF
from ledgerpost.domain.problems import Problem
from ledgerpost.storage import open_amount_repository as kept_repo
from ledgerpost.storage.open_amount_repository import Kept
from ledgerpost.storage.types import from_minor

_TYPE_OF = {t.value: t for t in DocumentType}


def open_item_problems(s: Session) -> list[Problem]:
    """Both comparisons, inside the caller's read transaction."""
    employees = kept_repo.employees(s)  # paid from other accounts, no open items
    summed = kept_repo.summed_balances(s)
    open_items: dict[tuple[int, str, str], Decimal] = {}
    for (party_id, doc_type, currency), (minor, _items) in summed.items():
        if party_id in employees:
            continue
        kind = _TYPE_OF[doc_type]
        key = (party_id, SIDE_OF[kind].value, currency)
        signed = minor if kind in SETTLED else -minor
        open_items[key] = open_items.get(key, Decimal(0)) + from_minor(signed, currency)
    journal = {
        (party_id, side.value, currency): from_minor(minor, currency)
        for (party_id, side, currency), minor in kept_repo.journal_balances(s).items()
        if party_id not in employees and minor
    }
    open_items = {k: v for k, v in open_items.items() if v}
    kept, sums = _differences(kept_repo.kept_balances(s), summed)
    kept_due, sums_due = _differences(
        kept_repo.kept_due_amounts(s), kept_repo.summed_due_amounts(s)
    )
    for where, amount in kept_due.items():
        kept[where] = kept.get(where, Decimal(0)) + amount
    for where, amount in sums_due.items():
        sums[where] = sums.get(where, Decimal(0)) + amount
    names: dict[int, str] = {}
    if journal != open_items or kept or sums:  # the names only to say who
        parties = {k[0] for k in (*journal, *open_items)} | {k[0] for k in (*kept, *sums)}
        names = kept_repo.party_names(s, parties)
    return check_open_items(journal, open_items, names) + check_kept_open(kept, sums, names)


def _differences(
    kept: Mapping[tuple[Any, ...], Kept], summed: Mapping[tuple[Any, ...], Kept]
) -> tuple[dict[OpenKey, Decimal], dict[OpenKey, Decimal]]:
    """Per party and currency, the amounts of the kept rows that differ from the documents'
    sums (in amount or in the documents counted) and those sums; empty when all agree."""
    rows: dict[OpenKey, Decimal] = {}
    sums: dict[OpenKey, Decimal] = {}
    for key in set(kept) | set(summed):
        if kept.get(key) == summed.get(key):
            continue
        party_id, currency = int(key[0]), str(key[2])
        where = (party_id, currency)
        kept_minor, _n = kept.get(key, (0, 0))
        summed_minor, _m = summed.get(key, (0, 0))
        rows[where] = rows.get(where, Decimal(0)) + from_minor(kept_minor, currency)
        sums[where] = sums.get(where, Decimal(0)) + from_minor(summed_minor, currency)
    return rows, sums

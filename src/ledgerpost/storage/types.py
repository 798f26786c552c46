"""Column types that keep exact values on every database, and the small typed helpers the
repositories share."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import CursorResult, Result, String, Table
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

from ledgerpost.domain.documents import canonical_decimal
from ledgerpost.domain.money import from_minor as from_minor  # kept here for the repositories
from ledgerpost.domain.money import minor_units


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal stored as its canonical text: SQLite has no exact numeric type."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        return None if value is None else canonical_decimal(Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


def to_minor(amount: Decimal, currency: str) -> int:
    """An amount in whole minor units (cents): exact, and summable in SQL."""
    return int(amount.scaleb(minor_units(currency)).to_integral_value())


def utc_now() -> datetime:
    """The time now in UTC, naive, as the ledger's date-time columns keep it."""
    return datetime.now(UTC).replace(tzinfo=None)


def enum_values(members: Iterable[StrEnum]) -> list[str]:
    """The values of enum members, sorted (statuses for an IN clause)."""
    return sorted(member.value for member in members)


def rows_changed(result: Result[Any]) -> int:
    """How many rows an UPDATE or DELETE changed (``execute`` types its result as a plain one)."""
    return cast("CursorResult[Any]", result).rowcount


def table_of(model: type[DeclarativeBase]) -> Table:
    """The table a mapped class is declared on, for Core statements."""
    table = model.__table__
    assert isinstance(table, Table)
    return table

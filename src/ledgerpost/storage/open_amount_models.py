"""The open amounts kept beside the documents (migration 0026): written by the database's
triggers on ``document`` only, in the transaction of the change; read by open items, ageing
and the ledger check. The code never writes them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Date, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ledgerpost.storage.models import Base


class OpenBalanceRow(Base):
    """What a party's posted documents of one type and currency have open in all: the sum of
    ``gross_minor - allocated_minor`` over the ``items`` whose kept amount is not their total."""

    __tablename__ = "open_balance"

    party_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(30), primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    open_minor: Mapped[int] = mapped_column(BigInteger)
    items: Mapped[int] = mapped_column(Integer)


class OpenAmountRow(Base):
    """The same for the documents that fall due, per due day: ``due_on`` is the due date, or
    the document's date with ``by_terms`` set (the company's payment terms then add to it)."""

    __tablename__ = "open_amount"
    __table_args__ = (
        # The ageing reads the rows due lately from this index alone.
        Index(
            "ix_open_amount_due_on",
            "due_on",
            "by_terms",
            "party_id",
            "type",
            "currency",
            "open_minor",
        ),
    )

    party_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(30), primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    due_on: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    by_terms: Mapped[int] = mapped_column(Integer, primary_key=True)
    open_minor: Mapped[int] = mapped_column(BigInteger)
    items: Mapped[int] = mapped_column(Integer)


KEPT_TABLES = (OpenBalanceRow.__tablename__, OpenAmountRow.__tablename__)
"""Filled by the triggers as documents are written: a copy of the ledger does not copy them."""

"""Receipts and payments as amounts, and allocations of money to invoices.

A receipt or payment voucher gains its method (bank, cash, card); every document a kept
``allocated_minor`` (the sum of its active allocations), and ``allocation`` rows match a
receipt, payment or credit note to the invoices it settles. Nothing posted changes: existing
vouchers keep their one line, their journal entry and their fingerprint (their method stays
unknown). What earlier ledgers said of a match is carried over: a credit note settles the
invoice it corrects, and a receipt whose reference names an invoice of the same customer
(``INV-17``, as the demo and many users wrote it) settles it, oldest receipt first, never
beyond either side's amount; the rest stays on account.

Revision ID: 0015
Revises: 0010 (relinked behind the round's other migrations when merged)
"""

from datetime import date, datetime

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0012"  # after the sending pace (numbers are names, the chain is this)
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("document", sa.Column("method", sa.String(length=10)))
    op.add_column(
        "document",
        sa.Column("allocated_minor", sa.BigInteger(), nullable=False, server_default="0"),
    )
    op.create_table(
        "allocation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("reversed_on", sa.Date()),
        sa.Column("reversed_at", sa.DateTime()),
        sa.ForeignKeyConstraint(
            ["source_id"], ["document.id"], name="fk_allocation_source_id_document"
        ),
        sa.ForeignKeyConstraint(
            ["target_id"], ["document.id"], name="fk_allocation_target_id_document"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_allocation"),
    )
    op.create_index("ix_allocation_source_id", "allocation", ["source_id"])
    op.create_index("ix_allocation_target_id", "allocation", ["target_id"])
    op.create_index("ix_allocation_date", "allocation", ["date"])
    op.create_index("ix_allocation_reversed_on", "allocation", ["reversed_on"])
    _carry_over_matches()


def downgrade() -> None:
    op.drop_index("ix_allocation_reversed_on", table_name="allocation")
    op.drop_index("ix_allocation_date", table_name="allocation")
    op.drop_index("ix_allocation_target_id", table_name="allocation")
    op.drop_index("ix_allocation_source_id", table_name="allocation")
    op.drop_table("allocation")
    op.execute("ALTER TABLE document DROP COLUMN allocated_minor")
    op.execute("ALTER TABLE document DROP COLUMN method")


def _carry_over_matches() -> None:
    bind = op.get_bind()
    posted = sa.text(
        "SELECT id, party_id, type, gross_minor, date, currency, series, number,"
        " reference, credited_document_id FROM document WHERE state = 'posted'"
        " AND type IN ('invoice', 'credit-note', 'receipt') ORDER BY date, id"
    )
    invoices: dict[int, list[int]] = {}  # id -> [what is still open]
    by_number: dict[tuple[int, str], int] = {}
    sources: list[tuple[int, int, int, date, str, int | None, str]] = []
    dates: dict[int, date] = {}
    for row in bind.execute(posted):
        day = row.date if isinstance(row.date, date) else date.fromisoformat(str(row.date))
        dates[row.id] = day
        if row.type == "invoice":
            invoices[row.id] = [row.gross_minor]
            by_number[(row.party_id, f"{row.series}-{row.number}".casefold())] = row.id
        else:
            target = row.credited_document_id if row.type == "credit-note" else None
            sources.append(
                (row.id, row.party_id, row.gross_minor, day, row.currency, target, row.reference)
            )
    now = datetime.now()
    allocations = []
    allocated: dict[int, int] = {}
    for source_id, party_id, gross, day, currency, target, reference in sources:
        if target is None:
            target = by_number.get((party_id, (reference or "").strip().casefold()))
        if target is None or target not in invoices:
            continue
        amount = min(gross, invoices[target][0])
        if amount <= 0:
            continue
        invoices[target][0] -= amount
        allocated[source_id] = allocated.get(source_id, 0) + amount
        allocated[target] = allocated.get(target, 0) + amount
        allocations.append(
            {
                "source_id": source_id,
                "target_id": target,
                "amount_minor": amount,
                "currency": currency,
                "date": max(day, dates[target]),
                "created_at": now,
            }
        )
    if not allocations:
        return
    table = sa.table(
        "allocation",
        sa.column("source_id", sa.Integer()),
        sa.column("target_id", sa.Integer()),
        sa.column("amount_minor", sa.BigInteger()),
        sa.column("currency", sa.String()),
        sa.column("date", sa.Date()),
        sa.column("created_at", sa.DateTime()),
    )
    bind.execute(sa.insert(table), allocations)
    bind.execute(
        sa.text("UPDATE document SET allocated_minor = :amount WHERE id = :id"),
        [{"id": doc_id, "amount": amount} for doc_id, amount in allocated.items()],
    )

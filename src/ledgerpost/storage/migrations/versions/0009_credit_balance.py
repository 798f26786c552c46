"""The credit balance in a few rows of its own, changed with every credit entry.

Each accepted message spends a credit only if the balance allows it. The balance was the sum of
the whole credit ledger, read for every message: under PostgreSQL (where a worker cannot keep
a running sum, ids being taken before commit) that read grew with every message ever sent,
about a millisecond at 2,000 entries. Now it is the sum of 16 rows ("slots"); top-ups change
slot 0, and each delivery worker spends from a slot of its own, so that workers on a shared
ledger do not queue behind one row's lock until each other's commit. The ledger itself stays
append-only; the slots always add up to its sum.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


SLOTS = 16


def upgrade() -> None:
    op.create_table(
        "credit_balance",
        sa.Column("slot", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("balance", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("slot", name="pk_credit_balance"),
    )
    op.execute(
        "INSERT INTO credit_balance (slot, balance) "
        "SELECT 0, COALESCE(SUM(amount), 0) FROM credit_entry"
    )
    for slot in range(1, SLOTS):
        op.execute(f"INSERT INTO credit_balance (slot, balance) VALUES ({slot}, 0)")


def downgrade() -> None:
    op.drop_table("credit_balance")

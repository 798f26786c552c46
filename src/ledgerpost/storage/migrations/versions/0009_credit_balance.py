"""The credit balance in a row of its own, changed with every credit entry.

Each accepted message spends a credit only if the balance allows it. The balance was the sum of
the whole credit ledger, read for every message: under PostgreSQL (where a worker cannot keep
a running sum, ids being taken before commit) that read grew with every message ever sent,
about a millisecond at 2,000 entries. Now it is one row, locked by the spend that changes it.
The ledger itself stays append-only; the row always equals its sum.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "credit_balance",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("balance", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_credit_balance"),
    )
    op.execute(
        "INSERT INTO credit_balance (id, balance) "
        "SELECT 1, COALESCE(SUM(amount), 0) FROM credit_entry"
    )


def downgrade() -> None:
    op.drop_table("credit_balance")

"""The books a bookkeeper keeps: the chart of accounts with roles, VAT codes and archiving;
manual journal entries numbered in their own series, drafts until posted, reversible.

The accounts already in the ledger keep their codes (journal lines point at them); the ten
default ones and the opening-balance account get the role the posting code finds them by.

Revision ID: 0018
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"  # after the reminders (numbers are names, the chain is this)
branch_labels = None
depends_on = None

ROLES = {
    "1000": "bank",
    "1200": "receivables",
    "1400": "input-vat",
    "2000": "payables",
    "2100": "employee-payables",
    "2400": "output-vat",
    "3000": "equity",
    "4000": "sales",
    "5000": "purchases",
    "6000": "employee-costs",
    "3900": "opening-balances",
}


def upgrade() -> None:
    op.add_column("account", sa.Column("role", sa.String(length=30), nullable=True))
    op.add_column(
        "account", sa.Column("vat_code", sa.String(length=20), nullable=False, server_default="")
    )
    op.add_column(
        "account",
        sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_index("ux_account_role", "account", ["role"], unique=True)
    account = sa.table("account", sa.column("code", sa.String), sa.column("role", sa.String))
    for code, role in ROLES.items():
        op.execute(account.update().where(account.c.code == code).values(role=role))
    op.add_column("journal_entry", sa.Column("number", sa.Integer(), nullable=True))
    op.add_column(
        "journal_entry",
        sa.Column("state", sa.String(length=10), nullable=False, server_default="posted"),
    )
    op.add_column("journal_entry", sa.Column("reverses_id", sa.Integer(), nullable=True))
    op.add_column(
        "journal_line", sa.Column("text", sa.String(length=300), nullable=False, server_default="")
    )
    op.create_index("ux_journal_entry_number", "journal_entry", ["number"], unique=True)
    op.add_column(
        "party", sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false())
    )


def downgrade() -> None:
    op.execute("ALTER TABLE party DROP COLUMN archived")
    op.drop_index("ux_journal_entry_number", "journal_entry")
    op.execute("ALTER TABLE journal_line DROP COLUMN text")
    for name in ("reverses_id", "state", "number"):
        op.execute(f"ALTER TABLE journal_entry DROP COLUMN {name}")
    op.drop_index("ux_account_role", "account")
    for name in ("archived", "vat_code", "role"):
        op.execute(f"ALTER TABLE account DROP COLUMN {name}")

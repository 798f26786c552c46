"""Documents in another currency than the company's carry an exchange rate, and post to the
journal in the company's currency: each journal line keeps its document-currency amount, an
allocation keeps what each side was booked at, and its exchange difference is an entry of its
own. Every row already there stays as it was (rates NULL: documents in the company's currency
need none, and those posted in another currency before keep their entry in that currency).
Going back to 0024 removes the exchange difference entries and the new columns.

Revision ID: 0025
Revises: 0027
"""

import sqlalchemy as sa
from alembic import op

revision = "0025"
down_revision = "0027"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("document", sa.Column("exchange_rate", sa.String(length=40), nullable=True))
    op.add_column("allocation", sa.Column("source_base_minor", sa.BigInteger(), nullable=True))
    op.add_column("allocation", sa.Column("target_base_minor", sa.BigInteger(), nullable=True))
    op.add_column("journal_entry", sa.Column("allocation_id", sa.Integer(), nullable=True))
    op.create_index(
        "ix_journal_entry_allocation_id", "journal_entry", ["allocation_id"], unique=False
    )
    op.add_column("journal_line", sa.Column("document_currency", sa.String(3), nullable=True))
    op.add_column("journal_line", sa.Column("document_minor", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    # An older program knows no exchange differences: their entries go with the columns.
    op.execute(
        "DELETE FROM journal_line WHERE entry_id IN "
        "(SELECT id FROM journal_entry WHERE allocation_id IS NOT NULL)"
    )
    op.execute("DELETE FROM journal_entry WHERE allocation_id IS NOT NULL")
    # In place, as 0016 does: a copied table would trip the foreign keys pointing at it.
    for name in ("document_minor", "document_currency"):
        op.execute(f"ALTER TABLE journal_line DROP COLUMN {name}")
    op.drop_index("ix_journal_entry_allocation_id", "journal_entry")
    op.execute("ALTER TABLE journal_entry DROP COLUMN allocation_id")
    for name in ("target_base_minor", "source_base_minor"):
        op.execute(f"ALTER TABLE allocation DROP COLUMN {name}")
    op.execute("ALTER TABLE document DROP COLUMN exchange_rate")

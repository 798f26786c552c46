"""The language a customer letter is written in: its print copy's labels and its message's
words follow it; empty (every letter written before) means the party's language.

Revision ID: 0021
Revises: 0020
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("document", sa.Column("letter_language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    # In place, as 0016 does: a copied document table would trip the foreign keys pointing at it.
    op.execute("ALTER TABLE document DROP COLUMN letter_language")

"""The open documents' index: posted or not, every document whose kept allocated amount is not
its total (an invoice with something to pay, money on account), with what open items and
ageing read of it, so they read only those and never touch the table.

Revision ID: 0022
Revises: 0021
"""

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

OPEN = "allocated_minor != gross_minor"
COLUMNS = [
    "party_id",
    "type",
    "currency",
    "date",
    "due_date",
    "state",
    "gross_minor",
    "allocated_minor",
]


def upgrade() -> None:
    op.create_index(
        "ix_document_open",
        "document",
        COLUMNS,
        sqlite_where=sa.text(OPEN),
        postgresql_where=sa.text(OPEN),
    )


def downgrade() -> None:
    op.drop_index("ix_document_open", table_name="document")

"""Indexes that keep document lists fast on a million-document ledger.

Newest first (by type or overall), a number range within a type, and one party's documents
by date for statements.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_document_type_date_id": ["type", "date", "id"],
    "ix_document_date_id": ["date", "id"],
    "ix_document_type_number": ["type", "number"],
    "ix_document_party_id_date": ["party_id", "date"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "document", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="document")

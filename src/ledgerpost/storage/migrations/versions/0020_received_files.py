"""Received files: the e-invoice (XML or Factur-X PDF) a draft purchase invoice was imported
from, kept with its sha256 beside the draft.

Revision ID: 0020
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0018"  # after the books (numbers are names, the chain is this)
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "received_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name="fk_received_file_document_id_document"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_received_file"),
        sa.UniqueConstraint("document_id", name="uq_received_file_document_id"),
    )


def downgrade() -> None:
    op.drop_table("received_file")

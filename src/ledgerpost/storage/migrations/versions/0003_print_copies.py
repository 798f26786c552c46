"""Stored print copies: the PDF of a posted document, rendered once and kept with its sha256.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_copy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name="fk_print_copy_document_id_document"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_print_copy"),
        sa.UniqueConstraint("document_id", name="uq_print_copy_document_id"),
    )


def downgrade() -> None:
    op.drop_table("print_copy")

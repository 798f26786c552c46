"""Letter batches: ``letter_copy`` names, for each letter a batch made, its template and its
party (unique together), so a batch run again makes no letter twice. A table of its own; no
existing row changes.

Revision ID: 0023
Revises: 0022
"""

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "letter_copy",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("template", sa.String(length=80), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["document.id"], name="fk_letter_copy_document_id_document"
        ),
        sa.ForeignKeyConstraint(["party_id"], ["party.id"], name="fk_letter_copy_party_id_party"),
        sa.PrimaryKeyConstraint("document_id", name="pk_letter_copy"),
        sa.UniqueConstraint("template", "party_id", name="uq_letter_copy_template"),
    )
    op.create_index("ix_letter_copy_party_id", "letter_copy", ["party_id"])


def downgrade() -> None:
    op.drop_index("ix_letter_copy_party_id", table_name="letter_copy")
    op.drop_table("letter_copy")

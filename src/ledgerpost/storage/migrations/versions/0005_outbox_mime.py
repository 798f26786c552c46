"""A message's MIME bytes in a table of their own.

Status changes rewrite an outbox row; with the bytes (about 65 KB for a one-page invoice) in
the row, each one rewrote them too, and every outbox list read past them. The bytes are written
once, with the data mark, and read only to send or show the message.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outbox_mime",
        sa.Column("outbox_id", sa.Integer(), nullable=False),
        sa.Column("mime", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["outbox_id"],
            ["outbox_message.id"],
            name="fk_outbox_mime_outbox_id_outbox_message",
        ),
        sa.PrimaryKeyConstraint("outbox_id", name="pk_outbox_mime"),
    )
    op.execute(
        "INSERT INTO outbox_mime (outbox_id, mime) "
        "SELECT id, mime FROM outbox_message WHERE mime IS NOT NULL"
    )
    # Both SQLite (3.35 and later) and PostgreSQL drop a plain column in place.
    op.execute("ALTER TABLE outbox_message DROP COLUMN mime")


def downgrade() -> None:
    op.add_column("outbox_message", sa.Column("mime", sa.LargeBinary(), nullable=True))
    op.execute(
        "UPDATE outbox_message SET mime = "
        "(SELECT mime FROM outbox_mime WHERE outbox_mime.outbox_id = outbox_message.id)"
    )
    op.drop_table("outbox_mime")

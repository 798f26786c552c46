"""Batches get their ids from a table of their own.

A batch's id was the largest one in the outbox plus one, read before its messages were written:
two batches queued at once (two desks, or a window and ``ledgerpost batch``) could be given the
same id, and pausing one would pause both. Now the id is a row, made in a write transaction,
with who queued the batch, when, and what it selected.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "send_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("selection", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_send_batch"),
    )
    # The batches queued before: ids kept, so new ones never reuse them.
    op.execute(
        "INSERT INTO send_batch (id, created_at, created_by, selection) "
        "SELECT batch_id, MIN(queued_at), MIN(queued_by), '' FROM outbox_message "
        "WHERE batch_id IS NOT NULL GROUP BY batch_id"
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "SELECT setval(pg_get_serial_sequence('send_batch', 'id'), "
            "COALESCE((SELECT MAX(id) FROM send_batch), 0) + 1, false)"
        )


def downgrade() -> None:
    op.drop_table("send_batch")

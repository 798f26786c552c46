"""The outbox keeps why a message failed as a code and its values, not only English text.

``last_error_code`` names the sentence in the problem catalogue and ``last_error_params`` (JSON
text) holds its values, so the window can say it in its own language. ``last_error`` keeps the
English sentence: rows written before this revision have only that, and are shown as they are.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outbox_message", sa.Column("last_error_code", sa.String(length=64)))
    op.add_column("outbox_message", sa.Column("last_error_params", sa.Text()))


def downgrade() -> None:
    # In place (SQLite 3.35+ and PostgreSQL): a copied table would trip the foreign keys of
    # the attachment and MIME rows that point at it.
    op.execute("ALTER TABLE outbox_message DROP COLUMN last_error_params")
    op.execute("ALTER TABLE outbox_message DROP COLUMN last_error_code")

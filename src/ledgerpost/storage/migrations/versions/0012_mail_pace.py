"""Each mail account's sending pace is kept in the ledger: what it used, and its pause.

Several delivery processes and desks on one ledger share one budget per account: a row per
account key, updated under a row lock (SELECT ... FOR UPDATE on PostgreSQL; SQLite's write
lock), with the time of the last message, the recipients and throttle replies of the day, and
the pause a throttle reply asked for.

Revision ID: 0012
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0014"  # after the e-invoice fields (numbers are names, the chain is this)
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mail_pace",
        sa.Column("account_key", sa.String(length=200), primary_key=True),
        sa.Column("last_sent_at", sa.DateTime()),
        sa.Column("day", sa.Date()),
        sa.Column("day_recipients", sa.Integer(), nullable=False),
        sa.Column("day_throttles", sa.Integer(), nullable=False),
        sa.Column("paused_until", sa.DateTime()),
    )


def downgrade() -> None:
    op.drop_table("mail_pace")

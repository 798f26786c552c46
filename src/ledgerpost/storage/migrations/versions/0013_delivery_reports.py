"""What comes back after sending: delivery outcomes, mailbox settings, bounced addresses.

``outbox_delivery`` keeps each sent message's outcome as delivery reports tell it (and whether
it asked for a read receipt); ``mailbox_settings`` and ``mailbox_mark`` say where a sending
account's mailbox is and how far each folder was read; ``applied_report`` keeps the reports
applied, so reading a folder again applies none twice; ``address_bounce`` marks the addresses
that bounced; ``ledger_key`` holds the key of the signed outbox reference. Tables of their own:
the outbox row itself is not changed.

Revision ID: 0013
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0015"  # after receipts and payments (numbers are names, the chain is this)
branch_labels = None
depends_on = None

_OUTBOX = "outbox_message.id"


def upgrade() -> None:
    op.create_table(
        "outbox_delivery",
        sa.Column("outbox_id", sa.Integer(), nullable=False),
        sa.Column("read_receipt", sa.Boolean(), nullable=False),
        sa.Column("delivery", sa.String(length=20), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("remote_text", sa.Text(), nullable=False),
        sa.Column("delivery_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["outbox_id"], [_OUTBOX], name="fk_outbox_delivery_outbox_id_outbox_message"
        ),
        sa.PrimaryKeyConstraint("outbox_id", name="pk_outbox_delivery"),
    )
    op.create_index("ix_outbox_delivery_delivery", "outbox_delivery", ["delivery"])
    op.create_table(
        "mailbox_settings",
        sa.Column("account_name", sa.String(length=100), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("security", sa.String(length=20), nullable=False),
        sa.Column("user", sa.String(length=320), nullable=False),
        sa.Column("folder", sa.String(length=255), nullable=False),
        sa.Column("move_to", sa.String(length=255), nullable=False),
        sa.Column("ca_file", sa.Text(), nullable=False),
        sa.Column("read_receipts", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("account_name", name="pk_mailbox_settings"),
    )
    op.create_table(
        "mailbox_mark",
        sa.Column("account_name", sa.String(length=100), nullable=False),
        sa.Column("folder", sa.String(length=255), nullable=False),
        sa.Column("mark", sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint("account_name", "folder", name="pk_mailbox_mark"),
    )
    op.create_table(
        "applied_report",
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("outbox_id", sa.Integer(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["outbox_id"], [_OUTBOX], name="fk_applied_report_outbox_id_outbox_message"
        ),
        sa.PrimaryKeyConstraint("digest", name="pk_applied_report"),
    )
    op.create_index("ix_applied_report_outbox_id", "applied_report", ["outbox_id"])
    op.create_table(
        "address_bounce",
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("bounced_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("remote_text", sa.Text(), nullable=False),
        sa.Column("outbox_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["outbox_id"], [_OUTBOX], name="fk_address_bounce_outbox_id_outbox_message"
        ),
        sa.PrimaryKeyConstraint("address", name="pk_address_bounce"),
    )
    op.create_table(
        "ledger_key",
        sa.Column("purpose", sa.String(length=50), nullable=False),
        sa.Column("key", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("purpose", name="pk_ledger_key"),
    )


def downgrade() -> None:
    for table in ("ledger_key", "address_bounce", "applied_report", "mailbox_mark"):
        op.drop_table(table)
    op.drop_table("mailbox_settings")
    op.drop_index("ix_outbox_delivery_delivery", table_name="outbox_delivery")
    op.drop_table("outbox_delivery")

"""The mailer: settings, outbox, extra attachments, credits, recent recipients, workers.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "setting",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "outbox_message",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("message_id", sa.String(250), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("document.id"), nullable=True),
        sa.Column("party_id", sa.Integer, sa.ForeignKey("party.id"), nullable=True),
        sa.Column("period_start", sa.Date, nullable=True),
        sa.Column("period_end", sa.Date, nullable=True),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("sender", sa.Text, nullable=False),
        sa.Column("reply_to", sa.Text, nullable=False),
        sa.Column("to_addrs", sa.Text, nullable=False),
        sa.Column("cc_addrs", sa.Text, nullable=False),
        sa.Column("bcc_addrs", sa.Text, nullable=False),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("subject_prefix", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("greeting", sa.Text, nullable=False),
        sa.Column("signature", sa.Text, nullable=False),
        sa.Column("attach_print_copy", sa.Boolean, nullable=False),
        sa.Column("send_at", sa.DateTime, nullable=True),
        sa.Column("queued_at", sa.DateTime, nullable=False),
        sa.Column("queued_by", sa.String(100), nullable=False),
        sa.Column("batch_id", sa.Integer, nullable=True),
        sa.Column("resend_of", sa.Integer, sa.ForeignKey("outbox_message.id"), nullable=True),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("first_attempt_at", sa.DateTime, nullable=True),
        sa.Column("next_attempt_at", sa.DateTime, nullable=False),
        sa.Column("claimed_by", sa.String(64), nullable=True),
        sa.Column("claimed_at", sa.DateTime, nullable=True),
        sa.Column("data_at", sa.DateTime, nullable=True),
        sa.Column("mime", sa.LargeBinary, nullable=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("smtputf8", sa.Boolean, nullable=False),
        sa.Column("last_code", sa.Integer, nullable=True),
        sa.Column("last_error", sa.Text, nullable=False),
        sa.Column("server_reply", sa.Text, nullable=False),
        sa.Column("refused", sa.Text, nullable=False),
        sa.Column("sent_at", sa.DateTime, nullable=True),
        sa.UniqueConstraint("message_id", name="uq_outbox_message_message_id"),
    )
    op.create_index(
        "ix_outbox_message_status_next_attempt_at", "outbox_message", ["status", "next_attempt_at"]
    )
    op.create_index("ix_outbox_message_document_id", "outbox_message", ["document_id"])
    op.create_index("ix_outbox_message_party_id", "outbox_message", ["party_id"])
    op.create_index("ix_outbox_message_batch_id", "outbox_message", ["batch_id"])
    op.create_table(
        "outbox_attachment",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("outbox_id", sa.Integer, sa.ForeignKey("outbox_message.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("content_type", sa.String(100), nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
    )
    op.create_index("ix_outbox_attachment_outbox_id", "outbox_attachment", ["outbox_id"])
    op.create_table(
        "credit_entry",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("amount", sa.Integer, nullable=False),
        sa.Column("reference", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("user_name", sa.String(100), nullable=False),
        sa.Column("outbox_id", sa.Integer, sa.ForeignKey("outbox_message.id"), nullable=True),
        sa.UniqueConstraint("outbox_id", name="uq_credit_entry_outbox_id"),
    )
    op.create_table(
        "recent_recipient",
        sa.Column("party_id", sa.Integer, sa.ForeignKey("party.id"), primary_key=True),
        sa.Column("addresses", sa.Text, nullable=False),
        sa.Column("used_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "delivery_worker",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("host", sa.String(255), nullable=False),
        sa.Column("pid", sa.Integer, nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("heartbeat_at", sa.DateTime, nullable=False),
    )
    # Existing companies get their trial credits with the mailer.
    op.execute(
        "INSERT INTO credit_entry (kind, amount, reference, at, user_name) "
        "SELECT 'grant', 5, 'trial credits', CURRENT_TIMESTAMP, '' FROM company"
    )


def downgrade() -> None:
    for table in (
        "delivery_worker",
        "recent_recipient",
        "credit_entry",
        "outbox_attachment",
        "outbox_message",
        "setting",
    ):
        op.drop_table(table)

"""Payment reminders: ``reminder`` (a reminder document's level and run date), ``reminder_line``
(the invoices it named as they stood), ``reminder_party`` (a customer's "no reminders" and
"disputed" flags) and ``disputed_invoice``. Tables of their own; no existing row changes.

Revision ID: 0017
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"  # after the party copies (numbers are names, the chain is this)
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    name = f"fk_{table}_{column}_{target.split('.')[0]}"
    return sa.ForeignKeyConstraint([column], [target], name=name)


def upgrade() -> None:
    op.create_table(
        "reminder",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        _fk("reminder", "document_id", "document.id"),
        _fk("reminder", "party_id", "party.id"),
        sa.PrimaryKeyConstraint("document_id", name="pk_reminder"),
    )
    op.create_index("ix_reminder_as_of", "reminder", ["as_of"])
    op.create_index("ix_reminder_party_id", "reminder", ["party_id"])
    op.create_table(
        "reminder_line",
        sa.Column("reminder_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("total_minor", sa.BigInteger(), nullable=False),
        sa.Column("open_minor", sa.BigInteger(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        _fk("reminder_line", "reminder_id", "reminder.document_id"),
        _fk("reminder_line", "invoice_id", "document.id"),
        sa.PrimaryKeyConstraint("reminder_id", "invoice_id", name="pk_reminder_line"),
    )
    op.create_index("ix_reminder_line_invoice_id", "reminder_line", ["invoice_id"])
    op.create_table(
        "reminder_party",
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("no_reminders", sa.Boolean(), nullable=False),
        sa.Column("disputed", sa.Boolean(), nullable=False),
        _fk("reminder_party", "party_id", "party.id"),
        sa.PrimaryKeyConstraint("party_id", name="pk_reminder_party"),
    )
    op.create_table(
        "disputed_invoice",
        sa.Column("document_id", sa.Integer(), nullable=False),
        _fk("disputed_invoice", "document_id", "document.id"),
        sa.PrimaryKeyConstraint("document_id", name="pk_disputed_invoice"),
    )


def downgrade() -> None:
    op.drop_table("disputed_invoice")
    op.drop_table("reminder_party")
    op.drop_index("ix_reminder_line_invoice_id", table_name="reminder_line")
    op.drop_table("reminder_line")
    op.drop_index("ix_reminder_party_id", table_name="reminder")
    op.drop_index("ix_reminder_as_of", table_name="reminder")
    op.drop_table("reminder")

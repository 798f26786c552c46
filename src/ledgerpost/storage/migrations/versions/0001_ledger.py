"""The ledger: company, chart of accounts, parties, series, documents and journal.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "company",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("street", sa.String(200), nullable=False),
        sa.Column("postal_code", sa.String(20), nullable=False),
        sa.Column("city", sa.String(100), nullable=False),
        sa.Column("country", sa.String(100), nullable=False),
        sa.Column("vat_number", sa.String(40), nullable=False),
        sa.Column("registration_number", sa.String(40), nullable=False),
        sa.Column("sender_name", sa.String(200), nullable=False),
        sa.Column("sender_address", sa.String(320), nullable=False),
        sa.Column("reply_to", sa.String(320), nullable=False),
        sa.Column("bank_account", sa.String(60), nullable=False),
        sa.Column("payment_terms_days", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "account",
        sa.Column("code", sa.String(20), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
    )
    op.create_table(
        "party",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("vat_number", sa.String(40), nullable=False),
        sa.Column("street", sa.String(200), nullable=False),
        sa.Column("postal_code", sa.String(20), nullable=False),
        sa.Column("city", sa.String(100), nullable=False),
        sa.Column("country", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_party_kind_name", "party", ["kind", "name"])
    op.create_table(
        "contact_person",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("party_id", sa.Integer, sa.ForeignKey("party.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
    )
    op.create_index("ix_contact_person_party_id", "contact_person", ["party_id"])
    op.create_table(
        "party_email",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("party_id", sa.Integer, sa.ForeignKey("party.id"), nullable=False),
        sa.Column("contact_id", sa.Integer, sa.ForeignKey("contact_person.id"), nullable=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("address", sa.String(320), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
    )
    op.create_index("ix_party_email_party_id", "party_email", ["party_id"])
    op.create_index("ix_party_email_contact_id", "party_email", ["contact_id"])
    op.create_table(
        "series",
        sa.Column("code", sa.String(20), primary_key=True),
        sa.Column("document_type", sa.String(30), nullable=False),
        sa.Column("next_number", sa.Integer, nullable=False),
    )
    op.create_table(
        "document",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("type", sa.String(30), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("series", sa.String(20), nullable=False),
        sa.Column("number", sa.Integer, nullable=True),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("due_date", sa.Date, nullable=True),
        sa.Column("party_id", sa.Integer, sa.ForeignKey("party.id"), nullable=False),
        sa.Column("party_name", sa.String(200), nullable=False),
        sa.Column("contact_id", sa.Integer, sa.ForeignKey("contact_person.id"), nullable=True),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("reference", sa.String(100), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("recipients", sa.Text, nullable=False),
        sa.Column("reply_to", sa.String(320), nullable=False),
        sa.Column("credited_document_id", sa.Integer, sa.ForeignKey("document.id"), nullable=True),
        sa.Column("letter_subject", sa.String(300), nullable=True),
        sa.Column("letter_body", sa.Text, nullable=True),
        sa.Column("letter_greeting", sa.Text, nullable=True),
        sa.Column("letter_signer", sa.String(200), nullable=True),
        sa.Column("net_minor", sa.BigInteger, nullable=False),
        sa.Column("vat_minor", sa.BigInteger, nullable=False),
        sa.Column("gross_minor", sa.BigInteger, nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("posted_at", sa.DateTime, nullable=True),
        sa.UniqueConstraint("series", "number", name="uq_document_series_number"),
    )
    op.create_table(
        "document_line",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("document.id"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("quantity", sa.String(40), nullable=False),
        sa.Column("unit_price", sa.String(40), nullable=False),
        sa.Column("vat_rate", sa.String(40), nullable=False),
    )
    op.create_index("ix_document_line_document_id", "document_line", ["document_id"])
    op.create_table(
        "journal_entry",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("description", sa.String(300), nullable=False),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("document.id"), nullable=True),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("document_id", name="uq_journal_entry_document_id"),
    )
    op.create_index("ix_journal_entry_date", "journal_entry", ["date"])
    op.create_table(
        "journal_line",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("journal_entry.id"), nullable=False),
        sa.Column("account", sa.String(20), sa.ForeignKey("account.code"), nullable=False),
        sa.Column("party_id", sa.Integer, sa.ForeignKey("party.id"), nullable=True),
        sa.Column("debit_minor", sa.BigInteger, nullable=False),
        sa.Column("credit_minor", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_journal_line_entry_id", "journal_line", ["entry_id"])
    op.create_index("ix_journal_line_account", "journal_line", ["account"])


def downgrade() -> None:
    for table in (
        "journal_line",
        "journal_entry",
        "document_line",
        "document",
        "series",
        "party_email",
        "contact_person",
        "party",
        "account",
        "company",
    ):
        op.drop_table(table)

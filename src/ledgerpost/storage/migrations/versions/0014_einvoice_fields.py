"""What an EN 16931 e-invoice needs of the company and of a customer card.

Company: the country code of its address (BT-40), the BIC of its bank (BT-86), the contact's
telephone (BT-42) and its electronic address (BT-34). Party: the country code (BT-55), the
buyer reference or Leitweg-ID (BT-10), the electronic address (BT-49) and the e-invoice format
the customer takes (empty: the default for the kind of customer). Every column starts empty.

Revision ID: 0014
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0011"  # after the sending accounts (numbers are names, the chain is this)
branch_labels = None
depends_on = None

COMPANY = (
    ("country_code", 2),
    ("bank_bic", 11),
    ("phone", 40),
    ("electronic_address", 320),
    ("electronic_scheme", 10),
)
PARTY = (
    ("country_code", 2),
    ("buyer_reference", 100),
    ("electronic_address", 320),
    ("electronic_scheme", 10),
    ("einvoice_format", 20),
)


def upgrade() -> None:
    for table, columns in (("company", COMPANY), ("party", PARTY)):
        for name, length in columns:
            op.add_column(
                table,
                sa.Column(name, sa.String(length=length), nullable=False, server_default=""),
            )


def downgrade() -> None:
    # In place (SQLite 3.35+ and PostgreSQL): a copied party table would trip the foreign keys
    # of the documents, contacts and addresses that point at it.
    for table, columns in (("party", PARTY), ("company", COMPANY)):
        for name, _ in reversed(columns):
            op.execute(f"ALTER TABLE {table} DROP COLUMN {name}")

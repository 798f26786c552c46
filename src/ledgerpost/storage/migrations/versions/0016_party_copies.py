"""The addresses every message to a party is copied (CC) and blind-copied (BCC) to.

Two text columns on the party card, one address a line (an address never holds a line break);
both start empty.

Revision ID: 0016
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0013"
branch_labels = None
depends_on = None

COLUMNS = ("default_cc", "default_bcc")


def upgrade() -> None:
    for name in COLUMNS:
        op.add_column("party", sa.Column(name, sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    # In place, as 0014 does: a copied party table would trip the foreign keys pointing at it.
    for name in reversed(COLUMNS):
        op.execute(f"ALTER TABLE party DROP COLUMN {name}")

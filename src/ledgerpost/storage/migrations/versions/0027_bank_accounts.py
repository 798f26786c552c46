"""Several bank accounts: an account of the chart can be marked a bank account (the bank
role's account is one), and a receipt or payment by bank or card names the one its money went
through when it is not the default. Every voucher posted before keeps its entry and its
fingerprint (it names none: the default bank account).

Going back is refused while a voucher names another bank account than the default: revision
0024 has nowhere to keep it, and the voucher's fingerprint would no longer match.

Revision ID: 0027
Revises: 0026
"""

import sqlalchemy as sa
from alembic import op

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "account",
        sa.Column("bank", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.execute(sa.text("UPDATE account SET bank = :yes WHERE role = 'bank'").bindparams(yes=True))
    op.add_column("document", sa.Column("bank_account", sa.String(length=20), nullable=True))


def downgrade() -> None:
    bind = op.get_bind()
    named = bind.execute(
        sa.text("SELECT count(*) FROM document WHERE bank_account IS NOT NULL")
    ).scalar()
    if named:
        raise RuntimeError(
            f"{named} receipts or payments name another bank account than the default;"
            " revision 0024 cannot keep that"
        )
    # In place, as 0016 does: a copied document table would trip the foreign keys pointing at it.
    op.execute("ALTER TABLE document DROP COLUMN bank_account")
    op.execute("ALTER TABLE account DROP COLUMN bank")

"""A cash account: money received or paid in cash is booked to the chart's ``cash`` role's
account (1100 Cash, or the next free code when the ledger uses 1100 for something else), not
to the bank. A ledger with a chart gets that account; every voucher posted before keeps its
entry (cash vouchers stay on the bank account they were booked to). An ordinary asset account
1100 named "Cash" (one a user added, or one going back left) becomes the cash account.

Going back removes the account when no journal line uses it; one that is used stays as an
ordinary account (revision 0025 knows no such role) and keeps its history.

Revision ID: 0028
Revises: 0025
"""

import sqlalchemy as sa
from alembic import op

revision = "0028"
down_revision = "0025"
branch_labels = None
depends_on = None

ROLE = "cash"


def upgrade() -> None:
    bind = op.get_bind()
    has_chart = bind.execute(sa.text("SELECT count(*) FROM account WHERE role = 'bank'")).scalar()
    held = bind.execute(sa.text("SELECT count(*) FROM account WHERE role = :role"), {"role": ROLE})
    if not has_chart or held.scalar():
        return  # no company yet (its chart will have it), or the account is there
    ordinary = bind.execute(
        sa.text(
            "SELECT count(*) FROM account WHERE code = '1100' AND role IS NULL"
            " AND kind = 'asset' AND lower(name) = 'cash'"
        )
    ).scalar()
    if ordinary:
        bind.execute(sa.text("UPDATE account SET role = :role WHERE code = '1100'"), {"role": ROLE})
        return
    known = set(bind.execute(sa.text("SELECT code FROM account")).scalars())
    code = "1100"
    while code in known:
        code = str(int(code) + 1)
    bind.execute(
        sa.text(
            "INSERT INTO account (code, name, kind, role, vat_code, archived, bank)"
            " VALUES (:code, 'Cash', 'asset', :role, '', :no, :no)"
        ),
        {"code": code, "role": ROLE, "no": False},
    )


def downgrade() -> None:
    bind = op.get_bind()
    bind.execute(
        sa.text(
            "DELETE FROM account WHERE role = :role AND NOT EXISTS"
            " (SELECT 1 FROM journal_line l WHERE l.account = account.code)"
        ),
        {"role": ROLE},
    )
    bind.execute(sa.text("UPDATE account SET role = NULL WHERE role = :role"), {"role": ROLE})

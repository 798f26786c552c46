"""Users and their rights; every ledger starts with one administrator without a password.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    users = op.create_table(
        "app_user",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("login", sa.String(64), nullable=False),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("signature", sa.Text, nullable=False),
        sa.Column("rights", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("login", name="uq_app_user_login"),
    )
    op.execute(
        users.insert().values(
            login="admin",
            display_name="Administrator",
            email="",
            signature="",
            rights="contacts,credits,post,send,settings,users",
            active=True,
            password_hash="",
            created_at=sa.func.current_timestamp(),
        )
    )


def downgrade() -> None:
    op.drop_table("app_user")

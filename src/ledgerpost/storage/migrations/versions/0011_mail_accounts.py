"""Sending accounts: the one ``smtp.*`` setup becomes the default account of a new table.

Each queued message names the account chosen when it was queued (``outbox_message.account_id``;
the messages already there take the default account), and a user card may name the account of
the messages its user queues. Downgrading puts the default account back as ``smtp.*`` settings
(the other accounts are dropped: an older program knows only one server).

Revision ID: 0011
Revises: 0010
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

FIELDS = (
    "host",
    "port",
    "security",
    "user",
    "from_address",
    "from_name",
    "reply_to",
    "ca_file",
    "allow_insecure_auth",
)
"""The account fields that were ``smtp.<field>`` settings."""
DEFAULTS = {"port": 587, "security": "starttls", "allow_insecure_auth": False}
PROFILE_HOSTS = {
    "smtp.office365.com": "microsoft365",
    "smtp.gmail.com": "google",
    "smtp-mail.outlook.com": "outlook.com",
}

setting = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.Text))


def _create_table() -> sa.Table:
    return op.create_table(
        "mail_account",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("profile", sa.String(32), nullable=False),
        sa.Column("host", sa.String(255), nullable=False),
        sa.Column("port", sa.Integer, nullable=False),
        sa.Column("security", sa.String(16), nullable=False),
        sa.Column("auth", sa.String(16), nullable=False),
        sa.Column("user", sa.String(320), nullable=False),
        sa.Column("from_address", sa.String(320), nullable=False),
        sa.Column("from_name", sa.String(200), nullable=False),
        sa.Column("reply_to", sa.String(320), nullable=False),
        sa.Column("ca_file", sa.Text, nullable=False),
        sa.Column("allow_insecure_auth", sa.Boolean, nullable=False),
        sa.Column("client_id", sa.String(200), nullable=False),
        sa.Column("authorize_url", sa.Text, nullable=False),
        sa.Column("token_url", sa.Text, nullable=False),
        sa.Column("device_url", sa.Text, nullable=False),
        sa.Column("revoke_url", sa.Text, nullable=False),
        sa.Column("scopes", sa.Text, nullable=False),
        sa.Column("per_minute", sa.Integer),
        sa.Column("per_day", sa.Integer),
        sa.Column("recipients_per_message", sa.Integer),
        sa.Column("is_default", sa.Boolean, nullable=False),
        sa.Column("state", sa.String(32), nullable=False),
        sa.Column("state_detail", sa.Text, nullable=False),
        sa.Column("state_at", sa.DateTime),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("name", name="uq_mail_account_name"),
    )


def upgrade() -> None:
    accounts = _create_table()
    op.create_index(
        "uq_mail_account_default",
        "mail_account",
        ["is_default"],
        unique=True,
        sqlite_where=sa.text("is_default"),
        postgresql_where=sa.text("is_default"),
    )
    # A column with its foreign key, written out: SQLite cannot add the constraint afterwards.
    for table, column in (("outbox_message", "account_id"), ("app_user", "mail_account_id")):
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN {column} INTEGER"
            f" CONSTRAINT fk_{table}_{column}_mail_account REFERENCES mail_account (id)"
        )
    connection = op.get_bind()
    keys = [f"smtp.{f}" for f in FIELDS]
    stored = {
        key[len("smtp.") :]: json.loads(value)
        for key, value in connection.execute(
            sa.select(setting.c.key, setting.c.value).where(setting.c.key.in_(keys))
        )
    }
    host = str(stored.get("host", "")).strip()
    if not host:
        return  # no server was set: no account yet; what was typed stays a setting till then
    values = {f: stored.get(f, DEFAULTS.get(f, "")) for f in FIELDS}
    now = sa.func.current_timestamp()
    connection.execute(
        accounts.insert().values(
            name="default",
            profile=PROFILE_HOSTS.get(host.lower(), "custom"),
            **{**values, "host": host},
            auth="password",
            client_id="",
            authorize_url="",
            token_url="",
            device_url="",
            revoke_url="",
            scopes="",
            is_default=True,
            state="ready",
            state_detail="",
            created_at=now,
            updated_at=now,
        )
    )
    default_id = sa.select(accounts.c.id).where(accounts.c.is_default).scalar_subquery()
    outbox = sa.table("outbox_message", sa.column("account_id", sa.Integer))
    connection.execute(outbox.update().values(account_id=default_id))
    connection.execute(setting.delete().where(setting.c.key.in_(keys)))


def downgrade() -> None:
    connection = op.get_bind()
    accounts = sa.table("mail_account", *(sa.column(f) for f in (*FIELDS, "is_default")))
    row = connection.execute(
        sa.select(*(accounts.c[f] for f in FIELDS)).where(accounts.c.is_default)
    ).first()
    if row is not None:
        keys = [f"smtp.{f}" for f in FIELDS]
        connection.execute(setting.delete().where(setting.c.key.in_(keys)))
        connection.execute(
            setting.insert(),
            [{"key": f"smtp.{f}", "value": json.dumps(_plain(f, getattr(row, f)))} for f in FIELDS],
        )
    # In place (SQLite 3.35+ and PostgreSQL), as 0010 does.
    op.execute("ALTER TABLE app_user DROP COLUMN mail_account_id")
    op.execute("ALTER TABLE outbox_message DROP COLUMN account_id")
    op.drop_index("uq_mail_account_default", table_name="mail_account")
    op.drop_table("mail_account")


def _plain(field: str, value: object) -> object:
    """The value as its setting kept it (SQLite gives booleans back as 0 and 1)."""
    return bool(value) if field == "allow_insecure_auth" else value

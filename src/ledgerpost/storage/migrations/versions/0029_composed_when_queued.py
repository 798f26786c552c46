"""Messages composed as they are queued: ``outbox_mime`` keeps their envelope (the recipients,
each mailbox once, one a line), so the delivery sends their stored bytes without reading the
addresses again. Such bytes begin with ``From:``: their ``Date`` line, the first attempt's
time, goes in front as they are sent. Rows stored before keep a NULL envelope (their
addresses are read as they are sent) and begin with their ``Date``.

Going back drops the column. Revision 0028's program takes stored bytes as whole, so bytes
stored without their Date line are dealt with first: those of a message never sent are
removed (that program composes it as it is sent), the others get the line of their first
attempt in front (their print copy's place moves with it).

Revision ID: 0029
Revises: 0028
"""

import datetime as dt
from email.utils import format_datetime

import sqlalchemy as sa
from alembic import op

revision = "0029"
down_revision = "0028"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outbox_mime", sa.Column("envelope", sa.Text(), nullable=True))


def _date_line(when: dt.datetime | str) -> bytes:
    if isinstance(when, str):  # SQLite keeps the time as text
        when = dt.datetime.fromisoformat(when)
    return f"Date: {format_datetime(when.replace(tzinfo=dt.UTC))}\r\n".encode("ascii")


def downgrade() -> None:
    bind = op.get_bind()
    undated = bind.execute(
        sa.text(
            "SELECT m.outbox_id, m.mime, m.print_copy_at, o.size, o.first_attempt_at"
            " FROM outbox_mime m JOIN outbox_message o ON o.id = m.outbox_id"
            " WHERE m.envelope IS NOT NULL"
        )
    ).all()
    for outbox_id, mime, at, size, first in undated:
        mime = bytes(mime)
        if mime.startswith(b"Date: "):
            continue
        if not size or first is None:  # never sent: composed anew as it is sent
            bind.execute(
                sa.text("DELETE FROM outbox_mime WHERE outbox_id = :id"), {"id": outbox_id}
            )
            continue
        line = _date_line(first)
        bind.execute(
            sa.text(
                "UPDATE outbox_mime SET mime = :mime, print_copy_at = :at WHERE outbox_id = :id"
            ),
            {"mime": line + mime, "at": None if at is None else at + len(line), "id": outbox_id},
        )
    with op.batch_alter_table("outbox_mime") as batch:
        batch.drop_column("envelope")

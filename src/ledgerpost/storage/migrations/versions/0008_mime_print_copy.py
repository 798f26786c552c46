"""A message's stored bytes leave its print copy's base64 lines out: they are in print_copy.

A mailed invoice was kept twice: its PDF in ``print_copy`` and the same bytes in base64 (a
third larger) inside the message in ``outbox_mime``, 110 KB a one-page invoice instead of 48.
Now a message composed with a stored print copy keeps its bytes without those base64 lines,
with where they go back in (``print_copy_at``) and which copy they are (``print_copy_sha256``,
checked when the message is read back). Print copies never change, so the bytes read back are
the ones sent. Messages stored before keep their whole bytes (``print_copy_at`` is NULL).

Revision ID: 0008
Revises: 0007
"""

import binascii

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outbox_mime", sa.Column("print_copy_at", sa.Integer(), nullable=True))
    op.add_column("outbox_mime", sa.Column("print_copy_sha256", sa.String(64), nullable=True))


def _base64_lines(data: bytes) -> bytes:
    encoded = binascii.b2a_base64(data, newline=False)
    if not encoded:
        return b""
    return b"\r\n".join([encoded[i : i + 76] for i in range(0, len(encoded), 76)] + [b""])


def downgrade() -> None:
    # Put the lines back into each message kept without them, then drop the columns.
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT m.outbox_id, m.mime, m.print_copy_at, p.pdf FROM outbox_mime m "
            "JOIN outbox_message o ON o.id = m.outbox_id "
            "JOIN print_copy p ON p.document_id = o.document_id "
            "WHERE m.print_copy_at IS NOT NULL"
        )
    ).all()
    for outbox_id, kept, at, pdf in rows:
        whole = bytes(kept[:at]) + _base64_lines(bytes(pdf)) + bytes(kept[at:])
        bind.execute(
            sa.text("UPDATE outbox_mime SET mime = :mime WHERE outbox_id = :id"),
            {"mime": whole, "id": outbox_id},
        )
    with op.batch_alter_table("outbox_mime") as batch:
        batch.drop_column("print_copy_sha256")
        batch.drop_column("print_copy_at")

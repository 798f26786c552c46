"""Alembic environment: always handed an open connection by ledgerpost.storage.migrations."""

from alembic import context

from ledgerpost.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through ledgerpost.storage.migrations.upgrade()")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

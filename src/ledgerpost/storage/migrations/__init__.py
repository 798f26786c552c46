"""Alembic migrations, run by the application itself when it opens an older ledger.

Opening a ledger that is up to date needs no Alembic: its revision is read with one query and
compared with :data:`HEAD` (a test keeps that equal to the newest script). Alembic, a tenth of a
second to import, is loaded only to upgrade; a delivery worker process starts that much sooner.
SQLAlchemy too is imported only inside the functions: a listing reads :data:`HEAD` without it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection, Engine

HERE = Path(__file__).resolve().parent
HEAD = "0029"
"""The newest revision in ``versions/``."""


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    return HEAD


def script_head() -> str | None:
    """The newest revision as Alembic reads it from the scripts (what :data:`HEAD` must be)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    """The ledger's revision: None for an empty database."""
    from sqlalchemy import inspect, text  # not for reading HEAD (storage.ledger_file)

    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade inside one write transaction, so two processes opening at once take turns."""
    from alembic import command

    writer = engine.execution_options(ledgerpost_write=True)
    with writer.begin() as connection:
        command.upgrade(alembic_config(connection), revision)

"""A throwaway PostgreSQL server on loopback, for tests and benchmarks.

The Debian ``postgresql`` package's binaries (``initdb``, ``pg_ctl``) make a cluster in a temp
folder and start it on a free port of 127.0.0.1. PostgreSQL refuses to run as root, so under
root the folder belongs to the ``postgres`` user and the binaries run through ``runuser``.

The superuser ``postgres`` connects without a password (``trust``, on 127.0.0.1 only); every
other role must give its password (``scram-sha-256``), so tests of ``.pgpass`` and the keyring
see a real refusal without one.

    server = PostgresServer.start()
    url = server.create_database("books")           # postgresql+psycopg://postgres@127.0.0.1:P/books
    server.stop()
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from psycopg import sql

from tests.helpers.smtp_server import free_port

SUPERUSER = "postgres"
BIN_ENV = "LEDGERPOST_PG_BIN"
"""Where initdb and pg_ctl are; else the newest /usr/lib/postgresql/*/bin."""


class ServerMissing(RuntimeError):
    """No PostgreSQL server binaries on this machine."""


def find_bin_dir() -> Path:
    """The folder with initdb and pg_ctl: $LEDGERPOST_PG_BIN, else the newest Debian one."""
    named = os.environ.get(BIN_ENV)
    candidates = (
        [named]
        if named
        else sorted(
            (os.path.dirname(p) for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")),
            key=lambda d: int(Path(d).parent.name) if Path(d).parent.name.isdigit() else 0,
            reverse=True,
        )
    )
    for found in candidates:
        if (Path(found) / "initdb").is_file() and (Path(found) / "pg_ctl").is_file():
            return Path(found)
    raise ServerMissing(
        "no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin; "
        "install the Debian package 'postgresql' (scripts/setup.sh --test does) "
        f"or set {BIN_ENV}" + (f" (it names {named!r})" if named else "")
    )


def _as_owner() -> list[str]:
    """The command prefix that runs the server binaries as a user PostgreSQL accepts."""
    return ["runuser", "-u", SUPERUSER, "--"] if os.geteuid() == 0 else []


@dataclass
class PostgresServer:
    """One running cluster; ``stop`` ends it and removes its folder."""

    bin_dir: Path
    folder: Path
    port: int
    durable: bool = False
    _created: int = field(default=0, init=False)

    @classmethod
    def start(cls, *, durable: bool = False) -> PostgresServer:
        """initdb in a new temp folder and start on a free loopback port.

        ``durable`` keeps fsync and synchronous commit on (benchmarks); tests leave them off.
        """
        bin_dir = find_bin_dir()
        folder = Path(tempfile.mkdtemp(prefix="ledgerpost-pg-"))
        if os.geteuid() == 0:
            owner = pwd.getpwnam(SUPERUSER)
            os.chown(folder, owner.pw_uid, owner.pw_gid)
        server = cls(bin_dir, folder, free_port(), durable)
        try:
            server._initdb()
            server._pg_ctl("start", "-w", "-t", "60", "-l", str(folder / "server.log"), "-o",
                           server._options())  # fmt: skip
        except BaseException:
            server.stop()
            raise
        return server

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def _run(self, *command: str) -> None:
        done = subprocess.run(
            [*_as_owner(), *command], capture_output=True, text=True, cwd=self.folder, check=False
        )
        if done.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{command[0]} failed: {done.stderr.strip()}\n{tail}")

    def _initdb(self) -> None:
        self._run(
            str(self.bin_dir / "initdb"),
            "-D", str(self.data), "-U", SUPERUSER, "-E", "UTF8", "--locale=C.UTF-8",
            "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync",
        )  # fmt: skip
        hba = self.data / "pg_hba.conf"
        # The superuser is trusted on loopback; everyone else gives a password.
        hba.write_text(
            f"local all all trust\nhost all {SUPERUSER} 127.0.0.1/32 trust\n"
            "host all all 127.0.0.1/32 scram-sha-256\n"
        )

    def _options(self) -> str:
        options = [
            f"-p {self.port}",
            f"-k {self.folder}",
            "-c listen_addresses=127.0.0.1",
            "-c max_connections=200",
            "-c shared_buffers=64MB",
        ]
        if not self.durable:
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        return " ".join(options)

    def _pg_ctl(self, *args: str) -> None:
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), *args)

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            with contextlib.suppress(RuntimeError):
                self._pg_ctl("stop", "-m", "immediate", "-w", "-t", "30")
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- databases and roles --------------------------------------------------------------

    def url(self, database: str, user: str = SUPERUSER, password: str | None = None) -> str:
        """The SQLAlchemy URL of ``database`` (no password unless given)."""
        secret = f":{password}" if password is not None else ""
        return f"postgresql+psycopg://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def admin(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        """An autocommit superuser connection (CREATE DATABASE cannot run in a transaction)."""
        return psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname=database, autocommit=True
        )

    def create_database(
        self, name: str | None = None, *, template: str | None = None, owner: str | None = None
    ) -> str:
        """A new database (a copy of ``template`` if named); its URL."""
        if name is None:
            self._created += 1
            name = f"ledger_{os.getpid()}_{self._created}"
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template is not None:
            statement += sql.SQL(" TEMPLATE {} STRATEGY FILE_COPY").format(sql.Identifier(template))
        if owner is not None:
            statement += sql.SQL(" OWNER {}").format(sql.Identifier(owner))
        for attempt in range(50):
            try:
                with self.admin() as connection:
                    connection.execute(statement)
                break
            except psycopg.errors.ObjectInUse:
                # A template still has a connection closing (another process's pool).
                if attempt == 49:
                    raise
                time.sleep(0.1)
        return self.url(name)

    def drop_database(self, name: str) -> None:
        with self.admin() as connection:
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    def create_role(self, name: str, password: str) -> None:
        """A login role that must give ``password`` over TCP."""
        with self.admin() as connection:
            connection.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(name), sql.Literal(password)
                )
            )

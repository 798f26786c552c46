"""A shared ledger's database password: from the keyring or ~/.pgpass, never from the ledger,
never in a message. A real PostgreSQL role that must give its password over TCP."""

from __future__ import annotations

import io
import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from ledgerpost.cli.main import main
from ledgerpost.mail.secrets import DATABASE_SERVICE
from ledgerpost.services.errors import StorageError
from ledgerpost.services.ledger import Ledger
from tests.conftest import TEST_COMPANY
from tests.helpers.memory_keyring import MemoryKeyring, memory_keyring
from tests.helpers.postgres import PostgresServer

PASSWORD = "Kõrvits-7·pass"  # a test role's, on a throwaway server
_roles = itertools.count(1)


@pytest.fixture
def desk(postgres_server: PostgresServer) -> Iterator[tuple[str, str]]:
    """A login role with PASSWORD owning an empty database: (url without password, role)."""
    role = f"desk_{os.getpid()}_{next(_roles)}"
    postgres_server.create_role(role, PASSWORD)
    url = postgres_server.create_database(f"books_{role}", owner=role)
    yield url.replace("//postgres@", f"//{role}@"), role
    postgres_server.drop_database(f"books_{role}")


@pytest.fixture
def keyring_backend() -> Iterator[MemoryKeyring]:
    with memory_keyring() as backend:
        yield backend


@pytest.fixture
def pgpass_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of our own, so libpq reads (only) the ~/.pgpass the test writes."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("PGPASSFILE", raising=False)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    return home


def test_without_a_password_the_server_refuses_in_plain_words(
    desk: tuple[str, str], keyring_backend: MemoryKeyring, pgpass_home: Path
) -> None:
    url, role = desk
    with pytest.raises(StorageError) as refused:
        Ledger.open(url)
    message = str(refused.value)
    assert "password" in message and role in message
    assert "\n" not in message and "sqlalche.me" not in message


def test_the_password_comes_from_the_users_pgpass(
    desk: tuple[str, str], keyring_backend: MemoryKeyring, pgpass_home: Path
) -> None:
    url, role = desk
    port = url.split(":")[2].split("/")[0]
    pgpass = pgpass_home / ".pgpass"
    pgpass.write_text(f"127.0.0.1:{port}:*:{role}:{PASSWORD}\n")
    pgpass.chmod(0o600)
    ledger = Ledger.open(url)
    ledger.create_company(TEST_COMPANY)
    assert ledger.require_company().name == TEST_COMPANY.name
    assert PASSWORD not in ledger.location and PASSWORD not in ledger.db.url
    ledger.close()


def test_the_password_kept_in_the_keyring_opens_every_command_and_is_stored_nowhere_else(
    desk: tuple[str, str],
    keyring_backend: MemoryKeyring,
    pgpass_home: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, role = desk
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["--db", url, "db-password", "--password-stdin"]) == 0
    out, err = capsys.readouterr()
    assert "keyring" in out and PASSWORD not in out + err
    key = f"{role}@127.0.0.1:{url.split(':')[2]}"  # user@host:port/database
    assert keyring_backend.entries == {(DATABASE_SERVICE, key): PASSWORD}

    assert main(["--db", url, "init", "--company", "Jagatud Raamat OÜ"]) == 0
    assert main(["--db", url, "demo", "--customers", "3", "--invoices", "5", "--if-empty"]) == 0
    assert main(["--db", url, "check"]) == 0
    out, err = capsys.readouterr()
    assert PASSWORD not in out + err

    ledger = Ledger.open(url)
    with ledger.db.read() as s:
        # Every text the ledger holds, in any table: the password is in none of them.
        tables = s.execute(
            text("SELECT table_name FROM information_schema.tables WHERE table_schema='public'")
        ).scalars()
        for table in list(tables):
            rows = s.execute(text(f'SELECT * FROM "{table}"')).all()
            assert all(PASSWORD not in str(value) for row in rows for value in row), table
    ledger.close()

    assert main(["--db", url, "db-password", "--forget"]) == 0
    assert keyring_backend.entries == {}
    assert main(["--db", url, "check"]) == 1  # nothing in the ledger lets it in now
    out, err = capsys.readouterr()
    assert "password" in err and PASSWORD not in out + err


def test_a_password_written_into_the_url_is_masked_in_every_message(
    desk: tuple[str, str], pgpass_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, role = desk
    wrong = url.replace(f"//{role}@", f"//{role}:Wr0ng-S3cret@")
    assert main(["--db", wrong, "check"]) == 1
    _, err = capsys.readouterr()
    assert "password authentication failed" in err and "Wr0ng-S3cret" not in err
    assert main(["--db", wrong.replace("127.0.0.1:", "127.0.0.1:x"), "check"]) == 1  # bad port
    _, err = capsys.readouterr()
    assert "is not a database URL" in err and "Wr0ng-S3cret" not in err

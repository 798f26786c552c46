"""Fixtures every layer shares: temp user folders, a fresh ledger, a small demo ledger, a real
SMTP server on loopback (tests/helpers/smtp_server) and a real PostgreSQL server
(tests/helpers/postgres).

A ledger is a SQLite file unless the test is parametrized over ``backend``:
``pytestmark = BOTH_BACKENDS`` runs a module on SQLite and on PostgreSQL. The PostgreSQL server
starts once per run, on first use; each test gets a database of its own, copied from a template.
Where the server binaries are missing the PostgreSQL runs are skipped, except under ``CI=true``,
where they fail.

``smtp_server`` is the usual company server: STARTTLS required, AUTH with a UTF-8 password,
SMTPUTF8 offered. ``smtp_server_factory(**options)`` makes and starts any other kind (see
``SmtpTestServer`` for the options); every server made is stopped after the test.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ledgerpost.domain.parties import Company
from ledgerpost.services.demo.company import DemoSpec, make_demo
from ledgerpost.services.ledger import Ledger
from tests.helpers.backends import POSTGRESQL, SQLITE
from tests.helpers.postgres import PostgresServer, ServerMissing
from tests.helpers.smtp_server import (
    TEST_PASSWORD,
    TEST_USER,
    SmtpTestServer,
    TestCertificate,
    make_certificate,
)

AS_OF = dt.date(2026, 11, 23)
"""The 'today' of demo ledgers in tests, so they are the same on every run."""

TEST_COMPANY = Company(name="Test Company OÜ", currency="EUR", language="en")


@pytest.fixture(autouse=True)
def user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data and config folders, and no ledger from the environment."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))  # the log folder
    monkeypatch.delenv("LEDGERPOST_DB", raising=False)
    monkeypatch.setenv("LEDGERPOST_LANG", "en")  # command-line messages as the tests expect
    return home


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Which database the test's ledger lives in: SQLite unless parametrized (BOTH_BACKENDS)."""
    return str(getattr(request, "param", SQLITE))


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """A real PostgreSQL server for the whole run (tests/helpers/postgres)."""
    try:
        server = PostgresServer.start()
    except ServerMissing as exc:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI must test on PostgreSQL, but {exc}", pytrace=False)
        pytest.skip(str(exc))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_templates(postgres_server: PostgresServer) -> dict[str, str]:
    """Template databases, made once: 'empty' (schema only) and 'demo' (the small demo)."""
    empty = Ledger.open(postgres_server.create_database("template_empty"))
    empty.close()
    demo = Ledger.open(postgres_server.create_database("template_demo"))
    make_demo(demo, DemoSpec(customers=12, invoices=30, seed=7, as_of=AS_OF))
    demo.close()
    return {"empty": "template_empty", "demo": "template_demo"}


@pytest.fixture
def postgres_database(
    postgres_server: PostgresServer, postgres_templates: dict[str, str]
) -> Iterator[Callable[[str], str]]:
    """``make(template)``: a fresh database copied from a template; its URL. Dropped after."""
    made: list[str] = []

    def make(template: str = "empty") -> str:
        url = postgres_server.create_database(template=postgres_templates[template])
        made.append(url.rsplit("/", 1)[1])
        return url

    yield make
    for name in made:
        postgres_server.drop_database(name)


@pytest.fixture
def ledger_path(tmp_path: Path) -> Path:
    return tmp_path / "ledger.sqlite3"


@pytest.fixture
def ledger_url(backend: str, request: pytest.FixtureRequest) -> str:
    """Where the test's ledger is: a SQLite file path, or a fresh PostgreSQL database URL."""
    if backend == POSTGRESQL:
        make: Callable[[str], str] = request.getfixturevalue("postgres_database")
        return make("empty")
    return str(request.getfixturevalue("ledger_path"))


@pytest.fixture
def ledger(ledger_url: str) -> Iterator[Ledger]:
    """A fresh ledger with a company and nothing else."""
    books = Ledger.open(ledger_url)
    books.create_company(TEST_COMPANY)
    yield books
    books.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo ledger made once per run; tests copy it rather than rebuild it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    books = Ledger.open(str(path))
    make_demo(books, DemoSpec(customers=12, invoices=30, seed=7, as_of=AS_OF))
    books.close()
    return path


@pytest.fixture
def demo_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A copy of the small demo ledger, free for the test to change: a file or a database."""
    if backend == POSTGRESQL:
        make: Callable[[str], str] = request.getfixturevalue("postgres_database")
        return make("demo")
    template: Path = request.getfixturevalue("demo_template")
    path = tmp_path / "demo.sqlite3"
    with sqlite3.connect(template) as source, sqlite3.connect(path) as target:
        source.backup(target)
    return str(path)


@pytest.fixture
def demo_ledger(demo_url: str) -> Iterator[Ledger]:
    """The copy of the small demo ledger, open."""
    books = Ledger.open(demo_url)
    yield books
    books.close()


@pytest.fixture(scope="session")
def smtp_certificate(tmp_path_factory: pytest.TempPathFactory) -> TestCertificate:
    """A throwaway CA and server certificate, made once per run."""
    return make_certificate(Path(tmp_path_factory.mktemp("smtp-tls")))


@pytest.fixture
def smtp_server_factory(
    smtp_certificate: TestCertificate,
) -> Iterator[Callable[..., SmtpTestServer]]:
    """Start an SmtpTestServer with any options; the certificate is filled in."""
    servers: list[SmtpTestServer] = []

    def make(**options: Any) -> SmtpTestServer:
        options.setdefault("certificate", smtp_certificate)
        server = SmtpTestServer(**options)
        servers.append(server)
        return server.start()

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def smtp_server(smtp_server_factory: Callable[..., SmtpTestServer]) -> SmtpTestServer:
    """STARTTLS required, AUTH as TEST_USER with TEST_PASSWORD, SMTPUTF8 offered."""
    return smtp_server_factory(starttls=True, user=TEST_USER, password=TEST_PASSWORD)

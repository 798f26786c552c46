"""Fixtures every layer shares: temp user folders, a fresh ledger file, a small demo ledger, and
a real SMTP server on loopback (tests/helpers/smtp_server).

``smtp_server`` is the usual company server: STARTTLS required, AUTH with a UTF-8 password,
SMTPUTF8 offered. ``smtp_server_factory(**options)`` makes and starts any other kind (see
``SmtpTestServer`` for the options); every server made is stopped after the test.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ledgerpost.domain.parties import Company
from ledgerpost.services.demo import DemoSpec, make_demo
from ledgerpost.services.ledger import Ledger
from tests.helpers.smtp_server import (
    TEST_PASSWORD,
    TEST_USER,
    SmtpTestServer,
    TestCertificate,
    make_certificate,
)

AS_OF = dt.date(2026, 11, 23)
"""The 'today' of demo ledgers in tests, so they are the same on every run."""


@pytest.fixture(autouse=True)
def user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data and config folders, and no ledger from the environment."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("LEDGERPOST_DB", raising=False)
    monkeypatch.setenv("LEDGERPOST_LANG", "en")  # command-line messages as the tests expect
    return home


@pytest.fixture
def ledger_path(tmp_path: Path) -> Path:
    return tmp_path / "ledger.sqlite3"


@pytest.fixture
def ledger(ledger_path: Path) -> Iterator[Ledger]:
    """A fresh ledger file with a company and nothing else."""
    books = Ledger.open(str(ledger_path))
    books.create_company(Company(name="Test Company OÜ", currency="EUR", language="en"))
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
def demo_ledger(demo_template: Path, tmp_path: Path) -> Iterator[Ledger]:
    """A copy of the small demo ledger, free for the test to change."""
    import sqlite3

    path = tmp_path / "demo.sqlite3"
    with sqlite3.connect(demo_template) as source, sqlite3.connect(path) as target:
        source.backup(target)
    books = Ledger.open(str(path))
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

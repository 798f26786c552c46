"""The PostgreSQL fixture itself: a real server, a database per test, and what happens on a
machine without the server (skipped with the reason; under CI a failure)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ledgerpost.services.ledger import Ledger
from tests.helpers.backends import BOTH_BACKENDS
from tests.helpers.postgres import BIN_ENV, PostgresServer

ROOT = Path(__file__).resolve().parents[2]


@BOTH_BACKENDS
def test_each_test_gets_a_fresh_ledger_of_its_own(ledger: Ledger, backend: str) -> None:
    assert ledger.db.dialect == backend
    assert ledger.count_documents() == 0
    assert ledger.require_company().name == "Test Company OÜ"


def test_the_server_is_real_and_runs_on_loopback(postgres_server: PostgresServer) -> None:
    with postgres_server.admin() as connection:
        version = connection.execute("SHOW server_version").fetchone()
        listen = connection.execute("SHOW listen_addresses").fetchone()
    assert version is not None and int(str(version[0]).split(".")[0]) >= 13
    assert listen == ("127.0.0.1",)


def _run_without_server(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env[BIN_ENV] = str(tmp_path / "no-postgresql-here")
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
         "tests/integration/test_postgres_fixture.py::test_each_test_gets_a_fresh_ledger_of_its_own"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.mark.slow
def test_without_the_server_the_postgresql_runs_are_skipped_with_the_reason(
    tmp_path: Path,
) -> None:
    done = _run_without_server(tmp_path, ci=None)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed, 1 skipped" in done.stdout
    assert "no PostgreSQL server binaries" in done.stdout


@pytest.mark.slow
def test_under_ci_a_missing_server_fails(tmp_path: Path) -> None:
    done = _run_without_server(tmp_path, ci="true")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "1 passed" in done.stdout and "1 error" in done.stdout
    assert "CI must test on PostgreSQL" in done.stdout

"""``documents list`` on a ledger file reads it with the standard library's sqlite3: no
SQLAlchemy in the process, and the same lines, refusals and logins as the ORM path gives on the
same ledger (named by a ``sqlite:///`` URL, the ORM path reads it)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ledgerpost.cli.context import PASSWORD_VAR
from ledgerpost.cli.main import main
from ledgerpost.domain.allocation import PaidState
from ledgerpost.domain.documents import DocumentState, DocumentType
from ledgerpost.domain.listing import DocumentFilter, PaidFilter
from ledgerpost.domain.users import Right, User, hash_password
from ledgerpost.services import users
from ledgerpost.services.ledger import Ledger
from ledgerpost.services.read_only import ReadOnlyLedger
from ledgerpost.storage.migrations import HEAD
from tests.conftest import AS_OF
from tests.integration.test_migrations import downgrade

ADMIN_PASSWORD = "hobune ja kaer"
CLERK_PASSWORD = "a clerk's own words"

PROBE = """
import sys
from ledgerpost.cli.main import main
code = main(sys.argv[1:])
print("exit", code)
print("loaded", *sorted(m for m in sys.modules if m == "sqlalchemy" or m.startswith("sqlalchemy.")))
"""


def orm_url(path: Path) -> str:
    """The same file by URL: ``Ledger.open`` reads it, the read-only path does not."""
    return f"sqlite:///{path}"


def run(capsys: pytest.CaptureFixture[str], db: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", db, *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def books(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "books.sqlite3"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def password_books(books: Path) -> Path:
    """The demo ledger with an administrator's password and a clerk with no rights."""
    ledger = Ledger.open(str(books))
    try:
        assert users.set_password(ledger, "admin", ADMIN_PASSWORD) == []
        admin = users.authenticate(ledger, "admin", ADMIN_PASSWORD)
        assert users.add_user(ledger, User("clerk", "Mari Clerk"), CLERK_PASSWORD, admin).saved
    finally:
        ledger.close()
    return books


def _probe(db: Path, *argv: str, password: str | None = None) -> list[str]:
    env = os.environ.copy()
    if password is not None:
        env[PASSWORD_VAR] = password
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--db", str(db), *argv],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "exit 0" in lines, done.stdout
    assert len(lines) > 4, done.stdout  # the header, its rule and some documents
    return lines[-1].split()[1:]


def test_the_documents_list_loads_no_sqlalchemy(books: Path) -> None:
    assert _probe(books, "documents", "list", "--limit", "5") == []
    assert _probe(books, "documents", "list", "--paid", "overdue", "--json") == []


def test_nor_with_a_login(password_books: Path) -> None:
    argv = ("--user", "clerk", "documents", "list", "--type", "invoice")
    assert _probe(password_books, *argv, password=CLERK_PASSWORD) == []


ARGUMENTS = [
    (),
    ("--limit", "7"),
    ("--limit", "0"),
    ("--type", "invoice", "--json"),
    ("--type", "receipt", "--state", "posted"),
    ("--state", "draft", "--json"),
    ("--numbers", "3-9", "--type", "invoice"),
    ("--dates", "2026-03-01..2026-05-31", "--json"),
    ("--party", "3", "--json"),
    *(
        ("--paid", state.value, "--as-of", day, "--json")
        for state in PaidState
        for day in (AS_OF.isoformat(), "2026-02-01")
    ),
    ("--paid", "overdue", "--type", "invoice", "--limit", "3"),
]


@pytest.mark.parametrize("argv", ARGUMENTS, ids=lambda a: " ".join(a) or "everything")
def test_the_lines_are_the_orm_paths(
    books: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    command = ("documents", "list", *argv)
    fast = run(capsys, str(books), *command)
    assert fast[0] == 0 and fast[2] == "", fast
    assert fast == run(capsys, orm_url(books), *command)


def test_the_summaries_are_the_orm_paths(books: Path) -> None:
    read_only = ReadOnlyLedger.open(str(books))
    assert read_only is not None and ReadOnlyLedger.open(orm_url(books)) is None
    ledger = Ledger.open(str(books))
    filters = [
        DocumentFilter(),
        DocumentFilter(type=DocumentType.INVOICE, state=DocumentState.POSTED),
        DocumentFilter(dates=(dt.date(2026, 1, 1), dt.date(2026, 6, 30)), numbers=(1, 20)),
        *(
            DocumentFilter(paid=PaidFilter(state, AS_OF - dt.timedelta(days=back), terms))
            for state in PaidState
            for back in (0, 90, 200)
            for terms in (0, 14, 45)
        ),
    ]
    try:
        company = ledger.require_company()
        assert read_only.payment_terms_days() == company.payment_terms_days
        checked = 0
        for flt in filters:
            expected = ledger.documents(flt)
            assert read_only.documents(flt) == expected, flt
            assert read_only.documents(flt, limit=4) == ledger.documents(flt, limit=4)
            checked += len(expected)
        assert checked > 100  # the filters found documents, in several paid states
        assert {PaidState.OVERDUE, PaidState.PAID} <= {
            d.paid_state(14, AS_OF) for d in ledger.documents()
        }
    finally:
        ledger.close()
        read_only.close()


LOGINS = [
    ((), None),  # the ledger has passwords: a login is asked for
    (("--user", "admin"), "not the password"),
    (("--user", "nobody"), ADMIN_PASSWORD),
    (("--user", " admin "), ADMIN_PASSWORD),
    (("--user", "clerk"), CLERK_PASSWORD),  # no rights beyond the login: it may list
]


@pytest.mark.parametrize(("login", "password"), LOGINS)
def test_logins_and_refusals_are_the_orm_paths(
    password_books: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    login: tuple[str, ...],
    password: str | None,
) -> None:
    if password is None:
        monkeypatch.delenv(PASSWORD_VAR, raising=False)
    else:
        monkeypatch.setenv(PASSWORD_VAR, password)
    command = [*login, "documents", "list", "--limit", "4"]
    fast = run(capsys, str(password_books), *command)
    assert fast == run(capsys, orm_url(password_books), *command)
    allowed = password in (ADMIN_PASSWORD, CLERK_PASSWORD) and login != ("--user", "nobody")
    assert fast[0] == (0 if allowed else 1), fast
    if not allowed:
        assert fast[1] == "" and fast[2], fast


def test_a_login_needs_an_active_user(
    password_books: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with sqlite3.connect(password_books) as db:
        db.execute("UPDATE app_user SET active = 0 WHERE login = 'clerk'")
    monkeypatch.setenv(PASSWORD_VAR, CLERK_PASSWORD)
    command = ("--user", "clerk", "documents", "list")
    fast = run(capsys, str(password_books), *command)
    assert fast[0] == 1 and fast[1] == ""
    assert fast == run(capsys, orm_url(password_books), *command)


def test_a_password_kept_at_a_lower_cost_is_renewed_as_before(
    password_books: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the ORM path writes: the read-only path hands such a login on to it."""
    weak = hash_password(CLERK_PASSWORD, n=2**12)
    with sqlite3.connect(password_books) as db:
        db.execute("UPDATE app_user SET password_hash = ? WHERE login = 'clerk'", (weak,))
    monkeypatch.setenv(PASSWORD_VAR, CLERK_PASSWORD)
    code, out, err = run(capsys, str(password_books), "--user", "clerk", "documents", "list")
    assert (code, err) == (0, "") and "INV-1 " in out
    with sqlite3.connect(password_books) as db:
        (kept,) = db.execute("SELECT password_hash FROM app_user WHERE login = 'clerk'").fetchone()
    assert kept != weak and kept.startswith("scrypt$32768$")


def test_the_administrator_acts_on_a_ledger_without_passwords(books: Path) -> None:
    read_only = ReadOnlyLedger.open(str(books))
    assert read_only is not None
    try:
        session = read_only.session(None, lambda: pytest.fail("no password is asked for"))
    finally:
        read_only.close()
    assert session is not None and session.login == "admin" and session.may(Right.MANAGE_USERS)
    ledger = Ledger.open(str(books))
    try:
        assert session == users.session(ledger)
    finally:
        ledger.close()


def test_an_older_ledger_is_upgraded_then_listed(
    books: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expected = run(capsys, orm_url(books), "documents", "list", "--json")
    downgrade(books, "0018")
    assert ReadOnlyLedger.open(str(books)) is None  # an older file goes the ORM way
    assert run(capsys, str(books), "documents", "list", "--json") == expected
    with sqlite3.connect(books) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    assert list(books.parent.glob("books.sqlite3.before-upgrade-0018-*"))


def test_a_missing_ledger_is_made_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new.sqlite3"
    code, out, err = run(capsys, str(path), "documents", "list")
    assert (code, err) == (0, "") and out.split()[:7] == [
        "type",
        "number",
        "date",
        "party",
        "total",
        "currency",
        "state",
    ]
    assert path.exists()
    assert run(capsys, str(path), "documents", "list") == (code, out, err)


def test_not_a_ledger_is_refused_in_plain_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("shopping list: bread, milk\n" * 200)
    assert ReadOnlyLedger.open(str(path)) is None
    code, out, err = run(capsys, str(path), "documents", "list")
    assert (code, out) == (1, "")
    assert "cannot open the ledger" in err and "Traceback" not in err
